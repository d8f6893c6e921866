--TEST--
socket_recv(): a length <= 0 returns false and leaves \$data alone
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

socket_send($a, "x", 1, 0);
$data = "previous";
var_dump(socket_recv($b, $data, 0, 0), $data);
var_dump(socket_recv($b, $data, -5, 0), $data);
var_dump(socket_last_error($b));
--EXPECT--
bool(false)
string(8) "previous"
bool(false)
string(8) "previous"
int(0)
