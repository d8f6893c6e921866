<?php
// Bulk: COUNT chunks of 64 KiB (16384 = 1 GiB) sent and echoed back over one TCP connection,
// with socket_send + socket_recv.
require __DIR__ . '/lib.php';
bench_require('socket_create', 'socket_connect', 'socket_send', 'socket_recv', 'socket_close');
[$host, $port, $n] = bench_args(16384);
const CHUNK = 65536;

$s = bench_connect($host, $port);
$chunk = str_repeat('b', CHUNK);
$buf = '';
$t = hrtime(true);
for ($i = 0; $i < $n; $i++) {
    $off = 0;
    while ($off < CHUNK) {
        $w = socket_send($s, $off === 0 ? $chunk : substr($chunk, $off), CHUNK - $off, 0);
        if ($w === false || $w === 0) {
            bench_socket_error('socket_send', $s);
        }
        $off += $w;
    }
    $got = 0;
    while ($got < CHUNK) {
        $r = socket_recv($s, $buf, CHUNK - $got, 0);
        if ($r === false || $r === 0) {
            bench_socket_error('socket_recv', $s);
        }
        $got += $r;
    }
}
bench_report($t, ['bytes' => $n * CHUNK]);
socket_close($s);
