--TEST--
SocketClient over TLS: persistent connections reused by address and TLS options, session resumption on reconnect, close_notify from the server makes a pooled connection unsound
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TLS_LINE', 'RSOCKETS_TLS_CLOSE5', 'RSOCKETS_TLS_DIR']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$dir = getenv('RSOCKETS_TLS_DIR');
$addr = getenv('RSOCKETS_TLS_LINE');
$o = ['persistent' => true, 'timeout' => 2, 'framing' => 'line', 'tls' => ['cafile' => "$dir/ca.pem"]];
function show(SocketClient $c) {
    $s = $c->getStats();
    echo 'reused=', var_export($s['reused'], true), ' reconnects=', $s['reconnects'], ' resumed=', var_export($c->getTlsInfo()['resumed'], true), "\n";
}
$a = new SocketClient($addr, $o);
show($a);
$local = $a->getLocalAddress();
var_dump($a->request('one'));
// Idle for a moment: the server's TLS 1.3 session tickets are waiting on the socket.
usleep(50000);
$a->close();
$b = new SocketClient($addr, $o);
show($b);
var_dump($b->getLocalAddress() === $local, $b->request('two'));
// Other TLS options (trust, identity, name): another pooled connection.
$o2 = $o;
$o2['tls']['peer_name'] = 'localhost';
$k = new SocketClient($addr, $o2);
show($k);
var_dump($k->getLocalAddress() !== $local, $k->request('three'));
$k->close();
// Destroyed: the next connection is new, with a resumed TLS session.
$b->close(true);
$c = new SocketClient($addr, $o);
show($c);
var_dump($c->getLocalAddress() !== $local, $c->request('four'));
$c->close(true);

// The server closes (close_notify + FIN) after 5 bytes: the pooled connection is unsound.
$close5 = getenv('RSOCKETS_TLS_CLOSE5');
$d = new SocketClient($close5, $o);
var_dump($d->request('five'));
$local = $d->getLocalAddress();
usleep(100000);
$d->close();
$e = new SocketClient($close5, $o);
show($e);
var_dump($e->getLocalAddress() !== $local);
$e->close(true);
?>
--EXPECT--
reused=false reconnects=0 resumed=false
string(3) "one"
reused=true reconnects=0 resumed=false
bool(true)
string(3) "two"
reused=false reconnects=0 resumed=false
bool(true)
string(5) "three"
reused=false reconnects=0 resumed=true
bool(true)
string(4) "four"
string(4) "five"
reused=false reconnects=1 resumed=true
bool(true)
