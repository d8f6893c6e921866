--TEST--
SocketClient: IPv6 addresses in brackets, TCP and UDP
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TCP6', 'RSOCKETS_UDP6']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$c = new SocketClient('tcp://' . getenv('RSOCKETS_TCP6'), ['timeout' => 2]);
var_dump($c->getRemoteAddress() === getenv('RSOCKETS_TCP6'));
var_dump(preg_match('/^\[::1\]:\d+$/', $c->getLocalAddress()));
var_dump($c->request("six"));
$u = new SocketClient('udp://' . getenv('RSOCKETS_UDP6'), ['timeout' => 2]);
var_dump($u->request("datagram six"));
var_dump($u->getRemoteAddress() === getenv('RSOCKETS_UDP6'));
$s = $c->getSocket();
socket_getpeername($s, $addr);
var_dump($addr);
?>
--EXPECT--
bool(true)
int(1)
string(3) "six"
string(12) "datagram six"
bool(true)
string(3) "::1"
