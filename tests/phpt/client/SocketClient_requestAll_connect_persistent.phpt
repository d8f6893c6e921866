--TEST--
SocketClient 'lazy_connect' with 'persistent': an idle pooled connection is taken by the constructor; one made inside requestAll() is handed back on the same terms
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TCP_LINE', 'RSOCKETS_TCP_DELAY']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$o = ['persistent' => 'lazy-pool', 'framing' => 'line', 'timeout' => 2, 'lazy_connect' => true];
$addr = 'tcp://' . getenv('RSOCKETS_TCP_LINE');
$a = new SocketClient($addr, $o);
var_dump($a->isConnected(), $a->getStats()['reused']);
$r = SocketClient::requestAll(['a' => [$a, 'one']]);
var_dump($r['a'], $a->isConnected());
$local = $a->getLocalAddress();
$a->close();
// The pool has it: the next lazy client takes it at construction (no connect needed).
$b = new SocketClient($addr, $o);
var_dump($b->isConnected(), $b->getStats()['reused'], $b->getLocalAddress() === $local);
var_dump($b->request('two'));
$b->close();
// Not lazy, same key: the same pooled connection.
$c = new SocketClient($addr, ['lazy_connect' => false] + $o);
var_dump($c->getStats()['reused'], $c->getLocalAddress() === $local);
$c->close();
// A connection made inside requestAll() whose reply was still on its way is not pooled.
$p = ['persistent' => 'lazy-pool-delay', 'framing' => 'line', 'timeout' => 2, 'lazy_connect' => true];
$daddr = 'tcp://' . getenv('RSOCKETS_TCP_DELAY');
$old = new SocketClient($daddr, $p);
$r = SocketClient::requestAll([[$old, 'stale']], 0.1);
echo get_class($r[0]), "\n";
$old->close();
usleep(400000);
$new = new SocketClient($daddr, $p);
var_dump($new->isConnected(), $new->getStats()['reused'], $new->request('fresh'));
?>
--EXPECT--
bool(false)
bool(false)
string(3) "one"
bool(true)
bool(true)
bool(true)
bool(true)
string(3) "two"
bool(true)
bool(true)
RSockets\TimeoutException
bool(false)
bool(false)
string(5) "fresh"
