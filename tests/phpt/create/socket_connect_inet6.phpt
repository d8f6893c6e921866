--TEST--
socket_connect(): AF_INET6 to the echo server
--EXTENSIONS--
sockets
--SKIPIF--
<?php
if (!getenv('RSOCKETS_TCP6')) die('skip ::1 not available');
?>
--FILE--
<?php
preg_match('/^\[(.*)\]:(\d+)$/', getenv('RSOCKETS_TCP6'), $m);
$s = socket_create(AF_INET6, SOCK_STREAM, 0);
var_dump(socket_connect($s, $m[1], (int) $m[2]));
socket_getpeername($s, $addr, $port);
var_dump($addr, $port === (int) $m[2]);
?>
--EXPECT--
bool(true)
string(3) "::1"
bool(true)
