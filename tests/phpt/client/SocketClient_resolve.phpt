--TEST--
SocketClient: a host name resolves through getaddrinfo; each address is tried in turn
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/skipif.inc';
if (gethostbyname('localhost') !== '127.0.0.1') die('skip localhost is not 127.0.0.1');
?>
--FILE--
<?php
use RSockets\SocketClient;
[, $port] = explode(':', getenv('RSOCKETS_TCP4'));
// localhost may resolve to ::1 first, where nothing listens on this port: the next address works.
$c = new SocketClient("tcp://localhost:$port", ['timeout' => 2]);
var_dump($c->getRemoteAddress() === "127.0.0.1:$port");
var_dump($c->request("hi"));
?>
--EXPECT--
bool(true)
string(2) "hi"
