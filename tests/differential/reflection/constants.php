<?php
// Every constant of module sockets with its value, sorted by name.
$ext = new ReflectionExtension('sockets');
$constants = $ext->getConstants();
ksort($constants, SORT_STRING);
echo count($constants), " constants\n";
foreach ($constants as $name => $value) {
    echo $name, ' = ', var_export($value, true), "\n";
}
// The constants are also plain global constants, case-sensitive.
var_dump(defined('AF_INET'), defined('af_inet'), constant('SOCK_STREAM'));
