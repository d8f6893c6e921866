--TEST--
SocketClient over TLS: certificate verification (unknown issuer, self-signed, name mismatch, expired) and the options that change it
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TLS', 'RSOCKETS_TLS_WRONG_NAME', 'RSOCKETS_TLS_EXPIRED', 'RSOCKETS_TLS_SELF_SIGNED', 'RSOCKETS_TLS_DIR']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$dir = getenv('RSOCKETS_TLS_DIR');
$ca = $dir . '/ca.pem';
function try_tls(string $env, array $tls, string $host = '127.0.0.1') {
    $addr = str_replace('127.0.0.1', $host, getenv($env));
    try {
        $c = new SocketClient($addr, ['timeout' => 2, 'framing' => 'line', 'tls' => $tls]);
        $c->send("ping\n");
        echo "ok: ", $c->receive(10) === "ping\n" ? 'echo' : 'bad echo', ', peer_name ', $c->getTlsInfo()['peer_name'], "\n";
    } catch (RSockets\SocketException $e) {
        echo get_class($e), ' (', $e->getCode(), '): ', preg_replace('/:\d+ failed/', ':PORT failed', $e->getMessage()), "\n";
    }
}
echo "-- trusted CA, by IP and by name (SNI localhost)\n";
try_tls('RSOCKETS_TLS', ['cafile' => $ca]);
try_tls('RSOCKETS_TLS', ['cafile' => $ca], 'localhost');
echo "-- another CA; the system store\n";
try_tls('RSOCKETS_TLS', ['cafile' => "$dir/other-ca.pem"]);
try_tls('RSOCKETS_TLS', []);
echo "-- capath\n";
try_tls('RSOCKETS_TLS', ['capath' => "$dir/capath"]);
echo "-- self-signed\n";
try_tls('RSOCKETS_TLS_SELF_SIGNED', ['cafile' => $ca]);
try_tls('RSOCKETS_TLS_SELF_SIGNED', ['cafile' => $ca, 'allow_self_signed' => true]);
try_tls('RSOCKETS_TLS_SELF_SIGNED', ['cafile' => "$dir/self-signed.pem"]);
echo "-- wrong name\n";
try_tls('RSOCKETS_TLS_WRONG_NAME', ['cafile' => $ca]);
try_tls('RSOCKETS_TLS_WRONG_NAME', ['cafile' => $ca, 'peer_name' => 'wrong.example']);
try_tls('RSOCKETS_TLS_WRONG_NAME', ['cafile' => $ca, 'verify_peer_name' => false]);
try_tls('RSOCKETS_TLS', ['cafile' => $ca, 'peer_name' => 'other.example']);
echo "-- expired\n";
try_tls('RSOCKETS_TLS_EXPIRED', ['cafile' => $ca]);
try_tls('RSOCKETS_TLS_EXPIRED', ['cafile' => $ca, 'verify_peer_name' => false]);
echo "-- verify_peer => false accepts anything\n";
try_tls('RSOCKETS_TLS_EXPIRED', ['verify_peer' => false]);
try_tls('RSOCKETS_TLS_WRONG_NAME', ['verify_peer' => false]);
try_tls('RSOCKETS_TLS_SELF_SIGNED', ['verify_peer' => false]);
echo "-- SNI off: still verified against the host\n";
try_tls('RSOCKETS_TLS', ['cafile' => $ca, 'SNI_enabled' => false], 'localhost');
echo "-- files that cannot be read\n";
try_tls('RSOCKETS_TLS', ['cafile' => "$dir/missing.pem"]);
try_tls('RSOCKETS_TLS', ['capath' => "$dir/missing"]);
try_tls('RSOCKETS_TLS', ['cafile' => "$dir/server.key"]);
var_dump(is_subclass_of('RSockets\TlsException', 'RSockets\ConnectException'));
?>
--EXPECTF--
-- trusted CA, by IP and by name (SNI localhost)
ok: echo, peer_name 127.0.0.1
ok: echo, peer_name localhost
-- another CA; the system store
RSockets\TlsException (0): TLS handshake with 127.0.0.1:PORT failed: certificate verify failed: unknown issuer (the certificate is not signed by a trusted CA; set cafile or capath)
RSockets\TlsException (0): TLS handshake with 127.0.0.1:PORT failed: certificate verify failed: unknown issuer (the certificate is not signed by a trusted CA; set cafile or capath)
-- capath
ok: echo, peer_name 127.0.0.1
-- self-signed
RSockets\TlsException (0): TLS handshake with 127.0.0.1:PORT failed: certificate verify failed: self-signed certificate (trust it with cafile, or set allow_self_signed)
ok: echo, peer_name 127.0.0.1
ok: echo, peer_name 127.0.0.1
-- wrong name
RSockets\TlsException (0): TLS handshake with 127.0.0.1:PORT failed: certificate verify failed: name mismatch: the certificate is for wrong.example, not 127.0.0.1 (set peer_name, or verify_peer_name => false)
ok: echo, peer_name wrong.example
ok: echo, peer_name 127.0.0.1
RSockets\TlsException (0): TLS handshake with 127.0.0.1:PORT failed: certificate verify failed: name mismatch: the certificate is for localhost, 127.0.0.1, ::1, not other.example (set peer_name, or verify_peer_name => false)
-- expired
RSockets\TlsException (0): TLS handshake with 127.0.0.1:PORT failed: certificate verify failed: certificate has expired (valid until 2001-01-01)
RSockets\TlsException (0): TLS handshake with 127.0.0.1:PORT failed: certificate verify failed: certificate has expired (valid until 2001-01-01)
-- verify_peer => false accepts anything
ok: echo, peer_name 127.0.0.1
ok: echo, peer_name 127.0.0.1
ok: echo, peer_name 127.0.0.1
-- SNI off: still verified against the host
ok: echo, peer_name localhost
-- files that cannot be read
RSockets\TlsException (0): TLS setup for 127.0.0.1:PORT failed: cannot read cafile %s/missing.pem: No such file or directory [2]
RSockets\TlsException (0): TLS setup for 127.0.0.1:PORT failed: cannot read capath %s/missing: No such file or directory [2]
RSockets\TlsException (0): TLS setup for 127.0.0.1:PORT failed: no certificate found in cafile %s/server.key
bool(true)
