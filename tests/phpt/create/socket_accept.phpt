--TEST--
socket_accept(): accepts a connection; the new socket is blocking and connected
--EXTENSIONS--
sockets
--FILE--
<?php
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
socket_getsockname($l, $ip, $port);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
$a = socket_accept($l);
var_dump($a instanceof Socket, socket_last_error($a));
socket_getpeername($a, $pa, $pp);
socket_getsockname($c, $ca, $cp);
var_dump($pa, $pp === $cp);
socket_getsockname($a, $sa, $sp);
var_dump($sa, $sp === $port);
var_dump(socket_write($c, 'abc'), socket_read($a, 10));
?>
--EXPECT--
bool(true)
int(0)
string(9) "127.0.0.1"
bool(true)
string(9) "127.0.0.1"
bool(true)
int(3)
string(3) "abc"
