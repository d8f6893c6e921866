--TEST--
socket_connect(): AF_UNIX to the echo server; the port is ignored
--EXTENSIONS--
sockets
--FILE--
<?php
$path = getenv('RSOCKETS_UNIX');
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($s, $path));
var_dump(socket_write($s, "abc"), socket_read($s, 10));
$t = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($t, $path, 80));
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($u, $path . '.missing'));
var_dump(socket_last_error($u) === SOCKET_ENOENT);
$d = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_connect($d, $path));
var_dump(socket_last_error($d) === SOCKET_EPROTOTYPE);
?>
--EXPECTF--
bool(true)
int(3)
string(3) "abc"
bool(true)

Warning: socket_connect(): unable to connect [2]: No such file or directory in %s on line %d
bool(false)
bool(true)

Warning: socket_connect(): unable to connect [91]: Protocol wrong type for socket in %s on line %d
bool(false)
bool(true)
