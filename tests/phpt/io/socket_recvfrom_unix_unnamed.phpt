--TEST--
socket_recvfrom(): unix datagram from an unnamed peer gives an empty address
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
var_dump(socket_send($p[0], "anon", 4, 0));
$from = 'x';
var_dump(socket_recvfrom($p[1], $buf, 100, 0, $from), $buf, $from);
var_dump(socket_send($p[0], "", 0, 0));
var_dump(socket_recvfrom($p[1], $buf, 100, 0, $from), $buf, $from);
--EXPECT--
int(4)
int(4)
string(4) "anon"
string(0) ""
int(0)
int(0)
string(0) ""
string(0) ""
