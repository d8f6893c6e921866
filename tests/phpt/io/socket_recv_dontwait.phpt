--TEST--
socket_recv(): MSG_DONTWAIT with nothing queued is false, no warning, \$data NULL
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

$data = "previous";
var_dump(socket_recv($b, $data, 100, MSG_DONTWAIT));
var_dump($data);
var_dump(socket_last_error($b) === SOCKET_EAGAIN);
--EXPECT--
bool(false)
NULL
bool(true)
