--TEST--
socket_set_option(): IP_MULTICAST_IF by index or name; socket_get_option() returns the index (PHP 8.5: a failed name conversion does not warn as well)
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (PHP_VERSION_ID < 80500) die('skip PHP 8.5+: conversion failures stop early'); ?>
--FILE--
<?php
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF));
var_dump(socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 'lo'));
var_dump(socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF) === 1);
var_dump(socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 0));
var_dump(socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF));
var_dump(socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 1));
var_dump(socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF));
var_dump(socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 'nosuchif0'));
var_dump(socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, '1'));
var_dump(socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 999999));
foreach ([-1, 1 << 32] as $i) {
    try {
        socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, $i);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, new stdClass);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
int(0)
bool(true)
bool(true)
bool(true)
int(0)
bool(true)
int(1)

Warning: socket_set_option(): No interface with name "nosuchif0" could be found in %s on line %d
bool(false)

Warning: socket_set_option(): No interface with name "1" could be found in %s on line %d
bool(false)

Warning: socket_set_option(): Failed obtaining address for interface 999999: error 19 in %s on line %d
bool(false)
Index must be between 0 and 4294967295
Index must be between 0 and 4294967295
Object of class stdClass could not be converted to string
