--TEST--
socket_get_option()/socket_set_option(): unknown levels and options, read-only options, closed sockets, argument types
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s, 12345, 1));
var_dump(socket_last_error($s), socket_last_error());
var_dump(socket_set_option($s, 12345, 1, 1));
var_dump(socket_get_option($s, SOL_SOCKET, 9999));
var_dump(socket_set_option($s, SOL_SOCKET, SO_TYPE, 1));
var_dump(socket_last_error($s));
var_dump(@socket_set_option($s, SOL_SOCKET, 9999, 1));
foreach ([fn() => socket_get_option($s, "x", 1), fn() => socket_set_option($s, SOL_SOCKET, [], 1),
          fn() => socket_get_option($s, SOL_SOCKET), fn() => socket_set_option(STDIN, SOL_SOCKET, SO_TYPE, 1)] as $f) {
    try {
        $f();
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
socket_close($s);
try {
    socket_get_option($s, SOL_SOCKET, SO_TYPE);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, 1);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
Warning: socket_get_option(): Unable to retrieve socket option [95]: Operation not supported in %s on line %d
bool(false)
int(95)
int(95)

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)

Warning: socket_get_option(): Unable to retrieve socket option [92]: Protocol not available in %s on line %d
bool(false)

Warning: socket_set_option(): Unable to set socket option [92]: Protocol not available in %s on line %d
bool(false)
int(92)
bool(false)
TypeError: socket_get_option(): Argument #2 ($level) must be of type int, string given
TypeError: socket_set_option(): Argument #3 ($option) must be of type int, array given
ArgumentCountError: socket_get_option() expects exactly 3 arguments, 2 given
TypeError: socket_set_option(): Argument #1 ($socket) must be of type Socket, resource given
socket_get_option(): Argument #1 ($socket) has already been closed
socket_set_option(): Argument #1 ($socket) has already been closed
