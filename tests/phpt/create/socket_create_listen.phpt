--TEST--
socket_create_listen(): port 0 listens on 0.0.0.0 with an ephemeral port and accepts
--EXTENSIONS--
sockets
--FILE--
<?php
$l = socket_create_listen(0);
var_dump($l instanceof Socket);
var_dump(socket_getsockname($l, $addr, $port), $addr, $port > 0);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, '127.0.0.1', $port));
$a = socket_accept($l);
var_dump(socket_write($c, 'hi'), socket_read($a, 10));
var_dump(socket_create_listen(0, 1) instanceof Socket);
var_dump(socket_create_listen(0, -1) instanceof Socket);
?>
--EXPECT--
bool(true)
bool(true)
string(7) "0.0.0.0"
bool(true)
bool(true)
int(2)
string(2) "hi"
bool(true)
bool(true)
