--TEST--
SocketClient: length-prefixed framing against the frame echo servers (N and n)
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TCP_FRAME_N', 'RSOCKETS_TCP_FRAME_n']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
foreach (['N' => 'RSOCKETS_TCP_FRAME_N', 'n' => 'RSOCKETS_TCP_FRAME_n'] as $code => $var) {
    $c = new SocketClient('tcp://' . getenv($var), ['framing' => ['length' => $code], 'timeout' => 2]);
    var_dump($c->request("hello $code"));
    var_dump($c->request(""));
    $big = random_bytes(60000);
    var_dump($c->request($big) === $big);
    var_dump($c->sendFrame("abc"));
    var_dump($c->receiveFrame());
}
// The header carries at most 65535 bytes with n.
try {
    $c->sendFrame(str_repeat('x', 65536));
} catch (RSockets\ProtocolException $e) {
    echo get_class($e), ': ', str_replace(getenv('RSOCKETS_TCP_FRAME_n'), 'ADDR', $e->getMessage()), "\n";
}
var_dump($c->request("still in sync"));
?>
--EXPECT--
string(7) "hello N"
string(0) ""
bool(true)
int(7)
string(3) "abc"
string(7) "hello n"
string(0) ""
bool(true)
int(5)
string(3) "abc"
RSockets\ProtocolException: Cannot send a frame to ADDR: frame of 65536 bytes does not fit a 2-byte length header
string(13) "still in sync"
