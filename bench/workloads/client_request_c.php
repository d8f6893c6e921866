<?php
// The exchange SocketClient::request() does, written with the C functions: COUNT requests of a
// 64-byte payload in a length-prefixed frame (4-byte big-endian length, pack('N')) over one
// connection, each reply read back whole (header, then payload). The echo server returns the
// frame as it came.
require __DIR__ . '/lib.php';
bench_require('socket_create', 'socket_connect', 'socket_write', 'socket_read', 'socket_close');
[$host, $port, $n] = bench_args(100000);

$s = bench_connect($host, $port);
$payload = str_repeat('q', 64);
$t = hrtime(true);
for ($i = 0; $i < $n; $i++) {
    $frame = pack('N', strlen($payload)) . $payload;
    bench_write_all($s, $frame);
    $head = '';
    while (strlen($head) < 4) {
        $r = socket_read($s, 4 - strlen($head));
        if ($r === false || $r === '') {
            bench_socket_error('socket_read', $s);
        }
        $head .= $r;
    }
    $len = unpack('N', $head)[1];
    $body = '';
    while (strlen($body) < $len) {
        $r = socket_read($s, $len - strlen($body));
        if ($r === false || $r === '') {
            bench_socket_error('socket_read', $s);
        }
        $body .= $r;
    }
    if ($body !== $payload) {
        bench_fail('reply differs from the request');
    }
}
bench_report($t);
socket_close($s);
