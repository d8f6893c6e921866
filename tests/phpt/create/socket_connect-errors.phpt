--TEST--
socket_connect(): AF_UNIX path length, argument errors and a closed socket
--EXTENSIONS--
sockets
--FILE--
<?php
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
$s = socket_create(AF_INET, SOCK_STREAM, 0);
foreach ([fn() => socket_connect($u, str_repeat('x', 108)), fn() => socket_connect($s),
          fn() => socket_connect($s, '127.0.0.1', 'x'), fn() => socket_connect($s, '127.0.0.1', 1, 2),
          fn() => socket_connect(null, '127.0.0.1', 1)] as $f) {
    try {
        $f();
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
socket_close($s);
try {
    socket_connect($s, '127.0.0.1', 1);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
ValueError: socket_connect(): Argument #2 ($address) must be less than 108
ArgumentCountError: socket_connect() expects at least 2 arguments, 1 given
TypeError: socket_connect(): Argument #3 ($port) must be of type ?int, string given
ArgumentCountError: socket_connect() expects at most 3 arguments, 4 given
TypeError: socket_connect(): Argument #1 ($socket) must be of type Socket, null given
socket_connect(): Argument #1 ($socket) has already been closed
