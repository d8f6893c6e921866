--TEST--
socket_bind(): AF_INET6 literals, host names and v4-mapped addresses
--EXTENSIONS--
sockets
--SKIPIF--
<?php
if (!getenv('RSOCKETS_TCP6')) die('skip ::1 not available');
?>
--FILE--
<?php
foreach (['::1', '::', 'localhost', '127.0.0.1'] as $addr) {
    $s = socket_create(AF_INET6, SOCK_DGRAM, 0);
    var_dump(socket_bind($s, $addr, 0));
    socket_getsockname($s, $a, $p);
    var_dump($a, $p > 0);
}
?>
--EXPECT--
bool(true)
string(3) "::1"
bool(true)
bool(true)
string(2) "::"
bool(true)
bool(true)
string(16) "::ffff:127.0.0.1"
bool(true)
bool(true)
string(16) "::ffff:127.0.0.1"
bool(true)
