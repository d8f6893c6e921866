--TEST--
SocketClient: persistent connections are reused after close(), checked before reuse, never reused after a timeout
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TCP4', 'RSOCKETS_TCP_SILENT', 'RSOCKETS_TCP_CLOSE5']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$addr = 'tcp://' . getenv('RSOCKETS_TCP4');
function show(SocketClient $c) { $s = $c->getStats(); echo 'reused=', var_export($s['reused'], true), ' reconnects=', $s['reconnects'], "\n"; }

$a = new SocketClient($addr, ['persistent' => true, 'timeout' => 2, 'framing' => 'line']);
show($a);
$local = $a->getLocalAddress();
var_dump($a->request("one"));
$a->close();
$b = new SocketClient($addr, ['persistent' => true, 'timeout' => 2, 'framing' => 'line']);
show($b);
var_dump($b->getLocalAddress() === $local, $b->request("two"));
// Another key, another connection.
$k = new SocketClient($addr, ['persistent' => 'other', 'timeout' => 2, 'framing' => 'line']);
show($k);
var_dump($k->getLocalAddress() !== $local);
$k->close();
// A client going out of scope hands its connection back too.
unset($b);
$c = new SocketClient($addr, ['persistent' => true, 'timeout' => 2, 'framing' => 'line']);
show($c);
var_dump($c->getLocalAddress() === $local);
// A frame sent and not answered: the connection is closed, not pooled, however long the
// reply takes (here it has arrived: the pool would not even look).
$c->sendFrame("unread");
usleep(50000);
$c->close();
$d = new SocketClient($addr, ['persistent' => true, 'timeout' => 2, 'framing' => 'line']);
show($d);
var_dump($d->getLocalAddress() !== $local, $d->request("fresh"));
$local = $d->getLocalAddress();
// close(true) destroys it.
$d->close(true);
$e = new SocketClient($addr, ['persistent' => true, 'timeout' => 2, 'framing' => 'line']);
show($e);
var_dump($e->getLocalAddress() !== $local);
$e->close();

// A connection that saw a timeout is never reused.
$silent = 'tcp://' . getenv('RSOCKETS_TCP_SILENT');
$s = new SocketClient($silent, ['persistent' => true, 'timeout' => 0.1]);
$local = $s->getLocalAddress();
try { $s->request("x"); } catch (RSockets\TimeoutException $ex) { echo "timeout\n"; }
$s->close();
$t = new SocketClient($silent, ['persistent' => true, 'timeout' => 0.1]);
show($t);
var_dump($t->getLocalAddress() !== $local);

// A peer that closed: replaced on reuse.
$closing = 'tcp://' . getenv('RSOCKETS_TCP_CLOSE5');
$p = new SocketClient($closing, ['persistent' => true, 'timeout' => 2, 'framing' => 'line']);
var_dump($p->request("1234"));
$p->close();
usleep(50000);
$q = new SocketClient($closing, ['persistent' => true, 'timeout' => 2, 'framing' => 'line']);
show($q);
// Not persistent: never from the pool.
$n = new SocketClient($addr, ['timeout' => 2]);
show($n);
?>
--EXPECT--
reused=false reconnects=0
string(3) "one"
reused=true reconnects=0
bool(true)
string(3) "two"
reused=false reconnects=0
bool(true)
reused=true reconnects=0
bool(true)
reused=false reconnects=0
bool(true)
string(5) "fresh"
reused=false reconnects=0
bool(true)
timeout
reused=false reconnects=0
bool(true)
string(4) "1234"
reused=false reconnects=1
reused=false reconnects=0
