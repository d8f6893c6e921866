--TEST--
SocketClient: the bind option (local address, with or without a port)
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$addr = 'tcp://' . getenv('RSOCKETS_TCP4');
// bind to a chosen local port.
$p = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($p, '127.0.0.1', 0);
socket_getsockname($p, $a, $port);
socket_close($p);
$c = new SocketClient($addr, ['bind' => "127.0.0.1:$port", 'timeout' => 2]);
var_dump($c->getLocalAddress() === "127.0.0.1:$port", $c->request('bound'));
$c = new SocketClient($addr, ['bind' => '127.0.0.1', 'timeout' => 2]);
var_dump(str_starts_with($c->getLocalAddress(), '127.0.0.1:'));
try {
    new SocketClient($addr, ['bind' => '::1']);
} catch (RSockets\ConnectException $e) {
    echo $e->getMessage(), "\n";
}
try {
    new SocketClient($addr, ['bind' => "127.0.0.1:$port"]);
    new SocketClient($addr, ['bind' => "127.0.0.1:$port"]);
} catch (RSockets\ConnectException $e) {
    echo $e->getCode(), ' ', str_replace([getenv('RSOCKETS_TCP4'), $port], ['ADDR', 'PORT'], $e->getMessage()), "\n";
}
?>
--EXPECTF--
bool(true)
string(5) "bound"
bool(true)
Cannot bind to ::1 for 127.0.0.1:%d: its address family differs from the remote address's
98 Cannot bind to 127.0.0.1:PORT for ADDR: Address already in use [98]
