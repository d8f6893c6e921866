--TEST--
socket_read(): PHP_BINARY_READ returns what one recv() gives, binary-safe
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

var_dump(socket_write($a, "ab\0cd\r\nef\xff"));
var_dump(bin2hex(socket_read($b, 4)));
var_dump(bin2hex(socket_read($b, 100, PHP_BINARY_READ)));
socket_write($a, "xyz");
var_dump(socket_read($b, 100, 12345)); // any mode other than PHP_NORMAL_READ is binary
var_dump(socket_last_error($b));
--EXPECT--
int(10)
string(8) "61620063"
string(12) "640d0a6566ff"
string(3) "xyz"
int(0)
