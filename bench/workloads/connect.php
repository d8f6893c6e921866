<?php
// Connect: COUNT × (socket_create, socket_connect, write 32 bytes, read 32 bytes, socket_close),
// the pattern of a web request to a backend.
require __DIR__ . '/lib.php';
bench_require('socket_create', 'socket_connect', 'socket_write', 'socket_read', 'socket_close');
[$host, $port, $n] = bench_args(20000);

$req = str_repeat('c', 32);
$t = hrtime(true);
for ($i = 0; $i < $n; $i++) {
    $s = bench_connect($host, $port);
    if (socket_write($s, $req) !== 32) {
        bench_socket_error('socket_write', $s);
    }
    $r = socket_read($s, 32);
    if ($r === false || strlen($r) !== 32) {
        bench_read_rest($s, $r, 32);
    }
    socket_close($s);
}
bench_report($t);
