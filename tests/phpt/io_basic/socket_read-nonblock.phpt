--TEST--
socket_read(): non-blocking with nothing pending is false without a warning
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_set_nonblock($p[1]);
var_dump(socket_read($p[1], 10));
var_dump(socket_last_error($p[1]) === SOCKET_EAGAIN, socket_last_error() === SOCKET_EAGAIN);
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
