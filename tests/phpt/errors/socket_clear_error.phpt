--TEST--
socket_clear_error(): clears the socket's error or the global one, not both
--EXTENSIONS--
sockets
--FILE--
<?php
$l = socket_create_listen(0);
socket_getsockname($l, $a, $port);
socket_close($l);
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
@socket_connect($s, '127.0.0.1', $port);
var_dump(socket_clear_error($s));
var_dump(socket_last_error($s), socket_last_error());
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
@socket_connect($t, '127.0.0.1', $port);
var_dump(socket_clear_error());
var_dump(socket_last_error($t), socket_last_error());
socket_clear_error(null);
var_dump(socket_last_error($t));
?>
--EXPECT--
NULL
int(0)
int(111)
NULL
int(111)
int(0)
int(111)
