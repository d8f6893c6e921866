--TEST--
socket_addrinfo_bind(): TCP and UDP sockets bound to the looked-up address
--EXTENSIONS--
sockets
--FILE--
<?php
$ai = socket_addrinfo_lookup('127.0.0.1', '0', ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM]);
$l = socket_addrinfo_bind($ai[0]);
var_dump($l);
var_dump(socket_listen($l));
var_dump(socket_getsockname($l, $addr, $port), $addr, $port > 0);
// A socket from addrinfo is blocking and usable like any other.
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($c, '127.0.0.1', $port));
$a = socket_accept($l);
var_dump(socket_write($c, "ping"), socket_read($a, 10));

$u = socket_addrinfo_lookup('127.0.0.1', '0', ['ai_family' => AF_INET, 'ai_socktype' => SOCK_DGRAM]);
$us = socket_addrinfo_bind($u[0]);
var_dump(socket_getsockname($us, $uaddr, $uport), $uaddr, $uport > 0);
$c2 = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_connect($c2, '127.0.0.1', $uport), socket_write($c2, "dgram"));
var_dump(socket_read($us, 100));
?>
--EXPECTF--
object(Socket)#%d (0) {
}
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
int(4)
string(4) "ping"
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
int(5)
string(5) "dgram"
