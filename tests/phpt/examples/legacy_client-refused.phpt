--TEST--
php/examples/legacy_client.php: a refused connection ends with the tutorial's die() message
--EXTENSIONS--
sockets
--FILE--
<?php
$l = socket_create_listen(0);
socket_getsockname($l, $addr, $port);
socket_close($l);
$argv = ['legacy_client.php', '127.0.0.1', (string) $port];
include __DIR__ . '/../../../php/examples/legacy_client.php';
echo "not reached\n";
?>
--EXPECTF--
Message To server :WAW;;0029;SAMPLE;6287877180782;03

Warning: socket_connect(): unable to connect [111]: Connection refused in %slegacy_client.php on line %d
Could not connect to server
