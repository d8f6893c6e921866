--TEST--
socket_select(): read readiness
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

$r = [$a, $b]; $w = null; $e = null;
var_dump(socket_select($r, $w, $e, 0), $r);
socket_write($a, "x");
$r = [$a, $b];
var_dump(socket_select($r, $w, $e, 0), $r === [1 => $b]);
// end of stream counts as readable
socket_close($a);
socket_read($b, 10);
$r = [$b];
var_dump(socket_select($r, $w, $e, 0), count($r));
--EXPECT--
int(0)
array(0) {
}
int(1)
bool(true)
int(1)
int(1)
