--TEST--
socket_bind(): an unknown host name warns 'Host lookup failed' with a code below -10000
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_bind($s, 'no.such.host.invalid', 0));
$e = socket_last_error($s);
var_dump($e < -10000, $e === socket_last_error());
var_dump(socket_strerror($e) === 'Unknown host');
?>
--EXPECTF--

Warning: socket_bind(): Host lookup failed [-10001]: Unknown host in %s on line %d
bool(false)
bool(true)
bool(true)
bool(true)
