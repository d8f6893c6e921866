--TEST--
socket_atmark(): whether the read position is at the out-of-band mark (PHP 8.3+)
--EXTENSIONS--
sockets
--SKIPIF--
<?php
if (PHP_VERSION_ID < 80300) die('skip socket_atmark() exists from PHP 8.3');
?>
--FILE--
<?php
$l = socket_create_listen(0);
socket_getsockname($l, $a, $p);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $p);
$s = socket_accept($l);
var_dump(socket_atmark($s));
socket_send($c, "ab", 2, 0);
socket_send($c, "!", 1, MSG_OOB);
var_dump(socket_recv($s, $buf, 2, MSG_WAITALL));
var_dump(socket_atmark($s));
$d = socket_create(AF_INET, SOCK_DGRAM, 0);
var_dump(socket_atmark($d), socket_last_error($d));
?>
--EXPECTF--
bool(false)
int(2)
bool(true)

Warning: socket_atmark(): Unable to apply sockmark [25]: %s in %s on line %d
bool(false)
int(25)
