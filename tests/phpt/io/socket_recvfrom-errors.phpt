--TEST--
socket_recvfrom(): errors leave the by-reference arguments alone
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($s, '127.0.0.1');
[$buf, $from, $port] = ['b', 'f', 'p'];
var_dump(socket_recvfrom($s, $buf, 0, 0, $from, $port), $buf, $from, $port);
var_dump(socket_recvfrom($s, $buf, -1, 0, $from, $port));
var_dump(socket_recvfrom($s, $buf, PHP_INT_MAX, 0, $from, $port));
var_dump(socket_recvfrom($s, $buf, 10, MSG_DONTWAIT, $from, $port), $buf, $from, $port);
var_dump(socket_last_error($s) === SOCKET_EAGAIN);
try { socket_recvfrom($s, $buf, 10, 0, $from); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($buf, $from);
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_recvfrom($t, $buf, 10, 0, $from, $port), $buf);
socket_close($s);
try { socket_recvfrom($s, $buf, 10, 0, $from, $port); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
bool(false)
string(1) "b"
string(1) "f"
string(1) "p"
bool(false)
bool(false)
bool(false)
string(1) "b"
string(1) "f"
string(1) "p"
bool(true)
ArgumentCountError: Wrong parameter count for socket_recvfrom()
string(1) "b"
string(1) "f"

Warning: socket_recvfrom(): Unable to recvfrom [107]: Transport endpoint is not connected in %s on line %d
bool(false)
string(1) "b"
Error: socket_recvfrom(): Argument #1 ($socket) has already been closed
