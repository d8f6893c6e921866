--TEST--
socket_read(): PHP_NORMAL_READ stops after \r or \n, "\r\n" comes back in two reads
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

socket_write($a, "one\r\ntwo\nthree\rfourfivesix\n");
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
// the buffer fills before the end of the line
var_dump(socket_read($b, 4, PHP_NORMAL_READ));
var_dump(socket_read($b, 4, PHP_NORMAL_READ));
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
// a line of exactly the buffer size
socket_write($a, "abc\n");
var_dump(socket_read($b, 4, PHP_NORMAL_READ));
--EXPECT--
string(4) "one"
string(1) "
"
string(4) "two
"
string(6) "three"
string(4) "four"
string(4) "five"
string(4) "six
"
string(4) "abc
"
