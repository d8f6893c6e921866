--TEST--
socket_read(): no data on a non-blocking socket is false with EAGAIN and no warning
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

socket_set_nonblock($b);
var_dump(socket_read($b, 100));
var_dump(socket_last_error($b) === SOCKET_EAGAIN, socket_last_error() === SOCKET_EAGAIN);
--EXPECT--
bool(false)
bool(true)
bool(true)
