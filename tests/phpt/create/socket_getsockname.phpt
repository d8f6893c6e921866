--TEST--
socket_getsockname(): AF_INET bound and unbound, AF_UNIX, the optional port
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$addr = 'old';
$port = 'old';
var_dump(socket_getsockname($s, $addr, $port), $addr, $port);
socket_bind($s, '127.0.0.1', 0);
var_dump(socket_getsockname($s, $addr, $port), $addr, is_int($port) && $port > 0);
var_dump(socket_getsockname($s, $only), $only);
$path = sys_get_temp_dir() . '/rsockets-gsn-' . getmypid() . '.sock';
@unlink($path);
$u = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($u, $path);
$uport = 'untouched';
var_dump(socket_getsockname($u, $name, $uport), $name === $path, $uport);
unlink($path);
$v6 = socket_create(AF_INET6, SOCK_DGRAM, 0);
var_dump(socket_getsockname($v6, $a6, $p6), $a6, $p6);
?>
--EXPECT--
bool(true)
string(7) "0.0.0.0"
int(0)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
string(9) "untouched"
bool(true)
string(2) "::"
int(0)
