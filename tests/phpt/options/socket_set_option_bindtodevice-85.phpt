--TEST--
socket_set_option(): SO_BINDTODEVICE takes an interface name; other types unbind (PHP 8.5: a non-string is a TypeError)
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (PHP_VERSION_ID < 80500) die('skip PHP 8.5+: string options take strings'); ?>
--FILE--
<?php
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$r = socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, "lo");
var_dump($r === true || socket_last_error($u) === 1);
var_dump(socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, "nosuchif0"));
var_dump(socket_last_error($u));
try {
    var_dump(socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, null));
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, ""));
?>
--EXPECTF--
bool(true)

Warning: socket_set_option(): Unable to set socket option [19]: No such device in %s on line %d
bool(false)
int(19)
TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is SO_BINDTODEVICE, null given
bool(true)
