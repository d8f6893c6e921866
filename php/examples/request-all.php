<?php
// Many requests at once under one deadline: each client sends its payload and every reply is
// awaited in one poll loop, so the call takes as long as the slowest peer, not the sum of all.
// A peer that fails or stays silent gets its exception in the result; the others still answer.
//   php -d extension=/path/to/librsockets.so php/examples/request-all.php tcp://127.0.0.1:919
use RSockets\SocketClient;
use RSockets\SocketException;

$address = $argv[1] ?? 'tcp://127.0.0.1:919';
$requests = [];
foreach (['gw-a', 'gw-b', 'gw-c', 'gw-d'] as $name) {
    $client = new SocketClient($address, ['framing' => 'line', 'timeout' => 2]);
    $requests[$name] = [$client, "STATUS $name"];
}
$t = microtime(true);
$replies = SocketClient::requestAll($requests, 1.5);   // one deadline for the whole call
foreach ($replies as $name => $reply) {
    echo $name, ': ', $reply instanceof SocketException
        ? get_class($reply) . ' ' . $reply->getMessage()
        : $reply, "\n";
}
printf("%d replies in %.1f ms\n", count($replies), (microtime(true) - $t) * 1000);
