--TEST--
socket_recv(): errors
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

socket_close($a);
try { socket_recv($a, $d, 10, 0); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { socket_recv($b, $d, 10); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
$l = socket_create_listen(0);
$d = "x";
var_dump(socket_recv($l, $d, 10, 0), $d, socket_last_error($l));
--EXPECTF--
Error: socket_recv(): Argument #1 ($socket) has already been closed
socket_recv() expects exactly 4 arguments, 3 given

Warning: socket_recv(): Unable to read from socket [107]: Transport endpoint is not connected in %s on line %d
bool(false)
NULL
int(107)
