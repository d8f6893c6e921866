--TEST--
socket_close(): returns null; every later use of the socket is an Error
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_close($s));
var_dump($s instanceof Socket);
foreach (['socket_close' => fn() => socket_close($s), 'socket_read' => fn() => socket_read($s, 1),
          'socket_write' => fn() => socket_write($s, 'x'), 'socket_last_error' => fn() => socket_last_error($s),
          'socket_getsockname' => fn() => socket_getsockname($s, $a)] as $f) {
    try {
        $f();
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[0], 'bye');
socket_close($p[0]);
var_dump(socket_read($p[1], 10), socket_read($p[1], 10));
?>
--EXPECT--
NULL
bool(true)
Error: socket_close(): Argument #1 ($socket) has already been closed
Error: socket_read(): Argument #1 ($socket) has already been closed
Error: socket_write(): Argument #1 ($socket) has already been closed
Error: socket_last_error(): Argument #1 ($socket) has already been closed
Error: socket_getsockname(): Argument #1 ($socket) has already been closed
string(3) "bye"
string(0) ""
