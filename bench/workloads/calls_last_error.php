<?php
// Calls: COUNT × socket_last_error($socket): the cost of a call with no syscall behind it.
require __DIR__ . '/lib.php';
bench_require('socket_create', 'socket_last_error', 'socket_close');
[, , $n] = bench_args(1000000);

$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
if ($s === false) {
    bench_socket_error('socket_create');
}
$t = hrtime(true);
for ($i = 0; $i < $n; $i++) {
    socket_last_error($s);
}
bench_report($t);
socket_close($s);
