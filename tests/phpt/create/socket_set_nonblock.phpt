--TEST--
socket_set_nonblock(): reads no longer wait; EAGAIN is recorded without a warning
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
var_dump(socket_set_nonblock($p[0]));
var_dump(socket_read($p[0], 10));
var_dump(socket_last_error($p[0]) === SOCKET_EAGAIN, socket_last_error() === SOCKET_EAGAIN);
socket_write($p[1], 'data');
var_dump(socket_read($p[0], 10));
var_dump(socket_set_nonblock($p[0]));
?>
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
string(4) "data"
bool(true)
