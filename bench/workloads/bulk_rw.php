<?php
// Bulk: COUNT chunks of 64 KiB (16384 = 1 GiB) sent and echoed back over one TCP connection,
// with socket_write + socket_read.
require __DIR__ . '/lib.php';
bench_require('socket_create', 'socket_connect', 'socket_write', 'socket_read', 'socket_close');
[$host, $port, $n] = bench_args(16384);
const CHUNK = 65536;

$s = bench_connect($host, $port);
$chunk = str_repeat('b', CHUNK);
$t = hrtime(true);
for ($i = 0; $i < $n; $i++) {
    if (socket_write($s, $chunk) !== CHUNK) {
        bench_socket_error('socket_write (short)', $s);
    }
    $got = 0;
    while ($got < CHUNK) {
        $r = socket_read($s, CHUNK - $got);
        if ($r === false || $r === '') {
            bench_socket_error('socket_read', $s);
        }
        $got += strlen($r);
    }
}
bench_report($t, ['bytes' => $n * CHUNK]);
socket_close($s);
