--TEST--
socket_create_listen(): a port in use warns, returns false; the port is truncated to 16 bits
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80500) die('skip PHP < 8.5 (socket_create_listen-used-85.phpt from 8.5)'); ?>
--FILE--
<?php
$l = socket_create_listen(0);
socket_getsockname($l, $addr, $port);
var_dump(socket_create_listen($port));
var_dump(socket_last_error() === SOCKET_EADDRINUSE);
socket_clear_error();
var_dump(socket_create_listen($port + 65536));
var_dump(socket_last_error() === SOCKET_EADDRINUSE);
?>
--EXPECTF--

Warning: socket_create_listen(): unable to bind to given address [98]: Address already in use in %s on line %d
bool(false)
bool(true)

Warning: socket_create_listen(): unable to bind to given address [98]: Address already in use in %s on line %d
bool(false)
bool(true)
