--TEST--
SocketClient: failures throw and never emit a warning or notice
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TCP4', 'RSOCKETS_TCP_RESET', 'RSOCKETS_TCP_SILENT', 'RSOCKETS_TCP_CLOSE5']; require __DIR__ . '/skipif.inc'; ?>
--INI--
error_reporting=-1
display_errors=1
--FILE--
<?php
use RSockets\SocketClient;
// A port nobody listens on: bind one, note it, close it.
$l = stream_socket_server('tcp://127.0.0.1:0');
$closed = stream_socket_get_name($l, false);
fclose($l);
set_error_handler(function ($no, $str) { echo "DIAGNOSTIC: $str\n"; return true; });
$tries = [
    fn() => new SocketClient("tcp://$closed"),
    fn() => new SocketClient('tcp://no-such-host.invalid:1'),
    fn() => (new SocketClient('tcp://' . getenv('RSOCKETS_TCP_RESET')))->request('x'),
    fn() => (new SocketClient('tcp://' . getenv('RSOCKETS_TCP_SILENT'), ['timeout' => 0.05]))->request('x'),
    function () { $c = new SocketClient('tcp://' . getenv('RSOCKETS_TCP_CLOSE5'), ['timeout' => 2]); $c->send('abcdefg'); $c->receiveExactly(8); },
    function () { $c = new SocketClient('tcp://' . getenv('RSOCKETS_TCP4')); $c->close(); $c->send('x'); },
    function () { $c = new SocketClient('tcp://' . getenv('RSOCKETS_TCP_RESET'), ['timeout' => 1]); $c->send('x'); usleep(100000); $c->send('y'); $c->send('z'); },
];
foreach ($tries as $i => $f) {
    try {
        $f();
        echo "$i: no exception\n";
    } catch (RSockets\SocketException $e) {
        echo "$i: ", get_class($e), ' ', $i == 6 && $e->getCode() == 32 ? 104 : $e->getCode(), "\n";
    }
}
?>
--EXPECT--
0: RSockets\ConnectException 111
1: RSockets\ConnectException 0
2: RSockets\ConnectionClosedException 104
3: RSockets\TimeoutException 110
4: RSockets\ConnectionClosedException 0
5: RSockets\SocketException 0
6: RSockets\ConnectionClosedException 104
