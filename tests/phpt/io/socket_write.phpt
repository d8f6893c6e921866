--TEST--
socket_write(): the length argument
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

var_dump(socket_write($a, "abcdef"));
var_dump(socket_write($a, "abcdef", 2));
var_dump(socket_write($a, "abcdef", 100));
var_dump(socket_write($a, "abcdef", null));
var_dump(socket_write($a, "abcdef", 0));
var_dump(socket_write($a, ""));
var_dump(socket_read($b, 100));
--EXPECT--
int(6)
int(2)
int(6)
int(6)
int(0)
int(0)
string(20) "abcdefababcdefabcdef"
