--TEST--
socket_getpeername(): AF_INET and AF_UNIX peers
--EXTENSIONS--
sockets
--FILE--
<?php
[$host, $port] = explode(':', getenv('RSOCKETS_TCP4'));
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($s, $host, (int) $port);
var_dump(socket_getpeername($s, $addr, $p), $addr, $p === (int) $port);
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_connect($u, getenv('RSOCKETS_UNIX'));
$uport = 'untouched';
var_dump(socket_getpeername($u, $path, $uport), $path === getenv('RSOCKETS_UNIX'), $uport);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
var_dump(socket_getpeername($pair[0], $pp), $pp);
?>
--EXPECT--
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
bool(true)
string(9) "untouched"
bool(true)
string(0) ""
