--TEST--
socket_write(): lengths null, shorter and longer than the data; binary data
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
var_dump(socket_write($p[0], "hello"), socket_read($p[1], 100));
var_dump(socket_write($p[0], "abcdef", 3), socket_read($p[1], 100));
var_dump(socket_write($p[0], "abcdef", null), socket_read($p[1], 100));
var_dump(socket_write($p[0], "abc", 1000), socket_read($p[1], 100));
var_dump(socket_write($p[0], "\0\1\xff"), bin2hex(socket_read($p[1], 100)));
var_dump(socket_write($p[0], ""), socket_write($p[0], "abc", 0));
var_dump(socket_write($p[0], 12345), socket_read($p[1], 100));
?>
--EXPECT--
int(5)
string(5) "hello"
int(3)
string(3) "abc"
int(6)
string(6) "abcdef"
int(3)
string(3) "abc"
int(3)
string(6) "0001ff"
int(0)
int(0)
int(5)
string(5) "12345"
