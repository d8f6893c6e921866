--TEST--
socket_sendto()/socket_recvfrom(): UDP over IPv4 through the echo server
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (!getenv('RSOCKETS_UDP4')) die('skip RSOCKETS_UDP4 not set'); ?>
--FILE--
<?php
[$host, $port] = explode(':', getenv('RSOCKETS_UDP4'));

$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_sendto($s, "hello\0world", 100, 0, $host, (int)$port));
var_dump(socket_recvfrom($s, $buf, 100, 0, $from, $fport));
var_dump($buf === "hello\0world", $from, $fport == $port);
// a datagram longer than the buffer is truncated
var_dump(socket_sendto($s, "0123456789", 10, 0, $host, (int)$port));
var_dump(socket_recvfrom($s, $buf, 4, 0, $from, $fport), $buf);
// length limits what is sent
var_dump(socket_sendto($s, "0123456789", 3, 0, $host, (int)$port));
var_dump(socket_recvfrom($s, $buf, 100, 0, $from, $fport), $buf);
// an empty datagram
var_dump(socket_sendto($s, "", 0, 0, $host, (int)$port));
var_dump(socket_recvfrom($s, $buf, 100, 0, $from, $fport), $buf);
--EXPECT--
int(11)
int(11)
bool(true)
string(9) "127.0.0.1"
bool(true)
int(10)
int(4)
string(4) "0123"
int(3)
int(3)
string(3) "012"
int(0)
int(0)
string(0) ""
