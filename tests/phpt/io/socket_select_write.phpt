--TEST--
socket_select(): write readiness, and a socket counted once per set
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

$r = null; $w = [$a]; $e = null;
var_dump(socket_select($r, $w, $e, 0), $w === [$a]);
socket_write($b, "x");
$r = [$a]; $w = [$a]; $e = [$a];
var_dump(socket_select($r, $w, $e, 0), count($r), count($w), count($e));
--EXPECT--
int(1)
bool(true)
int(2)
int(1)
int(1)
int(0)
