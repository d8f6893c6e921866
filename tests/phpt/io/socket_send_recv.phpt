--TEST--
socket_send()/socket_recv(): basic transfer and lengths
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

var_dump(socket_send($a, "hello world", 5, 0));
var_dump(socket_send($a, "!", 100, 0));
var_dump(socket_send($a, "ignored", 0, 0));
var_dump(socket_recv($b, $data, 100, 0), $data);
var_dump(socket_send($a, "a\0b", 3, MSG_DONTWAIT));
var_dump(socket_recv($b, $data, 2, MSG_WAITALL), bin2hex($data));
var_dump(socket_recv($b, $data, 2, 0), $data);
--EXPECT--
int(5)
int(1)
int(0)
int(6)
string(6) "hello!"
int(3)
int(2)
string(4) "6100"
int(1)
string(1) "b"
