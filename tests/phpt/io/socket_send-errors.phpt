--TEST--
socket_send(): errors
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

try { socket_send($a, "x", -1, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_send($u, "x", 1, 0), socket_last_error($u));
socket_close($b);
var_dump(socket_send($a, "x", 1, 0));
socket_close($a);
try { socket_send($a, "x", 1, 0); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
socket_send(): Argument #3 ($length) must be greater than or equal to 0

Warning: socket_send(): Unable to write to socket [89]: Destination address required in %s on line %d
bool(false)
int(89)

Warning: socket_send(): Unable to write to socket [32]: Broken pipe in %s on line %d
bool(false)
Error: socket_send(): Argument #1 ($socket) has already been closed
