--TEST--
socket_connect(): non-blocking gives false without a warning and records EINPROGRESS
--EXTENSIONS--
sockets
--FILE--
<?php
[$host, $port] = explode(':', getenv('RSOCKETS_TCP4'));
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_nonblock($s);
var_dump(socket_connect($s, $host, (int) $port));
var_dump(socket_last_error($s) === SOCKET_EINPROGRESS);
var_dump(socket_last_error() === SOCKET_EINPROGRESS);
?>
--EXPECT--
bool(false)
bool(true)
bool(true)
