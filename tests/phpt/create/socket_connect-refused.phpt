--TEST--
socket_connect(): a refused connection warns and sets both errors
--EXTENSIONS--
sockets
--FILE--
<?php
$l = socket_create_listen(0);
socket_getsockname($l, $a, $port);
socket_close($l);
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($s, '127.0.0.1', $port));
var_dump(socket_last_error($s), socket_last_error());
?>
--EXPECTF--

Warning: socket_connect(): unable to connect [111]: Connection refused in %s on line %d
bool(false)
int(111)
int(111)
