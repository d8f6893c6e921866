--TEST--
SocketClient: the 'tls' options are validated like the others; 'tls' needs a tls:// or ssl:// address
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (!class_exists('RSockets\SocketClient')) die('skip'); ?>
--FILE--
<?php
use RSockets\SocketClient;
$cases = [
    ['tcp://127.0.0.1:9', ['tls' => []]],
    ['udp://127.0.0.1:9', ['tls' => ['verify_peer' => false]]],
    ['tls://127.0.0.1:9', ['tls' => true]],
    ['tls://127.0.0.1:9', ['tls' => ['verify_depth' => 3]]],
    ['tls://127.0.0.1:9', ['tls' => [true]]],
    ['tls://127.0.0.1:9', ['tls' => ['verify_peer' => 1]]],
    ['tls://127.0.0.1:9', ['tls' => ['verify_peer_name' => 'no']]],
    ['tls://127.0.0.1:9', ['tls' => ['allow_self_signed' => null]]],
    ['tls://127.0.0.1:9', ['tls' => ['SNI_enabled' => 0]]],
    ['tls://127.0.0.1:9', ['tls' => ['peer_name' => 5]]],
    ['tls://127.0.0.1:9', ['tls' => ['peer_name' => 'bad name!']]],
    ['tls://127.0.0.1:9', ['tls' => ['cafile' => '']]],
    ['tls://127.0.0.1:9', ['tls' => ['capath' => "a\0b"]]],
    ['tls://127.0.0.1:9', ['tls' => ['local_cert' => []]]],
    ['tls://127.0.0.1:9', ['tls' => ['local_pk' => '/k.pem']]],
    ['tls://127.0.0.1:9', ['tls' => ['passphrase' => 1.5]]],
    ['tls://127.0.0.1:9', ['tls' => ['alpn_protocols' => 5]]],
    ['tls://127.0.0.1:9', ['tls' => ['alpn_protocols' => ['h2', 7]]]],
    ['tls://127.0.0.1:9', ['tls' => ['alpn_protocols' => []]]],
    ['tls://127.0.0.1:9', ['tls' => ['alpn_protocols' => 'h2,']]],
    ['tls://127.0.0.1:9', ['tls' => ['min_version' => '1.1']]],
    ['tls://127.0.0.1:9', ['tls' => ['min_version' => 1.3]]],
];
foreach ($cases as [$addr, $o]) {
    try {
        new SocketClient($addr, $o);
        echo "no error\n";
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
ValueError: RSockets\SocketClient::__construct(): Option "tls" needs a tls:// or ssl:// address (TLS runs over TCP only)
ValueError: RSockets\SocketClient::__construct(): Option "tls" needs a tls:// or ssl:// address (TLS runs over TCP only)
TypeError: RSockets\SocketClient::__construct(): Option "tls" must be of type array, %r(bool|true)%r given
ValueError: RSockets\SocketClient::__construct(): Option "tls" has an unknown key "verify_depth"
ValueError: RSockets\SocketClient::__construct(): Option "tls" has an unknown key "0"
TypeError: RSockets\SocketClient::__construct(): Option "tls" key "verify_peer" must be of type bool, int given
TypeError: RSockets\SocketClient::__construct(): Option "tls" key "verify_peer_name" must be of type bool, string given
TypeError: RSockets\SocketClient::__construct(): Option "tls" key "allow_self_signed" must be of type bool, null given
TypeError: RSockets\SocketClient::__construct(): Option "tls" key "SNI_enabled" must be of type bool, int given
TypeError: RSockets\SocketClient::__construct(): Option "tls" key "peer_name" must be of type string, int given
ValueError: RSockets\SocketClient::__construct(): Option "tls" key "peer_name" must be a host name or an IP address
ValueError: RSockets\SocketClient::__construct(): Option "tls" key "cafile" must not be empty
ValueError: RSockets\SocketClient::__construct(): Option "tls" key "capath" must not contain any null bytes
TypeError: RSockets\SocketClient::__construct(): Option "tls" key "local_cert" must be of type string, array given
ValueError: RSockets\SocketClient::__construct(): Option "tls" key "local_pk" needs "local_cert"
TypeError: RSockets\SocketClient::__construct(): Option "tls" key "passphrase" must be of type string, float given
TypeError: RSockets\SocketClient::__construct(): Option "tls" key "alpn_protocols" must be of type array|string, int given
ValueError: RSockets\SocketClient::__construct(): Option "tls" key "alpn_protocols" must contain only strings, int given
ValueError: RSockets\SocketClient::__construct(): Option "tls" key "alpn_protocols" must name protocols of 1 to 255 bytes each
ValueError: RSockets\SocketClient::__construct(): Option "tls" key "alpn_protocols" must name protocols of 1 to 255 bytes each
ValueError: RSockets\SocketClient::__construct(): Option "tls" key "min_version" must be "1.2" or "1.3"
TypeError: RSockets\SocketClient::__construct(): Option "tls" key "min_version" must be of type string, float given
