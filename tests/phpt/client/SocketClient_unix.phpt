--TEST--
SocketClient: unix:///path, with framing
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_UNIX']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$path = getenv('RSOCKETS_UNIX');
$c = new SocketClient("unix://$path", ['timeout' => 2, 'framing' => ['length' => 'V']]);
var_dump($c->getRemoteAddress() === $path);
var_dump($c->getLocalAddress());
var_dump($c->request("over unix"));
var_dump($c->request(str_repeat("z", 100000)) === str_repeat("z", 100000));
try {
    new SocketClient("unix://$path.missing");
} catch (RSockets\ConnectException $e) {
    echo get_class($e), ' ', $e->getCode(), ': ', str_replace($path, 'PATH', $e->getMessage()), "\n";
}
?>
--EXPECT--
bool(true)
string(0) ""
string(9) "over unix"
bool(true)
RSockets\ConnectException 2: Connection to PATH.missing failed: No such file or directory [2]
