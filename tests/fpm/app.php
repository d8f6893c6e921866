<?php
// The web app of the FPM end-to-end test: one packet to the echo server per HTTP request,
// through a persistent SocketClient (or a fresh one with ?persistent=0), and the reply back.
// Response: "REPLY|REUSED|RECONNECTS|PID", or HTTP 500 with the exception.
$id = $_GET['id'] ?? '0';
$persistent = ($_GET['persistent'] ?? '1') === '1';
try {
    $c = new RSockets\SocketClient(getenv('ECHO_URL') ?: $_SERVER['ECHO_URL'], [
        'persistent' => $persistent,
        'timeout' => 2,
        'framing' => 'line',
    ]);
    $reply = $c->request("WAW;;0029;SAMPLE;$id;03");
    $st = $c->getStats();
    $c->close();
    echo $reply, '|', (int) $st['reused'], '|', $st['reconnects'], '|', getmypid();
} catch (Throwable $e) {
    http_response_code(500);
    echo get_class($e), ': ', $e->getMessage();
}
