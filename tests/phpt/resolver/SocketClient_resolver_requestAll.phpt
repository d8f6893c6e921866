--TEST--
SocketClient::requestAll(): lazy clients' name lookups run at once; a resolver that never answers fails that key alone at its connect_timeout; a dual-stack name is raced in the loop
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
require __DIR__ . '/listen.inc';
// rsockets-dual is ::1 and 127.0.0.1; only 127.0.0.1 listens (the kernel accepts, nobody answers).
[$srv, $port] = listen_only_on('127.0.0.1', '::1');
$lazy = ['lazy_connect' => true, 'framing' => 'line'];
$req = [
    'silent-dns' => [new SocketClient('tcp://rsockets-silent.example:80', $lazy + ['connect_timeout' => 0.3]), 'x'],
    'dual' => [new SocketClient("tcp://rsockets-dual:$port", $lazy + ['connect_timeout' => 2]), 'y'],
];
$start = hrtime(true);
$r = SocketClient::requestAll($req, 1.0);
$took = (hrtime(true) - $start) / 1e9;
foreach ($r as $k => $v) {
    echo $k, ': ', get_class($v), ' ', $v->getCode(), ': ', str_replace((string) $port, 'PORT', $v->getMessage()), "\n";
}
// The silent lookup did not hold up the other client: it connected (IPv4 after ::1 refused) and
// sent, then waited for its reply until the call's deadline.
var_dump($req['dual'][0]->getRemoteAddress() === "127.0.0.1:$port", $req['dual'][0]->getStats()['bytes_sent']);
var_dump($took >= 0.99 && $took < 2.5);
var_dump($req['silent-dns'][0]->isConnected());
?>
--EXPECT--
silent-dns: RSockets\ConnectException 110: Cannot resolve host rsockets-silent.example: the name lookup did not finish within connect_timeout (0.3 s) [110]
dual: RSockets\TimeoutException 110: Receive from rsockets-dual:PORT timed out after 1 s
bool(true)
int(2)
bool(true)
bool(false)
