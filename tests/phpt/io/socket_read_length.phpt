--TEST--
socket_read(): a length <= 0 returns false without an error or a read
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

socket_write($a, "data");
var_dump(socket_read($b, 0));
var_dump(socket_read($b, -1));
var_dump(socket_read($b, PHP_INT_MIN, PHP_NORMAL_READ));
var_dump(socket_last_error($b));
var_dump(socket_read($b, 10));
--EXPECT--
bool(false)
bool(false)
bool(false)
int(0)
string(4) "data"
