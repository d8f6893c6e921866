--TEST--
socket_accept(): accept(2) failures warn and are recorded only globally; closed and wrong arguments
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_accept($s));
var_dump(socket_last_error($s), socket_last_error() === SOCKET_EINVAL);
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_accept($u));
var_dump(socket_last_error() === SOCKET_EOPNOTSUPP);
socket_close($s);
foreach ([fn() => socket_accept($s), fn() => socket_accept(), fn() => socket_accept('x')] as $f) {
    try {
        $f();
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--

Warning: socket_accept(): unable to accept incoming connection [22]: Invalid argument in %s on line %d
bool(false)
int(0)
bool(true)

Warning: socket_accept(): unable to accept incoming connection [95]: Operation not supported in %s on line %d
bool(false)
bool(true)
Error: socket_accept(): Argument #1 ($socket) has already been closed
ArgumentCountError: socket_accept() expects exactly 1 argument, 0 given
TypeError: socket_accept(): Argument #1 ($socket) must be of type Socket, string given
