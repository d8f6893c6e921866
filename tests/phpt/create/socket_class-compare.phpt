--TEST--
Socket: comparison and casts
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump($s == $s, $s == $t, $s === $t, (bool) $s, (array) $s);
var_dump((int) $s);
try {
    echo (string) $s;
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
bool(true)
bool(false)
bool(false)
bool(true)
array(0) {
}

Warning: Object of class Socket could not be converted to int in %s on line %d
int(1)
Object of class Socket could not be converted to string
