--TEST--
SocketClient: send() writes every byte, receive() returns what arrived, close()
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$c = new SocketClient('tcp://' . getenv('RSOCKETS_TCP4'), ['timeout' => 2.0]);
var_dump($c->isConnected());
var_dump($c->send("WAW;;0029;SAMPLE;6287877180782;03"));
var_dump($c->receiveExactly(33));
// A large write goes out whole; reading it back in pieces.
$big = str_repeat("0123456789abcdef", 65536);
var_dump($c->send($big));
$got = '';
while (strlen($got) < strlen($big)) {
    $got .= $c->receive(100000);
}
var_dump($got === $big);
var_dump($c->send(''));
var_dump($c->getRemoteAddress() === getenv('RSOCKETS_TCP4'));
var_dump(preg_match('/^127\.0\.0\.1:\d+$/', $c->getLocalAddress()));
$c->close();
var_dump($c->isConnected());
$c->close();
try {
    $c->receive();
} catch (RSockets\SocketException $e) {
    echo get_class($e), ' ', $e->getCode(), ': ', str_replace(getenv('RSOCKETS_TCP4'), 'ADDR', $e->getMessage()), "\n";
}
?>
--EXPECT--
bool(true)
int(33)
string(33) "WAW;;0029;SAMPLE;6287877180782;03"
int(1048576)
bool(true)
int(0)
bool(true)
int(1)
bool(false)
RSockets\SocketException 0: The connection to ADDR is closed
