<?php
// UDP: COUNT round trips of a 64-byte datagram (socket_sendto + socket_recvfrom).
require __DIR__ . '/lib.php';
bench_require('socket_create', 'socket_sendto', 'socket_recvfrom', 'socket_close');
[$host, $port, $n] = bench_args(100000);

$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
if ($s === false) {
    bench_socket_error('socket_create');
}
$msg = str_repeat('u', 64);
$buf = '';
$from = '';
$fport = 0;
$t = hrtime(true);
for ($i = 0; $i < $n; $i++) {
    if (socket_sendto($s, $msg, 64, 0, $host, $port) !== 64) {
        bench_socket_error('socket_sendto', $s);
    }
    if (socket_recvfrom($s, $buf, 64, 0, $from, $fport) === false) {
        bench_socket_error('socket_recvfrom', $s);
    }
}
bench_report($t);
socket_close($s);
