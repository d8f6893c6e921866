--TEST--
socket_bind(): bind(2) failures, a second bind, argument errors and a closed socket
--EXTENSIONS--
sockets
--FILE--
<?php
$a = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($a, '127.0.0.1', 0);
socket_getsockname($a, $ip, $port);
var_dump(socket_bind($a, '127.0.0.1', 0));
var_dump(socket_last_error($a) === SOCKET_EINVAL);
$b = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($b, '127.0.0.1', $port));
var_dump(socket_last_error($b) === SOCKET_EADDRINUSE);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($c, '192.0.2.1', 0));
var_dump(socket_last_error($c) === SOCKET_EADDRNOTAVAIL);
socket_close($c);
foreach ([fn() => socket_bind($c, '127.0.0.1'), fn() => socket_bind($b), fn() => socket_bind($b, '127.0.0.1', 'x'),
          fn() => socket_bind($b, [], 0)] as $f) {
    try {
        $f();
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--

Warning: socket_bind(): Unable to bind address [22]: Invalid argument in %s on line %d
bool(false)
bool(true)

Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line %d
bool(false)
bool(true)

Warning: socket_bind(): Unable to bind address [99]: Cannot assign requested address in %s on line %d
bool(false)
bool(true)
Error: socket_bind(): Argument #1 ($socket) has already been closed
ArgumentCountError: socket_bind() expects at least 2 arguments, 1 given
TypeError: socket_bind(): Argument #3 ($port) must be of type int, string given
TypeError: socket_bind(): Argument #2 ($address) must be of type string, array given
