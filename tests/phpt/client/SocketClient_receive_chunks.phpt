--TEST--
SocketClient: receive() returns what arrived; receiveExactly() waits for all of it
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TCP_CHUNKS']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
// The server replies in 3-byte pieces, 20 ms apart.
$c = new SocketClient('tcp://' . getenv('RSOCKETS_TCP_CHUNKS'), ['timeout' => 2]);
$c->send("abcdefghijkl");
$first = $c->receive(1024);
var_dump($first);
var_dump($c->receiveExactly(9));
$c->send("xyz123");
var_dump($c->receive(2), $c->receive(1024), $c->receive(3));
var_dump($c->getStats()['bytes_received']);
?>
--EXPECT--
string(3) "abc"
string(9) "defghijkl"
string(2) "xy"
string(1) "z"
string(3) "123"
int(18)
