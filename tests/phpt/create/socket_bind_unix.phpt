--TEST--
socket_bind(): AF_UNIX paths, the port ignored, a path in use, autobind
--EXTENSIONS--
sockets
--FILE--
<?php
$path = sys_get_temp_dir() . '/rsockets-bind-' . getmypid() . '.sock';
@unlink($path);
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($s, $path, 1234));
var_dump(file_exists($path));
socket_getsockname($s, $name);
var_dump($name === $path);
$t = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($t, $path));
var_dump(socket_last_error($t) === SOCKET_EADDRINUSE);
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($u, sys_get_temp_dir() . '/no/such/dir.sock'));
$a = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($a, ''));
unlink($path);
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)

Warning: socket_bind(): Unable to bind address [98]: Address already in use in %s on line %d
bool(false)
bool(true)

Warning: socket_bind(): Unable to bind address [2]: No such file or directory in %s on line %d
bool(false)
bool(true)
