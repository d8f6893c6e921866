--TEST--
SocketClient: a failed name lookup keeps its text ("Cannot resolve host X: <getaddrinfo error>", code 0)
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
use RSockets\ConnectException;
// An empty label: getaddrinfo refuses the name without asking the (silent) server.
$start = hrtime(true);
try {
    new SocketClient('tcp://bad..name:80', ['connect_timeout' => 5]);
} catch (ConnectException $e) {
    echo get_class($e), ' ', $e->getCode(), ': ', $e->getMessage(), "\n";
    var_dump((hrtime(true) - $start) / 1e9 < 1);
}
?>
--EXPECT--
RSockets\ConnectException 0: Cannot resolve host bad..name: Name or service not known
bool(true)
