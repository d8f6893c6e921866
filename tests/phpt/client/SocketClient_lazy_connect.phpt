--TEST--
SocketClient 'lazy_connect': the constructor does not connect; the first method that needs the connection does, with the constructor's errors
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TCP_LINE']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$addr = 'tcp://' . getenv('RSOCKETS_TCP_LINE');
$c = new SocketClient($addr, ['lazy_connect' => true, 'framing' => 'line', 'timeout' => 2]);
var_dump($c->isConnected(), $c->getStats());
var_dump($c->request('ping'), $c->isConnected());
var_dump($c->getRemoteAddress() === getenv('RSOCKETS_TCP_LINE'));
// getRemoteAddress()/getLocalAddress() connect first, as every method that needs the connection.
$d = new SocketClient($addr, ['lazy_connect' => true]);
var_dump($d->getLocalAddress() !== '', $d->isConnected());
// A peer that refuses: no exception from the constructor, the constructor's from the first use.
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($s, '127.0.0.1', 0);
socket_getsockname($s, $ip, $port);
$r = new SocketClient("tcp://127.0.0.1:$port", ['lazy_connect' => true, 'retries' => 1, 'retry_delay' => 0.01]);
foreach (['send', 'getRemoteAddress'] as $m) {
    try {
        $m === 'send' ? $r->send('x') : $r->getRemoteAddress();
    } catch (RSockets\ConnectException $e) {
        echo $m, ': ', get_class($e), ' ', $e->getCode(), ' ', preg_replace('/:\d+/', ':PORT', $e->getMessage()), "\n";
    }
}
// Each connect that failed had its retry.
var_dump($r->getStats()['reconnects']);
// close() on a client never connected: fine; afterwards it is closed, not connected on demand.
$n = new SocketClient($addr, ['lazy_connect' => true]);
$n->close();
$n->close();
var_dump($n->isConnected());
try {
    $n->send('x');
} catch (RSockets\SocketException $e) {
    echo get_class($e), ': ', preg_replace('/\S+:\d+/', 'ADDR', $e->getMessage()), "\n";
}
// The option is checked like the other booleans.
foreach ([1, 'yes', null] as $v) {
    try {
        new SocketClient($addr, ['lazy_connect' => $v]);
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
// An invalid address is still refused by the constructor.
try {
    new SocketClient('tcp://nowhere', ['lazy_connect' => true]);
} catch (ValueError $e) {
    echo get_class($e), "\n";
}
?>
--EXPECT--
bool(false)
array(6) {
  ["bytes_sent"]=>
  int(0)
  ["bytes_received"]=>
  int(0)
  ["frames_sent"]=>
  int(0)
  ["frames_received"]=>
  int(0)
  ["reconnects"]=>
  int(0)
  ["reused"]=>
  bool(false)
}
string(4) "ping"
bool(true)
bool(true)
bool(true)
bool(true)
send: RSockets\ConnectException 111 Connection to 127.0.0.1:PORT refused [111]
getRemoteAddress: RSockets\ConnectException 111 Connection to 127.0.0.1:PORT refused [111]
int(2)
bool(false)
RSockets\SocketException: The connection to ADDR is closed
RSockets\SocketClient::__construct(): Option "lazy_connect" must be of type bool, int given
RSockets\SocketClient::__construct(): Option "lazy_connect" must be of type bool, string given
RSockets\SocketClient::__construct(): Option "lazy_connect" must be of type bool, null given
ValueError
