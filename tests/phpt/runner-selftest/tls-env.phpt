--TEST--
runner self-test: the echo server's TLS endpoints and test PKI, checked with PHP's own TLS streams
--DESCRIPTION--
Checks docker/test-env.sh and rsockets-echo's TLS listeners, not the extension: every TLS endpoint
is exported as tls://127.0.0.1:PORT, RSOCKETS_TLS_DIR holds the test PKI, and OpenSSL (through
PHP's streams) sees each endpoint as documented, the encrypted client key included.
--SKIPIF--
<?php if (!extension_loaded('openssl')) die('skip needs ext/openssl');
--FILE--
<?php
$dir = (string) getenv('RSOCKETS_TLS_DIR');
$names = ['RSOCKETS_TLS', 'RSOCKETS_TLS_FRAME_N', 'RSOCKETS_TLS_LINE', 'RSOCKETS_TLS_WRONG_NAME',
    'RSOCKETS_TLS_EXPIRED', 'RSOCKETS_TLS_SELF_SIGNED', 'RSOCKETS_TLS_MTLS', 'RSOCKETS_TLS_ALPN',
    'RSOCKETS_TLS12', 'RSOCKETS_TLS_CLOSE5'];
foreach ($names as $name) {
    if (preg_match('~^tls://127\.0\.0\.1:[1-9][0-9]*$~', (string) getenv($name)) !== 1) {
        echo "$name: ", var_export(getenv($name), true), "\n";
    }
}
var_dump(is_file("$dir/ca.pem"), scandir("$dir/capath"));

function open(string $var, array $ssl = []) {
    global $dir;
    $ctx = stream_context_create(['ssl' => $ssl + ['cafile' => "$dir/ca.pem", 'peer_name' => 'localhost']]);
    $c = @stream_socket_client((string) getenv($var), $errno, $errstr, 5, STREAM_CLIENT_CONNECT, $ctx);
    if ($c !== false) {
        stream_set_timeout($c, 5);
    }
    return $c;
}
function echoes($c, string $msg, int $want = -1): string {
    fwrite($c, $msg);
    $want = $want < 0 ? strlen($msg) : $want;
    $got = '';
    while (strlen($got) < $want && !feof($c) && !stream_get_meta_data($c)['timed_out']) {
        $got .= fread($c, 8192);
    }
    return $got;
}

$c = open('RSOCKETS_TLS_LINE');
var_dump(echoes($c, "hello over tls\n"));
$c = open('RSOCKETS_TLS_FRAME_N');
var_dump(echoes($c, pack('N', 3) . 'abc') === "\0\0\0\3abc");
$c = open('RSOCKETS_TLS12');
var_dump(stream_get_meta_data($c)['crypto']['protocol']);
$c = open('RSOCKETS_TLS');
var_dump(stream_get_meta_data($c)['crypto']['protocol']);

// Each of these is refused by the client (OpenSSL) or by the server (rustls).
var_dump(open('RSOCKETS_TLS_WRONG_NAME'), open('RSOCKETS_TLS_EXPIRED'), open('RSOCKETS_TLS_SELF_SIGNED'),
    open('RSOCKETS_TLS_ALPN', ['alpn_protocols' => 'h2']));
var_dump(echoes(open('RSOCKETS_TLS_ALPN', ['alpn_protocols' => 'rsockets/1']), "alpn"));

// Mutual TLS with the encrypted client key; without a client certificate the server refuses.
$c = open('RSOCKETS_TLS_MTLS', ['local_cert' => "$dir/client.pem",
    'local_pk' => "$dir/client-encrypted.key", 'passphrase' => 'rsockets-test']);
var_dump(echoes($c, "mtls"));
$c = open('RSOCKETS_TLS_MTLS');
var_dump($c === false || @echoes($c, "x") === '');

// close_after=5: five bytes back, then a clean close.
$c = open('RSOCKETS_TLS_CLOSE5');
var_dump(echoes($c, "0123456789", 100), feof($c));
?>
--EXPECT--
bool(true)
array(3) {
  [0]=>
  string(1) "."
  [1]=>
  string(2) ".."
  [2]=>
  string(6) "ca.pem"
}
string(15) "hello over tls
"
bool(true)
string(7) "TLSv1.2"
string(7) "TLSv1.3"
bool(false)
bool(false)
bool(false)
bool(false)
string(4) "alpn"
string(4) "mtls"
bool(true)
string(5) "01234"
bool(true)
