<?php
// TLS workloads (issue 14): SocketClient over tls:// against PHP's own TLS streams
// (stream_socket_client('tls://…') with the same CA), both on the echo server's line endpoint
// `tls://…?mode=line`, both verifying server.pem of the test PKI for the name localhost.
//   php WORKLOAD.php HOST:PORT COUNT   with BENCH_TLS_DIR = the test PKI (rsockets-echo --gen-test-pki)
require __DIR__ . '/client_common.php';

/** 64 bytes and the newline: the same bytes travel either way. */
const TLS_PAYLOAD = 'qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq';

/** @return array{string, int, int, string} host, port, count, CA file */
function tls_args(): array
{
    [$host, $port, $n] = bench_args(2000);
    $dir = getenv('BENCH_TLS_DIR');
    if (!is_string($dir) || !is_file("$dir/ca.pem")) {
        bench_fail('BENCH_TLS_DIR names no test PKI (rsockets-echo --gen-test-pki DIR)');
    }
    return [$host, $port, $n, "$dir/ca.pem"];
}

/**
 * COUNT × (new SocketClient, request(), drop it). Persistent: the pool hands the same TLS session
 * back each time; otherwise each client connects, handshakes (resuming the session of the one
 * before, unless $full_handshake) and closes (sending close_notify).
 */
function tls_client_loop(bool $persistent, bool $full_handshake = false): void
{
    client_require();
    if (!class_exists('RSockets\TlsException')) {
        echo json_encode(['missing' => 'RSockets\TlsException']), "\n";
        exit(0);
    }
    [$host, $port, $n, $ca] = tls_args();
    $class = CLIENT_CLASS;
    $options = [
        'framing' => 'line',
        'persistent' => $persistent,
        'timeout' => 5,
        'tls' => ['cafile' => $ca, 'peer_name' => 'localhost'],
    ];
    $t = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
        if ($full_handshake) {
            // A TLS option set never seen before (an ALPN name the server ignores) gets a
            // configuration of its own, with no session to resume: a full handshake, as PHP's
            // streams do every time (they also read the CA file per connection).
            $options['tls']['alpn_protocols'] = ["bench-$i"];
        }
        $c = new $class("tls://$host:$port", $options);
        if ($c->request(TLS_PAYLOAD) !== TLS_PAYLOAD) {
            bench_fail('reply differs from the request');
        }
        unset($c);
    }
    bench_report($t);
}

/**
 * The same with PHP streams: COUNT × (stream_socket_client, fwrite a line, fgets it back).
 * Persistent (STREAM_CLIENT_PERSISTENT): PHP hands the same stream back, after its liveness
 * check; otherwise each iteration connects, handshakes and fclose()s (SSL_shutdown, close).
 */
function tls_streams_loop(bool $persistent): void
{
    [$host, $port, $n, $ca] = tls_args();
    if (!extension_loaded('openssl')) {
        echo json_encode(['missing' => 'ext/openssl']), "\n";
        exit(0);
    }
    $ctx = stream_context_create(['ssl' => ['cafile' => $ca, 'peer_name' => 'localhost']]);
    $flags = STREAM_CLIENT_CONNECT | ($persistent ? STREAM_CLIENT_PERSISTENT : 0);
    $line = TLS_PAYLOAD . "\n";
    $t = hrtime(true);
    for ($i = 0; $i < $n; $i++) {
        $s = @stream_socket_client("tls://$host:$port", $errno, $errstr, 5, $flags, $ctx);
        if ($s === false) {
            bench_fail("stream_socket_client: [$errno] $errstr");
        }
        if (fwrite($s, $line) !== strlen($line) || fgets($s) !== $line) {
            bench_fail('reply differs from the request');
        }
        if (!$persistent) {
            fclose($s);
        }
        unset($s);
    }
    bench_report($t);
}
