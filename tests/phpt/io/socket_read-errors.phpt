--TEST--
socket_read(): errors
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

socket_close($a);
try { socket_read($a, 10); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { socket_read($b, "ten"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { socket_read($b, 10, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$l = socket_create_listen(0);
var_dump(socket_read($l, 10));
var_dump(socket_last_error($l));
--EXPECTF--
Error: socket_read(): Argument #1 ($socket) has already been closed
socket_read(): Argument #2 ($length) must be of type int, string given
socket_read(): Argument #3 ($mode) must be of type int, string given

Warning: socket_read(): unable to read from socket [107]: Transport endpoint is not connected in %s on line %d
bool(false)
int(107)
