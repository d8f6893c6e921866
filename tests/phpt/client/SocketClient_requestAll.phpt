--TEST--
SocketClient::requestAll(): keys and order kept, each reply framed as request() frames it
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TCP4', 'RSOCKETS_TCP_LINE', 'RSOCKETS_TCP_FRAME_N', 'RSOCKETS_UDP4', 'RSOCKETS_UNIX']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$line = new SocketClient('tcp://' . getenv('RSOCKETS_TCP_LINE'), ['framing' => 'line', 'timeout' => 2]);
$len = new SocketClient('tcp://' . getenv('RSOCKETS_TCP_FRAME_N'), ['framing' => ['length' => 'N'], 'timeout' => 2]);
$raw = new SocketClient('tcp://' . getenv('RSOCKETS_TCP4'), ['timeout' => 2]);
$udp = new SocketClient('udp://' . getenv('RSOCKETS_UDP4'), ['timeout' => 2]);
$unix = new SocketClient('unix://' . getenv('RSOCKETS_UNIX'), ['framing' => 'line', 'timeout' => 2]);
$big = random_bytes(200000);
$r = SocketClient::requestAll([
    'z' => [$line, 'to the line peer'],
    7 => [$len, $big],
    'raw' => [$raw, 'raw bytes'],
    -1 => [$udp, 'a datagram'],
    '' => [$unix, ''],
]);
var_dump(array_keys($r));
var_dump($r['z'], $r[7] === $big, $r['raw'], $r[-1], $r['']);
// The connections carry on as request() left them.
var_dump($line->request('again'), $len->request('x'));
$s = $len->getStats();
var_dump($s['frames_sent'], $s['frames_received'], $s['bytes_received'] === 200004 + 5);
var_dump(SocketClient::requestAll([]));
// Two rounds on the same clients, and a zero timeout only for what is already there.
var_dump(SocketClient::requestAll(['a' => [$line, '1'], 'b' => [$unix, '2']], 2.0));
?>
--EXPECT--
array(5) {
  [0]=>
  string(1) "z"
  [1]=>
  int(7)
  [2]=>
  string(3) "raw"
  [3]=>
  int(-1)
  [4]=>
  string(0) ""
}
string(16) "to the line peer"
bool(true)
string(9) "raw bytes"
string(10) "a datagram"
string(0) ""
string(5) "again"
string(1) "x"
int(2)
int(2)
bool(true)
array(0) {
}
array(2) {
  ["a"]=>
  string(1) "1"
  ["b"]=>
  string(1) "2"
}
