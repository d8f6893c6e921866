--TEST--
socket_read(): lengths below 1 give false; recv(2) failures warn; argument errors
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
var_dump(socket_read($p[1], 0), socket_read($p[1], -1), socket_read($p[1], PHP_INT_MIN), socket_last_error($p[1]));
$u = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_read($u, 10));
var_dump(socket_last_error($u) === SOCKET_ENOTCONN);
socket_close($u);
foreach ([fn() => socket_read($u, 1), fn() => socket_read($p[1]), fn() => socket_read($p[1], 'x'),
          fn() => socket_read($p[1], 1, 1, 1), fn() => socket_read(STDIN, 1)] as $f) {
    try {
        $f();
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
bool(false)
bool(false)
bool(false)
int(0)

Warning: socket_read(): unable to read from socket [107]: Transport endpoint is not connected in %s on line %d
bool(false)
bool(true)
Error: socket_read(): Argument #1 ($socket) has already been closed
ArgumentCountError: socket_read() expects at least 2 arguments, 1 given
TypeError: socket_read(): Argument #2 ($length) must be of type int, string given
ArgumentCountError: socket_read() expects at most 3 arguments, 4 given
TypeError: socket_read(): Argument #1 ($socket) must be of type Socket, resource given
