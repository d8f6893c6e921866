--TEST--
socket_shutdown(): reading, writing and both
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
var_dump(socket_shutdown($p[0], 1));
var_dump(socket_read($p[1], 10));
var_dump(@socket_write($p[0], 'x'), socket_last_error($p[0]) === SOCKET_EPIPE);
var_dump(socket_write($p[1], 'back'), socket_read($p[0], 10));
var_dump(socket_shutdown($p[0], 0));
var_dump(socket_shutdown($p[1]));
var_dump(socket_shutdown($p[1], 2));
?>
--EXPECT--
bool(true)
string(0) ""
bool(false)
bool(true)
int(4)
string(4) "back"
bool(true)
bool(true)
bool(true)
