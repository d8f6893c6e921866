<?php
// SocketClient over TLS: the server is verified against a CA file, then request/response with
// framing as over plain TCP. A certificate that does not carry the expected name fails the
// connect with RSockets\TlsException, before a byte of the request is sent.
//   php -d extension=/path/to/librsockets.so php/examples/socketclient-tls.php tls://127.0.0.1:4433 ca.pem
// A server for it (scripts/demo.sh starts one):
//   rsockets-echo --gen-test-pki /tmp/pki
//   rsockets-echo --cert /tmp/pki/server.pem --key /tmp/pki/server.key \
//       --listen 'tls://127.0.0.1:4433?mode=frame&header=N'
use RSockets\SocketClient;
use RSockets\TlsException;

$address = $argv[1] ?? 'tls://127.0.0.1:4433';
$cafile = $argv[2] ?? '/tmp/pki/ca.pem';

$c = new SocketClient($address, [
    'framing' => ['length' => 'N'],   // 4-byte big-endian length, then the payload
    'timeout' => 2,                   // the TLS handshake counts against it too
    'tls' => ['cafile' => $cafile],   // the certificate must name the address's host
]);
echo $c->request('PING over TLS'), "\n";
print_r($c->getTlsInfo());            // protocol, cipher, alpn, resumed, peer_name
$c->close();

try {
    new SocketClient($address, ['timeout' => 2, 'tls' => ['cafile' => $cafile, 'peer_name' => 'wrong.example']]);
} catch (TlsException $e) {           // extends ConnectException
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
