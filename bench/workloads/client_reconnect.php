<?php
// SocketClient, reconnecting: COUNT × (new non-persistent client, request(), drop it, which
// closes the connection): the baseline of client_persistent.php.
require __DIR__ . '/client_common.php';
client_require();
[$host, $port, $n] = bench_args(5000);

$payload = str_repeat('q', 64);
$t = hrtime(true);
for ($i = 0; $i < $n; $i++) {
    $c = client_new($host, $port, false);
    if ($c->request($payload) !== $payload) {
        bench_fail('reply differs from the request');
    }
    unset($c);
}
bench_report($t);
