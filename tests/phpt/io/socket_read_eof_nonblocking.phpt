--TEST--
socket_read(): end of stream on a non-blocking socket
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

socket_set_nonblock($b);
socket_write($a, "x\n");
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
socket_close($a);
var_dump(socket_read($b, 100, PHP_NORMAL_READ), socket_last_error($b));
var_dump(socket_read($b, 100), socket_last_error($b));
--EXPECT--
string(2) "x
"
string(0) ""
int(0)
string(0) ""
int(0)
