--TEST--
socket_set_option(): SO_BINDTODEVICE takes an interface name; other types unbind
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80500) die('skip PHP < 8.5 (socket_set_option_bindtodevice-85.phpt from 8.5)'); ?>
--FILE--
<?php
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$r = socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, "lo");
var_dump($r === true || socket_last_error($u) === 1);
var_dump(socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, "nosuchif0"));
var_dump(socket_last_error($u));
var_dump(socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, null));
var_dump(socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, ""));
?>
--EXPECTF--
bool(true)

Warning: socket_set_option(): Unable to set socket option [19]: No such device in %s on line %d
bool(false)
int(19)
bool(true)
bool(true)
