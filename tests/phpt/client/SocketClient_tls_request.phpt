--TEST--
SocketClient over TLS: request() with framing, receive*(), getTlsInfo(), ssl:// alias, getSocket() refused
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TLS', 'RSOCKETS_TLS_FRAME_N', 'RSOCKETS_TLS_LINE', 'RSOCKETS_TLS_DIR']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$ca = ['cafile' => getenv('RSOCKETS_TLS_DIR') . '/ca.pem'];

// Length-prefixed frames (the server echoes header + payload).
$c = new SocketClient(getenv('RSOCKETS_TLS_FRAME_N'), ['timeout' => 2, 'framing' => ['length' => 'N'], 'tls' => $ca]);
var_dump($c->request('hello'), $c->request(str_repeat('x', 100000)) === str_repeat('x', 100000));
$i = $c->getTlsInfo();
var_dump($i['protocol'], $i['alpn'], $i['resumed'], $i['peer_name'], str_starts_with($i['cipher'], 'TLS13_'));
$s = $c->getStats();
var_dump($s['frames_sent'], $s['frames_received'], $s['bytes_sent']);
$c->close();

// Lines, ssl:// as an alias.
$addr = str_replace('tls://', 'ssl://', getenv('RSOCKETS_TLS_LINE'));
$c = new SocketClient($addr, ['timeout' => 2, 'framing' => 'line', 'tls' => $ca]);
var_dump($c->request('one'), $c->request('two'));
$c->sendFrame('three');
var_dump($c->receiveFrame());

// Raw bytes: send() and the receive*() family.
$c = new SocketClient(getenv('RSOCKETS_TLS'), ['timeout' => 2, 'tls' => $ca]);
$c->send('abcdefgh');
var_dump($c->receiveExactly(3));
$rest = '';
while (strlen($rest) < 5) $rest .= $c->receive(100);
var_dump($rest);
var_dump($c->isConnected());
try {
    $c->getSocket();
} catch (RSockets\SocketException $e) {
    echo get_class($e), ': ', preg_replace('/:\d+/', ':PORT', $e->getMessage()), "\n";
}

// No TLS: null.
$p = new SocketClient('tcp://' . getenv('RSOCKETS_TCP4'), ['timeout' => 2]);
var_dump($p->getTlsInfo());
$c->close();
try {
    $c->getTlsInfo();
} catch (RSockets\SocketException $e) {
    echo get_class($e), "\n";
}
?>
--EXPECT--
string(5) "hello"
bool(true)
string(7) "TLSv1.3"
NULL
bool(false)
string(9) "127.0.0.1"
bool(true)
int(2)
int(2)
int(100013)
string(3) "one"
string(3) "two"
string(5) "three"
string(3) "abc"
string(5) "defgh"
bool(true)
RSockets\SocketException: Cannot hand out the socket of the TLS connection to 127.0.0.1:PORT: a TLS connection's descriptor would bypass TLS
NULL
RSockets\SocketException
