--TEST--
SocketClient: every length code (n N v V J P C) and length_includes_header, on the wire as pack() writes it
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
// The raw echo server returns the bytes as sent: the wire format shows, and decodes back.
$addr = 'tcp://' . getenv('RSOCKETS_TCP4');
foreach (['n', 'N', 'v', 'V', 'J', 'P', 'C'] as $code) {
    foreach ([false, true] as $inc) {
        $c = new SocketClient($addr, ['framing' => ['length' => $code, 'length_includes_header' => $inc], 'timeout' => 2]);
        $payload = "payload-$code";
        $n = $c->sendFrame($payload);
        $hlen = strlen(pack($code, 0));
        $wire = $c->receiveExactly($n);
        $want = pack($code, strlen($payload) + ($inc ? $hlen : 0)) . $payload;
        echo $code, $inc ? '+h' : '  ', ' ', $wire === $want ? 'ok' : bin2hex($wire), ' ';
        $c->sendFrame($payload);
        echo $c->receiveFrame() === $payload ? 'ok' : 'BAD', "\n";
    }
}
// A length shorter than the header, and one larger than max_frame: ProtocolException, no allocation.
$c = new SocketClient($addr, ['framing' => ['length' => 'N', 'length_includes_header' => true], 'timeout' => 2]);
$c->send(pack('N', 2));
try { $c->receiveFrame(); } catch (RSockets\ProtocolException $e) { echo preg_replace('/from \S+:/', 'from ADDR:', $e->getMessage()), "\n"; }
$c = new SocketClient($addr, ['framing' => ['length' => 'J'], 'timeout' => 2]);
$c->send(pack('J', PHP_INT_MAX));
try { $c->receiveFrame(); } catch (RSockets\ProtocolException $e) { echo preg_replace('/from \S+:/', 'from ADDR:', $e->getMessage()), "\n"; }
?>
--EXPECT--
n   ok ok
n+h ok ok
N   ok ok
N+h ok ok
v   ok ok
v+h ok ok
V   ok ok
V+h ok ok
J   ok ok
J+h ok ok
P   ok ok
P+h ok ok
C   ok ok
C+h ok ok
Bad frame from ADDR: frame length 2 is shorter than its header
Bad frame from ADDR: frame of 9223372036854775807 bytes exceeds max_frame (8388608 bytes)
