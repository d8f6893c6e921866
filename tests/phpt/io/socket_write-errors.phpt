--TEST--
socket_write(): ValueError, closed socket, broken pipe
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

try { socket_write($a, "x", -1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
socket_close($b);
var_dump(socket_write($a, "x"));
var_dump(socket_last_error($a) === SOCKET_EPIPE);
socket_close($a);
try { socket_write($a, "x", -1); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
socket_write(): Argument #3 ($length) must be greater than or equal to 0

Warning: socket_write(): unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
bool(true)
Error: socket_write(): Argument #1 ($socket) has already been closed
