--TEST--
SocketClient: receive() returns '' only at end of stream; receiveExactly() throws ConnectionClosedException
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TCP_CLOSE5']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$addr = getenv('RSOCKETS_TCP_CLOSE5'); // serves 5 bytes, then closes
$c = new SocketClient("tcp://$addr", ['timeout' => 2]);
$c->send("hello world");
var_dump($c->receiveExactly(5));
var_dump($c->receive());
var_dump($c->receive());
var_dump($c->isConnected());

$c = new SocketClient("tcp://$addr", ['timeout' => 2]);
$c->send("abcdefgh");
try {
    $c->receiveExactly(8);
} catch (RSockets\ConnectionClosedException $e) {
    echo get_class($e), ' ', $e->getCode(), ': ', str_replace($addr, 'ADDR', $e->getMessage()), "\n";
}
$c = new SocketClient("tcp://$addr", ['timeout' => 2, 'framing' => 'line']);
try {
    $c->request("abcdefgh");
} catch (RSockets\ConnectionClosedException $e) {
    echo get_class($e), ' ', $e->getCode(), ': ', str_replace($addr, 'ADDR', $e->getMessage()), "\n";
}
?>
--EXPECT--
string(5) "hello"
string(0) ""
string(0) ""
bool(false)
RSockets\ConnectionClosedException 0: Connection closed by ADDR after 5 of 8 bytes
RSockets\ConnectionClosedException 0: Connection closed by ADDR in the middle of a frame (5 bytes received)
