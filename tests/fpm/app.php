<?php
// The web app of the FPM end-to-end test: one request to the echo server per HTTP request,
// through a persistent SocketClient (or a fresh one with ?persistent=0), and the reply back.
// Response: "REPLY|REUSED|RECONNECTS|PID", or HTTP 500 with the exception.
//
// ?ep= picks the echo endpoint: line (default; 'line' framing), chunk (a line echo that answers
// in pieces; 'line' framing), raw (an echo that answers in pieces; no framing, so request()
// returns the first piece) or tls (a TLS line echo verified against ECHO_TLS_CA; the response
// has a fifth field: 1 when the TLS session was resumed). ?fault= injects a fault between sending and receiving:
//   throw      an uncaught exception          exit   exit()            fatal  a fatal error
//   sendclose  send() then close()             drop   unset() the client, then a new request
//   caught     an exception caught, the client dropped with it, then a new request
// "drop" and "caught" answer with the new request's reply, so the driver can check it.
$id = $_GET['id'] ?? '0';
$persistent = ($_GET['persistent'] ?? '1') === '1';
$ep = $_GET['ep'] ?? 'line';
$fault = $_GET['fault'] ?? 'none';

/** The payload of request $id on endpoint $ep. */
function payload(string $ep, string $id): string
{
    // raw: the id in every 8-byte block, so any piece of a reply names its request.
    return $ep === 'raw' ? str_repeat(sprintf('#%07d', $id), 4) : "WAW;;0029;SAMPLE;$id;03";
}

function client(string $ep, bool $persistent): RSockets\SocketClient
{
    $url = ['line' => 'ECHO_URL', 'chunk' => 'ECHO_CHUNK_URL', 'raw' => 'ECHO_RAW_URL', 'tls' => 'ECHO_TLS_URL'][$ep];
    $tls = $ep === 'tls' ? ['tls' => ['cafile' => getenv('ECHO_TLS_CA') ?: $_SERVER['ECHO_TLS_CA']]] : [];
    return new RSockets\SocketClient(getenv($url) ?: $_SERVER[$url], [
        'persistent' => $persistent,
        'timeout' => 2,
        'framing' => $ep === 'raw' ? 'none' : 'line',
    ] + $tls);
}

/** Sends the request without reading the reply (sendFrame() with framing, send() without). */
function send_only(RSockets\SocketClient $c, string $ep, string $id): void
{
    $ep === 'raw' ? $c->send(payload($ep, $id)) : $c->sendFrame(payload($ep, $id));
}

try {
    $c = client($ep, $persistent);
    switch ($fault) {
        case 'throw':
            send_only($c, $ep, $id);
            throw new RuntimeException("injected fault $id");
        case 'exit':
            send_only($c, $ep, $id);
            exit(0);
        case 'fatal':
            send_only($c, $ep, $id);
            // A compile-time fatal error (E_COMPILE_ERROR, a bailout like any fatal) on every PHP
            // version; E_USER_ERROR is deprecated from 8.4. The log line names injected_fault_ID.
            eval("function injected_fault_$id() {} function injected_fault_$id() {}");
            break;
        case 'sendclose':
            send_only($c, $ep, $id);
            $c->close();
            echo 'closed';
            return;
        case 'drop':
            send_only($c, $ep, $id);
            unset($c);
            $c = client($ep, $persistent);
            break;
        case 'caught':
            try {
                send_only($c, $ep, $id);
                throw new RuntimeException("injected fault $id");
            } catch (RuntimeException $e) {
                unset($c);
            }
            $c = client($ep, $persistent);
            break;
    }
    $reply = $c->request(payload($ep, $id));
    $st = $c->getStats();
    $tlsInfo = $c->getTlsInfo();
    $c->close();
    echo $reply, '|', (int) $st['reused'], '|', $st['reconnects'], '|', getmypid();
    if ($tlsInfo !== null) {
        echo '|', (int) $tlsInfo['resumed'];
    }
} catch (Throwable $e) {
    http_response_code(500);
    echo get_class($e), ': ', $e->getMessage();
}
