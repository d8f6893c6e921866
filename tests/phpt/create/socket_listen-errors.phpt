--TEST--
socket_listen(): listen(2) failures, argument errors, a closed socket
--EXTENSIONS--
sockets
--FILE--
<?php
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_listen($u));
var_dump(socket_last_error($u) === SOCKET_EOPNOTSUPP, socket_last_error() === SOCKET_EOPNOTSUPP);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
var_dump(socket_listen($p[0]));
$s = socket_create(AF_INET, SOCK_STREAM, 0);
socket_close($s);
foreach ([fn() => socket_listen($s), fn() => socket_listen(), fn() => socket_listen($u, 'x'), fn() => socket_listen($u, 1, 2)] as $f) {
    try {
        $f();
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--

Warning: socket_listen(): unable to listen on socket [95]: Operation not supported in %s on line %d
bool(false)
bool(true)
bool(true)

Warning: socket_listen(): unable to listen on socket [22]: Invalid argument in %s on line %d
bool(false)
Error: socket_listen(): Argument #1 ($socket) has already been closed
ArgumentCountError: socket_listen() expects at least 1 argument, 0 given
TypeError: socket_listen(): Argument #2 ($backlog) must be of type int, string given
ArgumentCountError: socket_listen() expects at most 2 arguments, 3 given
