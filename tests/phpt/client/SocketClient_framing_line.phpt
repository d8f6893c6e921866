--TEST--
SocketClient: 'line' framing against the line echo server; a payload with the delimiter is a ValueError
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TCP_LINE']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$c = new SocketClient('tcp://' . getenv('RSOCKETS_TCP_LINE'), ['framing' => 'line', 'timeout' => 2]);
var_dump($c->request("PING"));
var_dump($c->sendFrame("a"), $c->sendFrame(""), $c->sendFrame("c\r"));
var_dump($c->receiveFrame(), $c->receiveFrame());
echo json_encode($c->receiveFrame()), "\n";
// Two lines in one write come back as two frames.
$c->send("x\ny\n");
var_dump($c->receiveFrame(), $c->receiveFrame());
try {
    $c->sendFrame("two\nlines");
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump($c->request("still fine"));
var_dump($c->getStats());
?>
--EXPECT--
string(4) "PING"
int(2)
int(1)
int(3)
string(1) "a"
string(0) ""
"c\r"
string(1) "x"
string(1) "y"
RSockets\SocketClient::sendFrame(): Argument #1 ($payload) must not contain the frame delimiter
string(10) "still fine"
array(6) {
  ["bytes_sent"]=>
  int(26)
  ["bytes_received"]=>
  int(26)
  ["frames_sent"]=>
  int(5)
  ["frames_received"]=>
  int(7)
  ["reconnects"]=>
  int(0)
  ["reused"]=>
  bool(false)
}
