<?php
// The constants in registration order (register_sockets_symbols(), per PHP version), as
// get_defined_constants() and ReflectionExtension list them.
$ext = new ReflectionExtension('sockets');
echo implode("\n", array_keys($ext->getConstants())), "\n";
var_dump(array_keys(get_defined_constants(true)['sockets'] ?? []) === array_keys($ext->getConstants()));
