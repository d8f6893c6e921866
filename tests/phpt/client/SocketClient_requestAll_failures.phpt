--TEST--
SocketClient::requestAll(): a silent peer times out alone at the deadline, a closing peer and a closed client fail alone
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TCP_LINE', 'RSOCKETS_TCP_SILENT', 'RSOCKETS_UDP_SILENT', 'RSOCKETS_TCP_DELAY', 'RSOCKETS_TCP_CLOSE5', 'RSOCKETS_UDP4']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$o = ['framing' => 'line', 'timeout' => 5];
$many = [];
for ($i = 0; $i < 5; $i++) {
    $many["echo$i"] = [new SocketClient('tcp://' . getenv('RSOCKETS_TCP_LINE'), $o), "hello $i"];
}
$many['silent'] = [new SocketClient('tcp://' . getenv('RSOCKETS_TCP_SILENT'), $o), 'anyone?'];
$many['udp-silent'] = [new SocketClient('udp://' . getenv('RSOCKETS_UDP_SILENT'), ['timeout' => 5]), 'dgram'];
$many['delayed'] = [new SocketClient('tcp://' . getenv('RSOCKETS_TCP_DELAY'), ['timeout' => 5]), 'late'];
// close_after=5: the peer closes after 5 bytes, before a line ends.
$many['closes'] = [new SocketClient('tcp://' . getenv('RSOCKETS_TCP_CLOSE5'), $o), '123456789'];
$closed = new SocketClient('udp://' . getenv('RSOCKETS_UDP4'));
$closed->close();
$many['closed'] = [$closed, 'x'];
$t = microtime(true);
$r = SocketClient::requestAll($many, 0.5);
$dt = microtime(true) - $t;
var_dump($dt >= 0.49 && $dt < 0.9);
foreach ($r as $k => $v) {
    echo $k, ': ', is_string($v) ? $v : get_class($v) . ' ' . $v->getCode() . ' ' . preg_replace('/\S+:\d+|\/\S+/', 'ADDR', $v->getMessage()), "\n";
}
var_dump($r['silent'] instanceof RSockets\SocketException, $r['silent']->getLine() > 0);
// Without $timeout: the largest read_timeout (0.3 s here), not the smaller one.
$a = new SocketClient('tcp://' . getenv('RSOCKETS_TCP_SILENT'), ['timeout' => 0.1]);
$b = new SocketClient('tcp://' . getenv('RSOCKETS_TCP_SILENT'), ['timeout' => 0.3]);
$t = microtime(true);
$r = SocketClient::requestAll([[$a, 'x'], [$b, 'y']]);
$dt = microtime(true) - $t;
var_dump($dt >= 0.29 && $dt < 0.7, get_class($r[0]), get_class($r[1]));
// A timed-out client is tainted: its late reply is never returned by a later request.
$slow = new SocketClient('tcp://' . getenv('RSOCKETS_TCP_DELAY'), ['timeout' => 2]);
$r = SocketClient::requestAll(['s' => [$slow, 'first']], 0.05);
echo get_class($r['s']), "\n";
// A persistent connection whose reply was still on its way is not pooled: the next client with
// the same key gets a fresh connection, and its own reply, not the stale "first".
$p = ['persistent' => 'request-all', 'framing' => 'line', 'timeout' => 2];
$old = new SocketClient('tcp://' . getenv('RSOCKETS_TCP_DELAY'), $p);
$r = SocketClient::requestAll([[$old, 'stale']], 0.05);
echo get_class($r[0]), "\n";
$old->close();
usleep(400000);
$new = new SocketClient('tcp://' . getenv('RSOCKETS_TCP_DELAY'), $p);
var_dump($new->getStats()['reused'], $new->request('fresh'));
// A connection that answered in full is pooled and reused.
$r = SocketClient::requestAll([[$new, 'second']]);
var_dump($r[0]);
$new->close();
$again = new SocketClient('tcp://' . getenv('RSOCKETS_TCP_DELAY'), $p);
var_dump($again->getStats()['reused']);
?>
--EXPECT--
bool(true)
echo0: hello 0
echo1: hello 1
echo2: hello 2
echo3: hello 3
echo4: hello 4
silent: RSockets\TimeoutException 110 Receive from ADDR timed out after 0.5 s
udp-silent: RSockets\TimeoutException 110 Receive from ADDR timed out after 0.5 s
delayed: late
closes: RSockets\ConnectionClosedException 0 Connection closed by ADDR in the middle of a frame (5 bytes received)
closed: RSockets\SocketException 0 The connection to ADDR is closed
bool(true)
bool(true)
bool(true)
string(25) "RSockets\TimeoutException"
string(25) "RSockets\TimeoutException"
RSockets\TimeoutException
RSockets\TimeoutException
bool(false)
string(5) "fresh"
string(6) "second"
bool(true)
