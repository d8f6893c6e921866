--TEST--
SocketClient: UDP request() with retries never returns a late answer to an earlier send
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
require __DIR__ . '/peer_start.inc';
// The peer answers payloads starting with "slow" 750 ms late; with a 500 ms read_timeout every
// attempt times out and each one's answer comes late.
$peer = peer_start('udp-late', '750');
$o = ['read_timeout' => 0.5, 'retries' => 1, 'persistent' => 'udp'];
$c = new SocketClient("udp://{$peer[3]}", $o);
// Attempt 1 times out at 500 ms and attempt 2 is sent; the answer to attempt 1 arrives at
// 750 ms, during attempt 2's wait: it answers this request, so it is the reply.
var_dump($c->request('slowA'));
// The answer to attempt 2 arrives after request() returned: wait until it is queued. The next
// request must not take it for its own reply.
peer_wait($peer[2], 'sent reply-to:slowA#2');
var_dump($c->request('B'));
// A client that had to retry may still owe answers: closed, not pooled.
$c->close();
$d = new SocketClient("udp://{$peer[3]}", $o);
var_dump($d->getStats()['reused']);
var_dump($d->request('D'));
// Every datagram sent was answered: pooled.
$d->close();
$e = new SocketClient("udp://{$peer[3]}", $o);
var_dump($e->getStats()['reused']);
peer_stop($peer);
?>
--EXPECT--
string(16) "reply-to:slowA#1"
string(12) "reply-to:B#1"
bool(false)
string(12) "reply-to:D#1"
bool(true)
