--TEST--
socket_select(): an invalid timeout fails in select(2) with a warning
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

$r = [$a]; $n = null;
var_dump(socket_select($r, $n, $n, -1), count($r));
var_dump(socket_last_error() === SOCKET_EINVAL, socket_last_error($a));
var_dump(socket_select($r, $n, $n, 0, -1));
--EXPECTF--

Warning: socket_select(): Unable to select [22]: Invalid argument in %s on line %d
bool(false)
int(1)
bool(true)
int(0)

Warning: socket_select(): Unable to select [22]: Invalid argument in %s on line %d
bool(false)
