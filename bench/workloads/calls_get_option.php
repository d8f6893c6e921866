<?php
// Calls: COUNT × socket_get_option($socket, SOL_SOCKET, SO_TYPE): one getsockopt(2) each.
require __DIR__ . '/lib.php';
bench_require('socket_create', 'socket_get_option', 'socket_close');
[, , $n] = bench_args(1000000);

$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
if ($s === false) {
    bench_socket_error('socket_create');
}
$t = hrtime(true);
for ($i = 0; $i < $n; $i++) {
    socket_get_option($s, SOL_SOCKET, SO_TYPE);
}
bench_report($t);
socket_close($s);
