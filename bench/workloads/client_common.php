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
