<?php
// SocketClient, persistent: COUNT × (new client, request(), drop it); the persistent pool hands
// the same connection back each time (the baseline, client_reconnect.php, connects each time).
require __DIR__ . '/client_common.php';
client_require();
[$host, $port, $n] = bench_args(5000);

$payload = str_repeat('q', 64);
$t = hrtime(true);
for ($i = 0; $i < $n; $i++) {
    $c = client_new($host, $port, true);
    if ($c->request($payload) !== $payload) {
        bench_fail('reply differs from the request');
    }
    unset($c);
}
bench_report($t);
