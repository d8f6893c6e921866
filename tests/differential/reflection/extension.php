<?php
// Module sockets as ReflectionExtension and phpversion() report it: classes, dependencies, INI
// entries and the number of functions. The version is the one deliberate difference (the C
// extension reports PHP_VERSION, rsockets its own version): only its form is compared.
$ext = new ReflectionExtension('sockets');
echo "classes: ", implode(', ', array_keys($ext->getClasses())), "\n";
echo 'class names: ', implode(', ', $ext->getClassNames()), "\n";
echo 'dependencies: ', json_encode($ext->getDependencies()), "\n";
echo 'ini: ', json_encode($ext->getINIEntries()), "\n";
echo 'persistent: ', var_export($ext->isPersistent(), true), "\n";
echo 'version is x.y.z: ', var_export(preg_match('/^\d+\.\d+\.\d+$/', $ext->getVersion()) === 1, true), "\n";
echo 'function count: ', count($ext->getFunctions()), "\n";
echo 'phpversion is the extension version: ', var_export(phpversion('sockets') === $ext->getVersion(), true), "\n";
echo 'extension_loaded: ', var_export(extension_loaded('sockets'), true), "\n";
echo 'in get_loaded_extensions: ', var_export(in_array('sockets', get_loaded_extensions(), true), true), "\n";
