<?php
// SocketClient workloads: the client class and the options they use. Until RSockets\SocketClient
// exists in the loaded extension (with request()), they print {"missing":...}: "n/a".
require __DIR__ . '/lib.php';

const CLIENT_CLASS = 'RSockets\SocketClient';

function client_require(): void
{
    if (!class_exists(CLIENT_CLASS) || !method_exists(CLIENT_CLASS, 'request')) {
        echo json_encode(['missing' => CLIENT_CLASS . '::request']), "\n";
        exit(0);
    }
}

/** A client for tcp://HOST:PORT with length-prefixed framing (pack('N')). */
function client_new(string $host, int $port, bool $persistent): object
{
    $class = CLIENT_CLASS;
    return new $class("tcp://$host:$port", [
        'framing' => ['length' => 'N'],
        'persistent' => $persistent,
        'timeout' => 5,
    ]);
}

/**
 * COUNT × (new client, request() of 64 bytes, drop it), timed and reported: with `$persistent`
 * the pool hands the same connection back each time, without it every client connects.
 */
function client_new_per_request(bool $persistent): void
{
    client_require();
    [$host, $port, $n] = bench_args(5000);
    $payload = str_repeat('q', 64);
    $t = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
        $c = client_new($host, $port, $persistent);
        if ($c->request($payload) !== $payload) {
            bench_fail('reply differs from the request');
        }
        unset($c);
    }
    bench_report($t);
}
