--TEST--
socket_connect(): AF_INET to the echo server, by address and by host name
--EXTENSIONS--
sockets
--FILE--
<?php
[$host, $port] = explode(':', getenv('RSOCKETS_TCP4'));
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($s, $host, (int) $port));
var_dump(socket_write($s, "ping\n"));
$got = '';
while (strlen($got) < 5 && ($r = socket_read($s, 10)) != '') {
    $got .= $r;
}
var_dump($got);
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($t, 'localhost', (int) $port));
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_connect($u, $host, (int) $port));
var_dump(socket_connect($t, $host, (int) $port));
var_dump(socket_last_error($t) === SOCKET_EISCONN);
?>
--EXPECTF--
bool(true)
int(5)
string(5) "ping
"
bool(true)
bool(true)

Warning: socket_connect(): unable to connect [106]: Transport endpoint is already connected in %s on line %d
bool(false)
bool(true)
