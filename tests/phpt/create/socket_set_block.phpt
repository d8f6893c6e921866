--TEST--
socket_set_block(): back to blocking reads
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_set_nonblock($p[0]);
var_dump(socket_set_block($p[0]));
var_dump(socket_set_block($p[0]));
socket_write($p[1], 'data');
var_dump(socket_read($p[0], 10));
?>
--EXPECT--
bool(true)
bool(true)
string(4) "data"
