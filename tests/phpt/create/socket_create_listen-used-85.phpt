--TEST--
socket_create_listen(): a port in use warns, returns false; the port is truncated to 16 bits (PHP 8.5: ports outside 0..65535 are a ValueError)
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (PHP_VERSION_ID < 80500) die('skip PHP 8.5+: ports are range-checked'); ?>
--FILE--
<?php
$l = socket_create_listen(0);
socket_getsockname($l, $addr, $port);
var_dump(socket_create_listen($port));
var_dump(socket_last_error() === SOCKET_EADDRINUSE);
socket_clear_error();
try {
    var_dump(socket_create_listen($port + 65536));
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(socket_last_error() === SOCKET_EADDRINUSE);
?>
--EXPECTF--

Warning: socket_create_listen(): unable to bind to given address [98]: Address already in use in %s on line %d
bool(false)
bool(true)
ValueError: socket_create_listen(): Argument #1 ($port) must be between 0 and 65535
bool(false)
