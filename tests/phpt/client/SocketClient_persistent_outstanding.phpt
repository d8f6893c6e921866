--TEST--
SocketClient: a persistent connection with a reply outstanding is closed, never pooled, whatever the timing
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TCP_DELAY', 'RSOCKETS_TCP_CHUNKS', 'RSOCKETS_TCP_LINE']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
// The delay endpoint answers 300 ms late, so a reply is still on its way when the connection
// goes back to the pool and is taken again: only the client's own record of what it sent and
// received can tell that a reply is outstanding.
$delay = 'tcp://' . getenv('RSOCKETS_TCP_DELAY');
$chunks = 'tcp://' . getenv('RSOCKETS_TCP_CHUNKS');
$line = 'tcp://' . getenv('RSOCKETS_TCP_LINE');
$framed = ['persistent' => 'outstanding', 'timeout' => 2, 'framing' => 'line'];
$raw = ['persistent' => 'outstanding', 'timeout' => 2];

function next_request(string $addr, array $o, string $what): void {
    $c = new SocketClient($addr, $o);
    $reply = $c->request($what);
    echo "  reused=", var_export($c->getStats()['reused'], true), " reply=", var_export($reply, true), "\n";
    $c->close();
}

echo "exception between sendFrame() and receiveFrame():\n";
function fails(string $addr, array $o) {
    $c = new SocketClient($addr, $o);
    $c->sendFrame('first');
    throw new RuntimeException('injected');
}
try { fails($delay, $framed); } catch (RuntimeException $e) {}
next_request($delay, $framed, 'second');

echo "sendFrame() then the object dropped:\n";
$c = new SocketClient($delay, $framed);
$c->sendFrame('first');
unset($c);
next_request($delay, $framed, 'second');

echo "send() then close():\n";
$c = new SocketClient($delay, $raw);
$c->send('first');
$c->close();
next_request($delay, $raw, 'second');

echo "two frames sent, one received:\n";
$c = new SocketClient($delay, $framed);
$c->sendFrame('first');
$c->sendFrame('second');
var_dump($c->receiveFrame());
$c->close();
next_request($delay, $framed, 'third');

echo "request() without framing, the reply in pieces (3 bytes every 20 ms):\n";
$c = new SocketClient($chunks, $raw);
var_dump($c->request('abcdef'));
$c->close();
next_request($chunks, $raw, 'XYZ');

echo "a frame half received when the read times out:\n";
$c = new SocketClient($chunks, ['read_timeout' => 0.05] + $framed);
try { $c->request(str_repeat('x', 30)); } catch (RSockets\TimeoutException $e) { echo "  timeout\n"; }
$c->close();
next_request($chunks, ['read_timeout' => 2] + $framed, 'ok');

echo "answered in full: reused\n";
$c = new SocketClient($line, $framed);
var_dump($c->request('one'));
$c->close();
next_request($line, $framed, 'two');
$c = new SocketClient($line, $framed);
$c->sendFrame('a');
$c->sendFrame('b');
var_dump($c->receiveFrame(), $c->receiveFrame());
$c->close();
next_request($line, $framed, 'three');

echo "getSocket() taken (what is sent through it is not counted):\n";
$c = new SocketClient($line, $framed);
socket_write($c->getSocket(), "sneaky\n");
$c->close();
next_request($line, $framed, 'four');
?>
--EXPECT--
exception between sendFrame() and receiveFrame():
  reused=false reply='second'
sendFrame() then the object dropped:
  reused=false reply='second'
send() then close():
  reused=false reply='second'
two frames sent, one received:
string(5) "first"
  reused=false reply='third'
request() without framing, the reply in pieces (3 bytes every 20 ms):
string(3) "abc"
  reused=false reply='XYZ'
a frame half received when the read times out:
  timeout
  reused=false reply='ok'
answered in full: reused
string(3) "one"
  reused=true reply='two'
string(1) "a"
string(1) "b"
  reused=true reply='three'
getSocket() taken (what is sent through it is not counted):
  reused=false reply='four'
