--TEST--
socket_bind(): AF_INET addresses, host names and the port
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80500) die('skip PHP < 8.5 (socket_bind_inet-85.phpt from 8.5)'); ?>
--FILE--
<?php
foreach (['127.0.0.1', '0.0.0.0', 'localhost', "127.0.0.1\0ignored"] as $addr) {
    $s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
    var_dump(socket_bind($s, $addr, 0));
    socket_getsockname($s, $a, $p);
    var_dump($a, $p > 0);
}
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_bind($s, '127.0.0.1'));
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_bind($s, '127.0.0.1', 65536));
socket_getsockname($s, $a, $p);
var_dump($p > 0 && $p < 65536);
?>
--EXPECT--
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
string(7) "0.0.0.0"
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
string(9) "127.0.0.1"
bool(true)
bool(true)
bool(true)
bool(true)
