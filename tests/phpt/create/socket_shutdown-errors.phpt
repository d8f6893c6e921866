--TEST--
socket_shutdown(): invalid modes and unconnected sockets warn; argument errors
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80500) die('skip PHP < 8.5 (socket_shutdown-errors-85.phpt from 8.5)'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
var_dump(socket_shutdown($p[0], 3));
var_dump(socket_last_error($p[0]) === SOCKET_EINVAL);
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_shutdown($s));
var_dump(socket_last_error($s) === SOCKET_ENOTCONN);
socket_close($s);
foreach ([fn() => socket_shutdown($s), fn() => socket_shutdown(), fn() => socket_shutdown($p[1], 'x')] as $f) {
    try {
        $f();
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--

Warning: socket_shutdown(): Unable to shutdown socket [22]: Invalid argument in %s on line %d
bool(false)
bool(true)

Warning: socket_shutdown(): Unable to shutdown socket [107]: Transport endpoint is not connected in %s on line %d
bool(false)
bool(true)
Error: socket_shutdown(): Argument #1 ($socket) has already been closed
ArgumentCountError: socket_shutdown() expects at least 1 argument, 0 given
TypeError: socket_shutdown(): Argument #2 ($mode) must be of type int, string given
