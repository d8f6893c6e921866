--TEST--
socket_read(): line reads from the echo server
--EXTENSIONS--
sockets
--FILE--
<?php
[$host, $port] = explode(':', getenv('RSOCKETS_TCP4'));
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($s, $host, (int) $port);
var_dump(socket_write($s, "one\ntwo\n"));
var_dump(socket_read($s, 100, PHP_NORMAL_READ), socket_read($s, 100, PHP_NORMAL_READ));
?>
--EXPECT--
int(8)
string(4) "one
"
string(4) "two
"
