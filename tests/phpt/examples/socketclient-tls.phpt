--TEST--
php/examples/socketclient-tls.php: a framed request over TLS, the session's TLS info, and a TlsException for a wrong name
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (!class_exists('RSockets\TlsException')) die('skip SocketClient without TLS'); ?>
--FILE--
<?php
$argv = ['socketclient-tls.php', getenv('RSOCKETS_TLS_FRAME_N'), getenv('RSOCKETS_TLS_DIR') . '/ca.pem'];
include __DIR__ . '/../../../php/examples/socketclient-tls.php';
echo "done\n";
?>
--EXPECTF--
PING over TLS
Array
(
    [protocol] => TLSv1.3
    [cipher] => TLS13_%s
    [alpn] =>%S
    [resumed] =>%S
    [peer_name] => 127.0.0.1
)
RSockets\TlsException: %swrong.example%S
done
