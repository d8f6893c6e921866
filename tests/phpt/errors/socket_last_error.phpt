--TEST--
socket_last_error(): per socket and global, set by a failed call
--EXTENSIONS--
sockets
--FILE--
<?php
var_dump(socket_last_error());
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_last_error($s));
$l = socket_create_listen(0);
socket_getsockname($l, $a, $port);
socket_close($l);
var_dump(@socket_connect($s, '127.0.0.1', $port));
var_dump(socket_last_error($s), socket_last_error(), socket_last_error(null));
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_last_error($t));
?>
--EXPECT--
int(0)
int(0)
bool(false)
int(111)
int(111)
int(111)
int(0)
