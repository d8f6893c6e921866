<?php
// SocketClient: COUNT request() round trips of a 64-byte payload in a length-prefixed frame
// over one connection (the baseline is client_request_c.php, the same exchange with the C
// functions under the C extension).
require __DIR__ . '/client_common.php';
client_require();
[$host, $port, $n] = bench_args(100000);

$c = client_new($host, $port, false);
$payload = str_repeat('q', 64);
$t = hrtime(true);
for ($i = 0; $i < $n; $i++) {
    if ($c->request($payload) !== $payload) {
        bench_fail('reply differs from the request');
    }
}
bench_report($t);
