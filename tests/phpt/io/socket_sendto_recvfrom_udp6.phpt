--TEST--
socket_sendto()/socket_recvfrom(): UDP over IPv6 through the echo server
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (!getenv('RSOCKETS_UDP6')) die('skip RSOCKETS_UDP6 not set'); ?>
--FILE--
<?php
$e = getenv('RSOCKETS_UDP6');
$i = strrpos($e, ':');
$host = trim(substr($e, 0, $i), '[]');
$port = (int)substr($e, $i + 1);
$s = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
var_dump(socket_sendto($s, "six", 3, 0, $host, $port));
var_dump(socket_recvfrom($s, $buf, 100, 0, $from, $fport));
var_dump($buf, $from, $fport === $port);
--EXPECT--
int(3)
int(3)
string(3) "six"
string(3) "::1"
bool(true)
