--TEST--
socket_select(): timeouts
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

$r = [$b]; $w = null; $e = null;
$t = microtime(true);
var_dump(socket_select($r, $w, $e, 0, 200000), $r);
var_dump(microtime(true) - $t >= 0.15);
// microseconds above one second carry into the seconds
$r = [$b];
$t = microtime(true);
var_dump(socket_select($r, $w, $e, 0, 1100000));
var_dump(microtime(true) - $t >= 1.0);
// null seconds wait indefinitely, but data is ready
socket_write($a, "x");
$r = [$b];
var_dump(socket_select($r, $w, $e, null), $r === [$b]);
// microseconds are ignored when seconds is null
$r = [$b];
var_dump(socket_select($r, $w, $e, null, -5), count($r));
--EXPECT--
int(0)
array(0) {
}
bool(true)
int(0)
bool(true)
int(1)
bool(true)
int(1)
int(1)
