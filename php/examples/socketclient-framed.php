<?php
// Framed request/response with a persistent connection, as a web app under PHP-FPM uses it:
// each call of this script (each HTTP request) reuses the worker's connection.
//   php -d extension=/path/to/librsockets.so php/examples/socketclient-framed.php tcp://127.0.0.1:919
use RSockets\SocketClient;

$address = $argv[1] ?? 'tcp://127.0.0.1:919';
$c = new SocketClient($address, [
    'framing' => ['length' => 'N'],   // 4-byte big-endian length, then the payload
    'timeout' => 2,
    'persistent' => 'gateway',        // reused by the next request in this worker
    'retries' => 2,
]);
echo $c->request('PING'), "\n";       // one frame out, one frame back, payload only
$c->close();                          // back to the pool; close(true) would destroy it
