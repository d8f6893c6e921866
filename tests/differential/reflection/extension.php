<?php
// Module sockets as ReflectionExtension and phpversion() report it: classes (rsockets' own
// RSockets\* classes belong to its second module, `rsockets`), dependencies, INI entries, the
// version (PHP_VERSION, as for a bundled extension) and the number of functions.
$ext = new ReflectionExtension('sockets');
echo "classes: ", implode(', ', array_keys($ext->getClasses())), "\n";
echo 'class names: ', implode(', ', $ext->getClassNames()), "\n";
echo 'dependencies: ', json_encode($ext->getDependencies()), "\n";
echo 'ini: ', json_encode($ext->getINIEntries()), "\n";
echo 'persistent: ', var_export($ext->isPersistent(), true), "\n";
echo 'version is PHP_VERSION: ', var_export($ext->getVersion() === PHP_VERSION, true), "\n";
echo 'function count: ', count($ext->getFunctions()), "\n";
echo 'phpversion is the extension version: ', var_export(phpversion('sockets') === $ext->getVersion(), true), "\n";
echo 'extension_loaded: ', var_export(extension_loaded('sockets'), true), "\n";
echo 'in get_loaded_extensions: ', var_export(in_array('sockets', get_loaded_extensions(), true), true), "\n";
