--TEST--
SocketClient over TLS: ALPN (agreed, refused), min_version against a TLS 1.2 server, SNI_enabled
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TLS', 'RSOCKETS_TLS_ALPN', 'RSOCKETS_TLS12', 'RSOCKETS_TLS_DIR']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$ca = getenv('RSOCKETS_TLS_DIR') . '/ca.pem';
function info(string $env, array $tls) {
    global $ca;
    try {
        $c = new SocketClient(getenv($env), ['timeout' => 2, 'tls' => $tls + ['cafile' => $ca]]);
        $c->send('x');
        $c->receive(1);
        $i = $c->getTlsInfo();
        echo $i['protocol'], ' alpn=', var_export($i['alpn'], true), "\n";
    } catch (RSockets\SocketException $e) {
        echo get_class($e), ': ', preg_replace('/:\d+ failed/', ':PORT failed', $e->getMessage()), "\n";
    }
}
info('RSOCKETS_TLS_ALPN', ['alpn_protocols' => ['h2', 'rsockets/1']]);
info('RSOCKETS_TLS_ALPN', ['alpn_protocols' => 'rsockets/1,h2']);
info('RSOCKETS_TLS_ALPN', ['alpn_protocols' => ['h2']]);
info('RSOCKETS_TLS_ALPN', []);
info('RSOCKETS_TLS', ['alpn_protocols' => ['h2']]);
info('RSOCKETS_TLS12', []);
info('RSOCKETS_TLS12', ['min_version' => '1.2']);
info('RSOCKETS_TLS12', ['min_version' => '1.3']);
info('RSOCKETS_TLS', ['min_version' => '1.3']);
info('RSOCKETS_TLS', ['SNI_enabled' => false]);
?>
--EXPECT--
TLSv1.3 alpn='rsockets/1'
TLSv1.3 alpn='rsockets/1'
RSockets\TlsException: TLS handshake with 127.0.0.1:PORT failed: no ALPN protocol in common: the server supports none of alpn_protocols
TLSv1.3 alpn=NULL
TLSv1.3 alpn=NULL
TLSv1.2 alpn=NULL
TLSv1.2 alpn=NULL
RSockets\TlsException: TLS handshake with 127.0.0.1:PORT failed: no protocol version in common with the server (min_version)
TLSv1.3 alpn=NULL
TLSv1.3 alpn=NULL
