--TEST--
SocketClient: getSocket() gives a \Socket on the same connection; closing the client closes it
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$c = new SocketClient('tcp://' . getenv('RSOCKETS_TCP4'), ['timeout' => 2]);
$s = $c->getSocket();
var_dump($s instanceof Socket, $s === $c->getSocket());
var_dump(socket_write($s, "via socket_write"));
var_dump($c->receiveExactly(16));
$c->send("via client");
var_dump(socket_read($s, 100));
socket_getpeername($s, $addr, $port);
var_dump("$addr:$port" === getenv('RSOCKETS_TCP4'));
// socket_close() on it closes only that descriptor; the client goes on, and a new Socket is made.
socket_close($s);
var_dump($c->request("still open"));
$s2 = $c->getSocket();
var_dump($s2 !== $s, socket_write($s2, "s2") , $c->receive());
$c->close();
try {
    socket_write($s2, "x");
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
// The Socket outliving its client is harmless.
$c = new SocketClient('tcp://' . getenv('RSOCKETS_TCP4'), ['timeout' => 2]);
$s3 = $c->getSocket();
unset($c);
try {
    socket_write($s3, "x");
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECTF--
bool(true)
bool(true)
int(16)
string(16) "via socket_write"
string(10) "via client"
bool(true)
string(10) "still open"
bool(true)
int(2)
string(2) "s2"
Error: socket_write(): Argument #1 ($socket) has already been closed
Error: socket_write(): Argument #1 ($socket) has already been closed
