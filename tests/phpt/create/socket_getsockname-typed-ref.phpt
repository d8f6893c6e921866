--TEST--
socket_getsockname()/socket_getpeername(): typed reference properties as targets
--EXTENSIONS--
sockets
--FILE--
<?php
class T {
    public string $addr = '';
    public int $port = 0;
    public int $wrong = 7;
    public float $f = 0.0;
}
$l = socket_create_listen(0);
socket_getsockname($l, $ip, $lport);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $lport);
$t = new T;
var_dump(socket_getpeername($c, $t->addr, $t->port), $t->addr, $t->port === $lport);
try {
    socket_getsockname($c, $t->wrong);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
var_dump($t->wrong);
var_dump(socket_getpeername($c, $t->addr, $t->f), $t->f === (float) $lport);
?>
--EXPECT--
bool(true)
string(9) "127.0.0.1"
bool(true)
Cannot assign string to reference held by property T::$wrong of type int
int(7)
bool(true)
bool(true)
