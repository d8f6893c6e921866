--TEST--
socket_recv(): MSG_PEEK leaves the data queued
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

socket_send($a, "peekaboo", 8, 0);
var_dump(socket_recv($b, $data, 4, MSG_PEEK), $data);
var_dump(socket_recv($b, $data, 100, MSG_PEEK), $data);
var_dump(socket_recv($b, $data, 100, 0), $data);
--EXPECT--
int(4)
string(4) "peek"
int(8)
string(8) "peekaboo"
int(8)
string(8) "peekaboo"
