--TEST--
SocketClient over TLS: mutual TLS with local_cert/local_pk, encrypted keys and passphrase, refused client certificates
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TLS_MTLS', 'RSOCKETS_TLS_DIR']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$dir = getenv('RSOCKETS_TLS_DIR');
function mtls(array $tls) {
    global $dir;
    try {
        $c = new SocketClient(getenv('RSOCKETS_TLS_MTLS'), ['timeout' => 2, 'framing' => 'line', 'tls' => $tls + ['cafile' => "$dir/ca.pem"]]);
        $c->send("ping\n");
        $r = '';
        while (strlen($r) < 5) $r .= $c->receive(10);
        echo "ok: $r";
    } catch (RSockets\SocketException $e) {
        echo get_class($e), ' (', $e->getCode(), '): ', str_replace($dir, 'DIR', preg_replace('/127\.0\.0\.1:\d+/', 'PEER', $e->getMessage())), "\n";
    }
}
echo "-- no client certificate (TLS 1.3: the server's alert comes on the first read)\n";
mtls([]);
echo "-- the client certificate and its key\n";
mtls(['local_cert' => "$dir/client.pem", 'local_pk' => "$dir/client.key"]);
echo "-- certificate and key in one file: local_pk defaults to local_cert\n";
file_put_contents("$dir/client-both.pem", file_get_contents("$dir/client.pem") . file_get_contents("$dir/client.key"));
mtls(['local_cert' => "$dir/client-both.pem"]);
echo "-- encrypted key: with, without and with a wrong passphrase\n";
mtls(['local_cert' => "$dir/client.pem", 'local_pk' => "$dir/client-encrypted.key", 'passphrase' => 'rsockets-test']);
mtls(['local_cert' => "$dir/client.pem", 'local_pk' => "$dir/client-encrypted.key"]);
mtls(['local_cert' => "$dir/client.pem", 'local_pk' => "$dir/client-encrypted.key", 'passphrase' => 'wrong']);
echo "-- legacy encrypted PEM key\n";
file_put_contents("$dir/legacy.key", "-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF\n\nAAAA\n-----END EC PRIVATE KEY-----\n");
mtls(['local_cert' => "$dir/client.pem", 'local_pk' => "$dir/legacy.key", 'passphrase' => 'x']);
echo "-- a key that does not belong to the certificate; no key at all\n";
mtls(['local_cert' => "$dir/client.pem", 'local_pk' => "$dir/other-client.key"]);
mtls(['local_cert' => "$dir/client.pem"]);
echo "-- a client certificate from another CA\n";
mtls(['local_cert' => "$dir/other-client.pem", 'local_pk' => "$dir/other-client.key"]);
?>
--EXPECT--
-- no client certificate (TLS 1.3: the server's alert comes on the first read)
RSockets\TlsException (0): TLS error from PEER: the server requires a client certificate (set local_cert and local_pk)
-- the client certificate and its key
ok: ping
-- certificate and key in one file: local_pk defaults to local_cert
ok: ping
-- encrypted key: with, without and with a wrong passphrase
ok: ping
RSockets\TlsException (0): TLS setup for PEER failed: the private key in DIR/client-encrypted.key is encrypted and no passphrase was given
RSockets\TlsException (0): TLS setup for PEER failed: cannot decrypt the private key in DIR/client-encrypted.key: wrong passphrase or unsupported encryption
-- legacy encrypted PEM key
RSockets\TlsException (0): TLS setup for PEER failed: the private key in DIR/legacy.key uses OpenSSL's legacy encryption (Proc-Type: 4,ENCRYPTED), which is not supported; convert it with `openssl pkcs8 -topk8 -v2 aes-256-cbc`
-- a key that does not belong to the certificate; no key at all
RSockets\TlsException (0): TLS setup for PEER failed: the private key in DIR/other-client.key is not the key of the certificate in DIR/client.pem
RSockets\TlsException (0): TLS setup for PEER failed: no private key found in DIR/client.pem
-- a client certificate from another CA
RSockets\TlsException (0): TLS error from PEER: the server rejected the client certificate (alert UnknownCA)
