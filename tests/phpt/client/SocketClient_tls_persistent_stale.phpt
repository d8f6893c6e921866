--TEST--
SocketClient over TLS: a persistent connection whose reply is still on its way (a timeout mid-exchange, an exception between send and receive) never serves the next request
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TLS_DELAY', 'RSOCKETS_TLS_DIR']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
use RSockets\TimeoutException;
$dir = getenv('RSOCKETS_TLS_DIR');
$addr = getenv('RSOCKETS_TLS_DELAY'); // answers each line after 300 ms
$o = ['persistent' => 'stale', 'framing' => 'line', 'timeout' => 2, 'read_timeout' => 0.1,
      'tls' => ['cafile' => "$dir/ca.pem"]];

// 1. A request times out: its reply arrives later, on the connection the pool must not keep.
$c = new SocketClient($addr, $o);
try {
    $c->request('first');
} catch (TimeoutException $e) {
    echo get_class($e), "\n";
}
unset($c);
usleep(400000); // the late reply "first" is now in the socket
$c = new SocketClient($addr, ['read_timeout' => 1] + $o);
var_dump($c->getStats()['reused'], $c->request('second'));
unset($c);

// 2. An exception between sendFrame() and receiveFrame(): the frame owed is not paid.
function half(string $addr, array $o): void
{
    $c = new SocketClient($addr, $o);
    $c->sendFrame('third');
    throw new RuntimeException('aborted between send and receive');
}
try {
    half($addr, $o);
} catch (RuntimeException $e) {
    echo $e->getMessage(), "\n";
}
usleep(400000);
$c = new SocketClient($addr, ['read_timeout' => 1] + $o);
var_dump($c->getStats()['reused'], $c->request('fourth'));
unset($c);

// 3. A clean exchange hands the connection back, and the next client reuses it.
$c = new SocketClient($addr, ['read_timeout' => 1] + $o);
var_dump($c->getStats()['reused'], $c->request('fifth'));
?>
--EXPECT--
RSockets\TimeoutException
bool(false)
string(6) "second"
aborted between send and receive
bool(false)
string(6) "fourth"
bool(true)
string(5) "fifth"
