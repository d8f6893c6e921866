--TEST--
socket_sendto(): errors
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
try { socket_sendto($s, "x", 1, 0, '127.0.0.1'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { socket_sendto($s, "x", 1, 0, '127.0.0.1', null); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { socket_sendto($s, "x", -1, 0, '127.0.0.1', 9); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(socket_sendto($s, "x", 1, 0, 'no.such.host.invalid', 9));
var_dump(socket_sendto($s, "x", 1, 0, '::1', 9));
$s6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
try { socket_sendto($s6, "x", 1, 0, '::1'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$u = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_sendto($u, "x", 1, 0, '/nonexistent/rsockets.sock'));
var_dump(socket_sendto($u, "x", 1, 0, ''));
var_dump(socket_sendto($u, "x", 1, 0, '/x', null));
socket_close($u);
try { socket_sendto($u, "x", 1, 0, '/x'); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
socket_sendto(): Argument #6 ($port) cannot be null when the socket type is AF_INET
socket_sendto(): Argument #6 ($port) cannot be null when the socket type is AF_INET
socket_sendto(): Argument #3 ($length) must be greater than or equal to 0

Warning: socket_sendto(): Host lookup failed [-10001]: Unknown host in %s on line %d
bool(false)

Warning: socket_sendto(): Host lookup failed [-10001]: Unknown host in %s on line %d
bool(false)
socket_sendto(): Argument #6 ($port) cannot be null when the socket type is AF_INET6

Warning: socket_sendto(): Unable to write to socket [2]: No such file or directory in %s on line %d
bool(false)

Warning: socket_sendto(): Unable to write to socket [22]: Invalid argument in %s on line %d
bool(false)

Warning: socket_sendto(): Unable to write to socket [2]: No such file or directory in %s on line %d
bool(false)
Error: socket_sendto(): Argument #1 ($socket) has already been closed
