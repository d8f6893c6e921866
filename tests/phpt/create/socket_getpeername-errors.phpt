--TEST--
socket_getpeername(): an unconnected socket warns and leaves the targets alone; argument errors
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$a = 'old';
$p = 'old';
var_dump(socket_getpeername($s, $a, $p), $a, $p);
var_dump(socket_last_error($s) === SOCKET_ENOTCONN, socket_last_error() === SOCKET_ENOTCONN);
foreach ([fn() => socket_getpeername($s), fn() => socket_getsockname($s, $x, $y, 1), fn() => socket_getpeername(STDIN, $x)] as $f) {
    try {
        $f();
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
socket_close($s);
try {
    socket_getsockname($s, $x);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--

Warning: socket_getpeername(): unable to retrieve peer name [107]: Transport endpoint is not connected in %s on line %d
bool(false)
string(3) "old"
string(3) "old"
bool(true)
bool(true)
ArgumentCountError: socket_getpeername() expects at least 2 arguments, 1 given
ArgumentCountError: socket_getsockname() expects at most 3 arguments, 4 given
TypeError: socket_getpeername(): Argument #1 ($socket) must be of type Socket, resource given
socket_getsockname(): Argument #1 ($socket) has already been closed
