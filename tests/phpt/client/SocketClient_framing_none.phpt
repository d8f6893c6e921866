--TEST--
SocketClient: without framing, sendFrame() is send(), receiveFrame() is receive(), request() is one of each
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
foreach ([[], ['framing' => 'none'], ['framing' => null]] as $o) {
    $c = new SocketClient('tcp://' . getenv('RSOCKETS_TCP4'), $o + ['timeout' => 2]);
    var_dump($c->sendFrame("raw\n"), $c->receiveFrame(), $c->request("x"));
}
?>
--EXPECT--
int(4)
string(4) "raw
"
string(1) "x"
int(4)
string(4) "raw
"
string(1) "x"
int(4)
string(4) "raw
"
string(1) "x"
