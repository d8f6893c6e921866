--TEST--
socket_last_error()/socket_clear_error(): argument errors and closed sockets
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, 0);
socket_close($s);
foreach ([fn() => socket_last_error(1), fn() => socket_clear_error('x'), fn() => socket_last_error($s, 1),
          fn() => socket_clear_error(null, 1), fn() => socket_last_error($s), fn() => socket_clear_error($s)] as $f) {
    try {
        $f();
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
TypeError: socket_last_error(): Argument #1 ($socket) must be of type ?Socket, int given
TypeError: socket_clear_error(): Argument #1 ($socket) must be of type ?Socket, string given
ArgumentCountError: socket_last_error() expects at most 1 argument, 2 given
ArgumentCountError: socket_clear_error() expects at most 1 argument, 2 given
Error: socket_last_error(): Argument #1 ($socket) has already been closed
Error: socket_clear_error(): Argument #1 ($socket) has already been closed
