--TEST--
SocketClient: a name with IPv6 and IPv4 addresses connects Happy Eyeballs style to the one that accepts
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
use RSockets\ConnectException;
require __DIR__ . '/listen.inc';
// rsockets-dual is ::1 and 127.0.0.1 (getaddrinfo puts ::1 first).
// Only 127.0.0.1 listens: ::1 refuses, 127.0.0.1 is tried at once.
[$srv, $port] = listen_only_on('127.0.0.1', '::1');
$start = hrtime(true);
$c = new SocketClient("tcp://rsockets-dual:$port", ['connect_timeout' => 2]);
var_dump($c->getRemoteAddress() === "127.0.0.1:$port", (hrtime(true) - $start) / 1e9 < 0.2);
$c->close();
// A bind address of one family: only that family's addresses are tried.
$c = new SocketClient("tcp://rsockets-dual:$port", ['connect_timeout' => 2, 'bind' => '127.0.0.1']);
var_dump($c->getRemoteAddress() === "127.0.0.1:$port");
$c->close();
fclose($srv);
// Only ::1 listens: IPv6 wins.
[$srv, $port] = listen_only_on('::1', '127.0.0.1');
$c = new SocketClient("tcp://rsockets-dual:$port", ['connect_timeout' => 2]);
var_dump($c->getRemoteAddress() === "[::1]:$port");
$c->close();
// The options apply to whichever address wins: bind to the winner's family.
$c = new SocketClient("tcp://rsockets-dual:$port", ['connect_timeout' => 2, 'bind' => '[::1]:0']);
var_dump($c->getRemoteAddress() === "[::1]:$port", str_starts_with($c->getLocalAddress(), '[::1]:'));
$c->close();
fclose($srv);
// Neither listens: the refusal is reported as for one address.
try {
    new SocketClient("tcp://rsockets-dual:$port", ['connect_timeout' => 2]);
} catch (ConnectException $e) {
    echo get_class($e), ' ', $e->getCode(), ': ', str_replace((string) $port, 'PORT', $e->getMessage()), "\n";
}
// UDP: connects to the first address.
$u = new SocketClient("udp://rsockets-dual:$port", ['connect_timeout' => 2]);
var_dump($u->getRemoteAddress() === "[::1]:$port");
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
RSockets\ConnectException 111: Connection to rsockets-dual:PORT refused [111]
bool(true)
