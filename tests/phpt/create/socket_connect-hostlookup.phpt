--TEST--
socket_connect(): an unknown host name warns 'Host lookup failed'
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_connect($s, 'no.such.host.invalid', 80));
var_dump(socket_last_error($s) < -10000);
var_dump(socket_strerror(socket_last_error($s)));
?>
--EXPECTF--

Warning: socket_connect(): Host lookup failed [-10001]: Unknown host in %s on line %d
bool(false)
bool(true)
string(12) "Unknown host"
