--TEST--
socket_read(): end of stream on a blocking socket
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

socket_write($a, "tail");
socket_close($a);
var_dump(socket_read($b, 100));
// binary mode: an empty string, no error
var_dump(socket_read($b, 100), socket_last_error($b));
// normal mode: ECONNRESET after repeated empty reads, as the C extension does
var_dump(socket_read($b, 100, PHP_NORMAL_READ), socket_last_error($b));
--EXPECTF--
string(4) "tail"
string(0) ""
int(0)

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
bool(false)
int(104)
