--TEST--
SocketClient: a timeout is a deadline for the whole call, not for each read
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TCP_CHUNKS', 'RSOCKETS_TCP_DELAY']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
// 3-byte pieces every 20 ms: 60 bytes take ~400 ms, each read waits only 20 ms.
$c = new SocketClient('tcp://' . getenv('RSOCKETS_TCP_CHUNKS'), ['read_timeout' => 0.15]);
$c->send(str_repeat('x', 60));
$t = microtime(true);
try {
    $c->receiveExactly(60);
} catch (RSockets\TimeoutException $e) {
    $dt = microtime(true) - $t;
    echo get_class($e), "\n";
    var_dump($dt >= 0.14 && $dt < 0.35);
}
// The delay endpoint answers after 300 ms: too late for 0.1 s, in time for 1 s.
$addr = getenv('RSOCKETS_TCP_DELAY');
$c = new SocketClient("tcp://$addr", ['read_timeout' => 0.1]);
try {
    $c->request('late');
} catch (RSockets\TimeoutException $e) {
    echo get_class($e), ' ', $e->getCode(), "\n";
}
$c = new SocketClient("tcp://$addr", ['read_timeout' => 1]);
var_dump($c->request('in time'));
?>
--EXPECT--
RSockets\TimeoutException
bool(true)
RSockets\TimeoutException 110
string(7) "in time"
