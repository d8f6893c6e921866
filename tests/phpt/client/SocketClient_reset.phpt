--TEST--
SocketClient: a reset by the peer is a ConnectionClosedException with code 104 (ECONNRESET)
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TCP_RESET']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$addr = getenv('RSOCKETS_TCP_RESET');
$c = new SocketClient("tcp://$addr", ['timeout' => 2]);
$c->send("boom");
try {
    var_dump($c->receive());
} catch (RSockets\ConnectionClosedException $e) {
    echo get_class($e), ' ', $e->getCode(), ': ', str_replace($addr, 'ADDR', $e->getMessage()), "\n";
}
?>
--EXPECT--
RSockets\ConnectionClosedException 104: Connection to ADDR reset by peer [104]
