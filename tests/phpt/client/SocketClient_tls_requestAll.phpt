--TEST--
SocketClient::requestAll() with TLS and plain clients under one deadline
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TLS_LINE', 'RSOCKETS_TLS_FRAME_N', 'RSOCKETS_TCP4', 'RSOCKETS_TCP_SILENT', 'RSOCKETS_TLS_DIR']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$tls = ['cafile' => getenv('RSOCKETS_TLS_DIR') . '/ca.pem'];
$line = new SocketClient(getenv('RSOCKETS_TLS_LINE'), ['timeout' => 2, 'framing' => 'line', 'tls' => $tls]);
$frame = new SocketClient(getenv('RSOCKETS_TLS_FRAME_N'), ['timeout' => 2, 'framing' => ['length' => 'N'], 'tls' => $tls]);
$plain = new SocketClient('tcp://' . getenv('RSOCKETS_TCP4'), ['timeout' => 2, 'framing' => 'line']);
$silent = new SocketClient('tcp://' . getenv('RSOCKETS_TCP_SILENT'), ['timeout' => 2, 'framing' => 'line']);
$big = str_repeat('z', 200000);
$t = microtime(true);
$r = SocketClient::requestAll([
    'line' => [$line, 'hello'],
    'frame' => [$frame, $big],
    'plain' => [$plain, 'plain'],
    'silent' => [$silent, 'x'],
], 0.5);
$dt = microtime(true) - $t;
var_dump($r['line'], $r['frame'] === $big, $r['plain'], get_class($r['silent']));
var_dump($dt >= 0.45 && $dt < 1.5);
// The TLS connections are in step: the next request works.
var_dump($line->request('again'), $frame->request('f'));
?>
--EXPECT--
string(5) "hello"
bool(true)
string(5) "plain"
string(25) "RSockets\TimeoutException"
bool(true)
string(5) "again"
string(1) "f"
