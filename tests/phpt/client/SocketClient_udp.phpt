--TEST--
SocketClient: UDP send/receive/request; request() re-sends on timeout up to retries times
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_UDP4', 'RSOCKETS_UDP_SILENT']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$u = new SocketClient('udp://' . getenv('RSOCKETS_UDP4'), ['timeout' => 2]);
var_dump($u->send("one"), $u->receive());
var_dump($u->send("four"), $u->receive(2)); // a datagram longer than asked is cut
var_dump($u->request("two"));
var_dump($u->sendFrame("three"), $u->receiveFrame());
$st = $u->getStats();
echo "sent $st[bytes_sent] recv $st[bytes_received] frames $st[frames_sent]/$st[frames_received]\n";

$addr = getenv('RSOCKETS_UDP_SILENT');
$s = new SocketClient("udp://$addr", ['read_timeout' => 0.1, 'retries' => 2]);
$t = microtime(true);
try {
    $s->request("anyone?");
} catch (RSockets\TimeoutException $e) {
    $dt = microtime(true) - $t;
    echo get_class($e), ' ', $e->getCode(), ': ', str_replace($addr, 'ADDR', $e->getMessage()), "\n";
    var_dump($dt >= 0.29 && $dt < 0.8);
}
try {
    new SocketClient("udp://$addr", ['framing' => 'line']);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    $s->receiveExactly(4);
} catch (RSockets\SocketException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
int(3)
string(3) "one"
int(4)
string(2) "fo"
string(3) "two"
int(5)
string(5) "three"
sent 15 recv 13 frames 2/2
RSockets\TimeoutException 110: Receive from ADDR timed out after 0.1 s
bool(true)
RSockets\SocketClient::__construct(): Option "framing" applies to stream sockets (tcp://, unix://); a UDP datagram is a frame already
receiveExactly() needs a stream socket (tcp://, unix://)
