<?php
// SocketClient in one page: the twenty hand-rolled lines of legacy code, one call per intent.
//   php -d extension=/path/to/librsockets.so php/examples/socketclient.php [tcp://127.0.0.1:919]
use RSockets\SocketClient;
use RSockets\SocketException;
use RSockets\TimeoutException;

$address = $argv[1] ?? 'tcp://127.0.0.1:919';
try {
    $c = new SocketClient($address, ['timeout' => 2.0]);        // connects or throws
    $c->send("WAW;;0029;SAMPLE;6287877180782;03");               // writes every byte or throws
    $reply = $c->receive(1024);                                  // what arrived; '' = peer closed
    echo "reply: ", $reply === '' ? '(peer closed)' : $reply, "\n";
    print_r($c->getStats());
    $c->close();
} catch (TimeoutException $e) {
    fwrite(STDERR, "too slow: {$e->getMessage()}\n");
    exit(1);
} catch (SocketException $e) {
    fwrite(STDERR, get_class($e) . ": {$e->getMessage()} (errno {$e->getCode()})\n");
    exit(1);
}
