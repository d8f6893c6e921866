--TEST--
socket_sendto()/socket_recvfrom(): unix datagrams through the echo server
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (!getenv('RSOCKETS_UDG')) die('skip RSOCKETS_UDG not set'); ?>
--FILE--
<?php
$server = getenv('RSOCKETS_UDG');
$me = sys_get_temp_dir() . '/rsockets-udg-' . getmypid() . '.sock';
@unlink($me);
$s = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($s, $me));
var_dump(socket_sendto($s, "unix\0dgram", 10, 0, $server));
$port = 'untouched';
var_dump(socket_recvfrom($s, $buf, 100, 0, $from, $port));
var_dump($buf === "unix\0dgram", $from === $server, $port);
// a path with a NUL byte is cut there, as snprintf("%s") does
var_dump(socket_sendto($s, "cut", 3, 0, $server . "\0garbage"));
var_dump(socket_recvfrom($s, $buf, 100, 0, $from), $buf, $from === $server);
socket_close($s);
unlink($me);
--EXPECT--
bool(true)
int(10)
int(10)
bool(true)
bool(true)
string(9) "untouched"
int(3)
int(3)
string(3) "cut"
bool(true)
