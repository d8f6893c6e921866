--TEST--
SocketClient::requestAll(): a refused, an unresolvable and a silent TLS peer among good lazy clients fail alone, each with the constructor's exception
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TCP_LINE', 'RSOCKETS_TCP_SILENT', 'RSOCKETS_TLS_LINE', 'RSOCKETS_TLS_DIR']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
// A port that refuses: bound, not listening.
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($s, '127.0.0.1', 0);
socket_getsockname($s, $ip, $port);
$lazy = ['timeout' => 3, 'framing' => 'line', 'lazy_connect' => true];
$tls = ['cafile' => getenv('RSOCKETS_TLS_DIR') . '/ca.pem'];
$req = [
    'good1' => [new SocketClient('tcp://' . getenv('RSOCKETS_TCP_LINE'), $lazy), 'one'],
    'refused' => [new SocketClient("tcp://127.0.0.1:$port", $lazy), 'x'],
    'unresolvable' => [new SocketClient('tcp://no-such-host.invalid:80', $lazy), 'x'],
    // TCP connects, the TLS handshake never ends: its connect_timeout (0.3 s) ends it.
    'silent-tls' => [new SocketClient('tls://' . getenv('RSOCKETS_TCP_SILENT'), $lazy + ['connect_timeout' => 0.3, 'tls' => $tls]), 'x'],
    'good-tls' => [new SocketClient(getenv('RSOCKETS_TLS_LINE'), $lazy + ['tls' => $tls]), 'two'],
    'good2' => [new SocketClient('tcp://' . getenv('RSOCKETS_TCP_LINE'), $lazy), 'three'],
];
$t = microtime(true);
$r = SocketClient::requestAll($req, 3);
$dt = microtime(true) - $t;
foreach ($r as $k => $v) {
    echo $k, ': ', is_string($v) ? $v : get_class($v) . ' ' . $v->getCode() . ' ' . preg_replace(['/\d+\.\d+\.\d+\.\d+:\d+/', '/(resolve host no-such-host\.invalid): .*/'], ['ADDR', '$1: WHY'], $v->getMessage()), "\n";
}
// The silent peer cost its connect_timeout, not the call's 3 s.
var_dump($dt < 2.0);
// A client whose connect failed stays unconnected: the next method tries again.
$c = $req['refused'][0];
var_dump($c->isConnected(), $c->getStats()['frames_sent']);
try {
    $c->request('x');
} catch (RSockets\ConnectException $e) {
    echo get_class($e), ' ', $e->getCode(), "\n";
}
var_dump($req['good1'][0]->request('four'));
// The call's deadline ends a connect still under way: TimeoutException.
$slow = new SocketClient('tls://' . getenv('RSOCKETS_TCP_SILENT'), $lazy + ['tls' => $tls]);
$r = SocketClient::requestAll(['s' => [$slow, 'x']], 0.2);
echo get_class($r['s']), ' ', $r['s']->getCode(), ' ', preg_replace('/\d+\.\d+\.\d+\.\d+:\d+/', 'ADDR', $r['s']->getMessage()), "\n";
?>
--EXPECT--
good1: one
refused: RSockets\ConnectException 111 Connection to ADDR refused [111]
unresolvable: RSockets\ConnectException 0 Cannot resolve host no-such-host.invalid: WHY
silent-tls: RSockets\TlsException 110 TLS handshake with ADDR failed: timed out after 0.3 s [110]
good-tls: two
good2: three
bool(true)
bool(false)
int(0)
RSockets\ConnectException 111
string(4) "four"
RSockets\TimeoutException 110 Connection to ADDR timed out after 0.2 s
