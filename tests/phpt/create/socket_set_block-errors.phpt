--TEST--
socket_set_block()/socket_set_nonblock(): argument errors and closed sockets
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, 0);
socket_close($s);
foreach (['socket_set_block', 'socket_set_nonblock'] as $fn) {
    foreach ([fn() => $fn($s), fn() => $fn(), fn() => $fn(1), fn() => $fn(STDIN)] as $f) {
        try {
            $f();
        } catch (Error $e) {
            echo get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
}
?>
--EXPECT--
Error: socket_set_block(): Argument #1 ($socket) has already been closed
ArgumentCountError: socket_set_block() expects exactly 1 argument, 0 given
TypeError: socket_set_block(): Argument #1 ($socket) must be of type Socket, int given
TypeError: socket_set_block(): Argument #1 ($socket) must be of type Socket, resource given
Error: socket_set_nonblock(): Argument #1 ($socket) has already been closed
ArgumentCountError: socket_set_nonblock() expects exactly 1 argument, 0 given
TypeError: socket_set_nonblock(): Argument #1 ($socket) must be of type Socket, int given
TypeError: socket_set_nonblock(): Argument #1 ($socket) must be of type Socket, resource given
