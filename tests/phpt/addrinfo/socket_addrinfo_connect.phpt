--TEST--
socket_addrinfo_connect(): connect to a listener bound through socket_addrinfo_bind()
--EXTENSIONS--
sockets
--FILE--
<?php
$ai = socket_addrinfo_lookup('127.0.0.1', '0', ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM]);
$l = socket_addrinfo_bind($ai[0]);
socket_listen($l);
socket_getsockname($l, $addr, $port);
$to = socket_addrinfo_lookup('127.0.0.1', (string) $port, ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM]);
$c = socket_addrinfo_connect($to[0]);
var_dump($c);
$a = socket_accept($l);
var_dump(socket_getpeername($c, $peer, $pport), $peer, $pport === $port);
var_dump(socket_write($c, "hello"), socket_read($a, 10));
var_dump(socket_write($a, "back"), socket_read($c, 10));
socket_close($c);
var_dump(socket_read($a, 10));
?>
--EXPECTF--
object(Socket)#%d (0) {
}
bool(true)
string(9) "127.0.0.1"
bool(true)
int(5)
string(5) "hello"
int(4)
string(4) "back"
string(0) ""
