--TEST--
SocketClient::requestAll() connects lazy_connect clients itself, concurrently (TCP and TLS, handshakes included)
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TCP_DELAY', 'RSOCKETS_TCP_LINE', 'RSOCKETS_TLS_LINE', 'RSOCKETS_TLS_DIR']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
// 8 peers answering after 300 ms each: one after the other that is 2.4 s; at once, about 0.3 s.
$n = 8;
$req = [];
for ($i = 0; $i < $n; $i++) {
    $c = new SocketClient('tcp://' . getenv('RSOCKETS_TCP_DELAY'), ['timeout' => 5, 'lazy_connect' => true]);
    $req["d$i"] = [$c, "hello $i"];
}
var_dump($req['d0'][0]->isConnected(), $req['d0'][0]->getStats()['bytes_sent']);
$t = microtime(true);
$r = SocketClient::requestAll($req);
$dt = microtime(true) - $t;
$ok = 0;
foreach ($r as $k => $v) {
    $ok += $v === 'hello ' . substr($k, 1);
}
echo "$ok of $n replies\n";
// A loose bound: far below sequential (n x 0.3 s), whatever the machine's load.
var_dump($dt < $n * 0.3 / 2);
$c = $req['d3'][0];
var_dump($c->isConnected(), $c->getStats()['frames_sent'], $c->getRemoteAddress() === getenv('RSOCKETS_TCP_DELAY'));
var_dump($c->request('again'));

// Host names: every lookup at once, on helper threads (more than the 32 that may run at a time in a
// process: a lookup beyond them waits for a slot instead of failing).
$port = explode(':', getenv('RSOCKETS_TCP_LINE'))[1];
$req = [];
for ($i = 0; $i < 40; $i++) {
    $req[] = [new SocketClient("tcp://localhost:$port", ['timeout' => 5, 'framing' => 'line', 'lazy_connect' => true]), "n$i"];
}
$r = SocketClient::requestAll($req, 5);
$ok = 0;
foreach ($r as $i => $v) {
    $ok += $v === "n$i";
}
echo "$ok of 40 replies by name\n";

// TLS: the handshakes run in the same loop.
$tls = ['cafile' => getenv('RSOCKETS_TLS_DIR') . '/ca.pem'];
$req = [];
for ($i = 0; $i < 6; $i++) {
    $req[] = [new SocketClient(getenv('RSOCKETS_TLS_LINE'), ['timeout' => 5, 'framing' => 'line', 'tls' => $tls, 'lazy_connect' => true]), "tls $i"];
}
$r = SocketClient::requestAll($req, 5);
var_dump($r);
$info = $req[5][0]->getTlsInfo();
var_dump($info['peer_name'], $req[5][0]->request('next'));
?>
--EXPECT--
bool(false)
int(0)
8 of 8 replies
bool(true)
bool(true)
int(1)
bool(true)
string(5) "again"
40 of 40 replies by name
array(6) {
  [0]=>
  string(5) "tls 0"
  [1]=>
  string(5) "tls 1"
  [2]=>
  string(5) "tls 2"
  [3]=>
  string(5) "tls 3"
  [4]=>
  string(5) "tls 4"
  [5]=>
  string(5) "tls 5"
}
string(9) "127.0.0.1"
string(4) "next"
