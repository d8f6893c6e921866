<?php
// Ping-pong: COUNT round trips of 64 bytes over one TCP connection (socket_write + socket_read).
require __DIR__ . '/lib.php';
bench_require('socket_create', 'socket_connect', 'socket_write', 'socket_read', 'socket_close');
[$host, $port, $n] = bench_args(100000);

$s = bench_connect($host, $port);
$msg = str_repeat('p', 64);
$t = hrtime(true);
for ($i = 0; $i < $n; $i++) {
    if (socket_write($s, $msg) !== 64) {
        bench_write_all($s, $msg);
    }
    $r = socket_read($s, 64);
    if ($r === false || strlen($r) !== 64) {
        bench_read_rest($s, $r, 64);
    }
}
bench_report($t);
socket_close($s);
