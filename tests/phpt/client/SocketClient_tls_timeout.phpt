--TEST--
SocketClient over TLS: the handshake counts against connect_timeout (a silent peer: TlsException 110 on time); a plain-text peer is not a TLS server
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TCP_SILENT', 'RSOCKETS_TCP_CLOSE5', 'RSOCKETS_TLS']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$t = microtime(true);
try {
    new SocketClient('tls://' . getenv('RSOCKETS_TCP_SILENT'), ['connect_timeout' => 0.2, 'tls' => ['verify_peer' => false]]);
} catch (RSockets\ConnectException $e) {
    $dt = microtime(true) - $t;
    echo get_class($e), ' (', $e->getCode(), '): ', preg_replace('/:\d+ failed/', ':PORT failed', $e->getMessage()), "\n";
    var_dump($dt >= 0.19 && $dt < 0.5);
}
// An echo server without TLS sends the ClientHello back (5 bytes, then it closes).
try {
    new SocketClient('tls://' . getenv('RSOCKETS_TCP_CLOSE5'), ['timeout' => 2]);
} catch (RSockets\TlsException $e) {
    echo get_class($e), ' (', $e->getCode(), ")\n";
}
?>
--EXPECT--
RSockets\TlsException (110): TLS handshake with 127.0.0.1:PORT failed: timed out after 0.2 s [110]
bool(true)
RSockets\TlsException (0)
