--TEST--
SocketClient: framing ['delimiter' => "\r\n"], frames split across reads, max_frame on a delimited frame
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TCP4', 'RSOCKETS_TCP_CHUNKS']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$c = new SocketClient('tcp://' . getenv('RSOCKETS_TCP4'), ['framing' => ['delimiter' => "\r\n"], 'timeout' => 2]);
echo json_encode($c->request("HELO a\rb\nc")), "\n";
try {
    $c->request("bad\r\n");
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
// 3-byte pieces: the frame and its delimiter arrive over several reads.
$c = new SocketClient('tcp://' . getenv('RSOCKETS_TCP_CHUNKS'), ['framing' => ['delimiter' => "\r\n"], 'timeout' => 2]);
var_dump($c->request("split over reads"));
// Without a delimiter within max_frame bytes, the frame is too large.
$c = new SocketClient('tcp://' . getenv('RSOCKETS_TCP4'), ['framing' => ['delimiter' => "\r\n"], 'max_frame' => 10, 'timeout' => 2]);
$c->send(str_repeat('y', 40) . "\r\n");
try {
    $c->receiveFrame();
} catch (RSockets\ProtocolException $e) {
    echo get_class($e), ' ', $e->getCode(), ': ', str_replace(getenv('RSOCKETS_TCP4'), 'ADDR', $e->getMessage()), "\n";
}
try {
    $c->sendFrame(str_repeat('y', 11));
} catch (RSockets\ProtocolException $e) {
    echo get_class($e), ' ', $e->getCode(), ': ', str_replace(getenv('RSOCKETS_TCP4'), 'ADDR', $e->getMessage()), "\n";
}
?>
--EXPECT--
"HELO a\rb\nc"
ValueError: RSockets\SocketClient::request(): Argument #1 ($payload) must not contain the frame delimiter
string(16) "split over reads"
RSockets\ProtocolException 0: Bad frame from ADDR: frame of 40 bytes exceeds max_frame (10 bytes)
RSockets\ProtocolException 0: Cannot send a frame to ADDR: frame of 11 bytes exceeds max_frame (10 bytes)
