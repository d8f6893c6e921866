<?php
// SocketClient::requestAll() against sequential request(): prints wall times and ratios.
//   php request_all.php ADDR_DELAY20 ADDR_DELAY1 [TLS_ADDR_DELAY20 CA_PEM]
// ADDR_DELAY20: a line echo endpoint answering after 20 ms (`?mode=line&delay_ms=20`);
// ADDR_DELAY1: the same after 1 ms (a peer with a little latency, as a gateway or device has:
// on a loopback peer without any, both loops are CPU-bound and concurrency cannot help);
// TLS_ADDR_DELAY20: a TLS line endpoint answering after 20 ms, its CA in CA_PEM.
use RSockets\SocketClient;

[, $slow, $fast] = $argv;
$tlsSlow = $argv[3] ?? null;
$ca = $argv[4] ?? null;

/** The best of $tries runs of $f, in seconds. */
function best(int $tries, callable $f): float
{
    $b = INF;
    for ($i = 0; $i < $tries; $i++) {
        $t = hrtime(true);
        $f();
        $b = min($b, (hrtime(true) - $t) / 1e9);
    }
    return $b;
}

function check(array $replies, int $n): void
{
    if (count(array_filter($replies, 'is_string')) !== $n) {
        fwrite(STDERR, "bench: some requests failed\n");
        exit(1);
    }
}

// 1. 50 peers each answering after 20 ms.
$peers = [];
for ($i = 0; $i < 50; $i++) {
    $peers[] = new SocketClient("tcp://$slow", ['framing' => 'line', 'timeout' => 5]);
}
$all = best(5, function () use ($peers) {
    $req = [];
    foreach ($peers as $i => $c) {
        $req["device-$i"] = [$c, "status $i"];
    }
    check(SocketClient::requestAll($req), 50);
});
$seq = best(1, function () use ($peers) {
    foreach ($peers as $i => $c) {
        $c->request("status $i");
    }
});
printf("50 peers x 20 ms  requestAll : %7.1f ms wall (target <= 60 ms)\n", $all * 1e3);
printf("50 peers x 20 ms  request()  : %7.1f ms wall (sequential, target >= 1000 ms)  ratio %.1fx\n", $seq * 1e3, $seq / $all);

// 2. 1,000 requests over 100 persistent connections.
$conns = [];
for ($i = 0; $i < 100; $i++) {
    $conns[] = new SocketClient("tcp://$fast", ['framing' => 'line', 'timeout' => 5, 'persistent' => "bench-$i"]);
}
$all = best(3, function () use ($conns) {
    for ($round = 0; $round < 10; $round++) {
        $req = [];
        foreach ($conns as $i => $c) {
            $req[] = [$c, "request $round/$i"];
        }
        check(SocketClient::requestAll($req), 100);
    }
});
$seq = best(1, function () use ($conns) {
    for ($round = 0; $round < 10; $round++) {
        foreach ($conns as $i => $c) {
            $c->request("request $round/$i");
        }
    }
});
printf("1000 requests / 100 persistent, 1 ms peer  requestAll : %7.1f ms wall\n", $all * 1e3);
printf("1000 requests / 100 persistent, 1 ms peer  request()  : %7.1f ms wall  ratio %.1fx (target >= 20x)\n", $seq * 1e3, $seq / $all);

// 3. 50 peers not connected yet: lazy_connect clients connected inside requestAll() (name,
// connect and, for TLS, handshake in the same poll loop) against 50 sequential constructs (each
// connecting, blocking) followed by request().
function lazy_vs_sequential(string $label, string $addr, array $o): void
{
    $all = best(3, function () use ($addr, $o) {
        $req = [];
        for ($i = 0; $i < 50; $i++) {
            $req["device-$i"] = [new SocketClient($addr, $o + ['lazy_connect' => true]), "status $i"];
        }
        check(SocketClient::requestAll($req), 50);
    });
    $seq = best(1, function () use ($addr, $o) {
        for ($i = 0; $i < 50; $i++) {
            (new SocketClient($addr, $o))->request("status $i");
        }
    });
    printf("%s  lazy + requestAll      : %7.1f ms wall\n", $label, $all * 1e3);
    printf("%s  construct + request()  : %7.1f ms wall (sequential)  ratio %.1fx\n", $label, $seq * 1e3, $seq / $all);
}
lazy_vs_sequential('50 new peers x 20 ms, tcp', "tcp://$slow", ['framing' => 'line', 'timeout' => 5]);
if ($tlsSlow !== null && $ca !== null) {
    // TLS sessions resume after the first handshake of the process (the configuration is cached
    // per process, as in a PHP-FPM worker); both sides alike.
    lazy_vs_sequential('50 new peers x 20 ms, tls', "tls://$tlsSlow", ['framing' => 'line', 'timeout' => 5, 'tls' => ['cafile' => $ca]]);
}
