--TEST--
socket_write(): a negative length is a ValueError; write(2) failures warn; argument errors
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
try {
    socket_write($p[0], 'abc', -1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
socket_close($p[1]);
var_dump(socket_write($p[0], 'x'));
var_dump(socket_last_error($p[0]) === SOCKET_EPIPE);
$d = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_write($d, 'x'));
socket_close($d);
foreach ([fn() => socket_write($d, 'x'), fn() => socket_write($p[0]), fn() => socket_write($p[0], []),
          fn() => socket_write($p[0], 'x', 'y'), fn() => socket_write(STDOUT, 'x')] as $f) {
    try {
        $f();
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
socket_write(): Argument #3 ($length) must be greater than or equal to 0

Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
bool(true)

Warning: socket_write(): unable to write to socket [89]: Destination address required in %s on line %d
bool(false)
Error: socket_write(): Argument #1 ($socket) has already been closed
ArgumentCountError: socket_write() expects at least 2 arguments, 1 given
TypeError: socket_write(): Argument #2 ($data) must be of type string, array given
TypeError: socket_write(): Argument #3 ($length) must be of type ?int, string given
TypeError: socket_write(): Argument #1 ($socket) must be of type Socket, resource given
