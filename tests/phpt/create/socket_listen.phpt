--TEST--
socket_listen(): backlogs, an unbound socket is autobound
--EXTENSIONS--
sockets
--FILE--
<?php
foreach ([0, 1, -1, PHP_INT_MAX] as $backlog) {
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_bind($s, '127.0.0.1', 0);
    var_dump(socket_listen($s, $backlog));
}
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_listen($s));
socket_getsockname($s, $a, $p);
var_dump($a, $p > 0);
var_dump(socket_listen($s, 3));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(7) "0.0.0.0"
bool(true)
bool(true)
