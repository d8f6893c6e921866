--TEST--
SocketClient: connect_timeout covers name resolution; a resolver that never answers gives ConnectException (ETIMEDOUT) at connect_timeout, not after getaddrinfo's 10 s
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
use RSockets\ConnectException;
// resolv.conf points at a server that never answers (timeout:5 attempts:2): getaddrinfo alone
// would block for 10 s or more. The bounds here only tell "at the deadline" from "after the
// lookup"; how close to the deadline it fires is a figure tests/resolver/measure.php prints.
foreach ([0.3, 0.05] as $t) {
    $start = hrtime(true);
    try {
        new SocketClient('tcp://rsockets-silent.example:80', ['connect_timeout' => $t]);
        echo "connected?\n";
    } catch (ConnectException $e) {
        $took = (hrtime(true) - $start) / 1e9;
        echo get_class($e), ' ', $e->getCode(), ': ', $e->getMessage(), "\n";
        var_dump($took >= $t - 0.001 && $took < $t + 2);
    }
}
// Lookups left running in the background do not hold up the next client: a literal address
// and an /etc/hosts name connect at once.
[$srv, $port] = (function () {
    require __DIR__ . '/listen.inc';
    return listen_only_on('127.0.0.1', '::1');
})();
$start = hrtime(true);
$c = new SocketClient("tcp://127.0.0.1:$port", ['connect_timeout' => 1]);
$c2 = new SocketClient("tcp://rsockets-dual:$port", ['connect_timeout' => 1]);
var_dump($c2->getRemoteAddress() === "127.0.0.1:$port", (hrtime(true) - $start) / 1e9 < 2);
// The timeout applies on every round of retries.
$start = hrtime(true);
try {
    new SocketClient('tcp://rsockets-silent.example:80', ['connect_timeout' => 0.1, 'retries' => 2, 'retry_delay' => 0.01]);
} catch (ConnectException $e) {
    $took = (hrtime(true) - $start) / 1e9;
    var_dump($e->getCode(), $took >= 0.32 && $took < 0.32 + 2);
}
?>
--EXPECT--
RSockets\ConnectException 110: Cannot resolve host rsockets-silent.example: the name lookup did not finish within connect_timeout (0.3 s) [110]
bool(true)
RSockets\ConnectException 110: Cannot resolve host rsockets-silent.example: the name lookup did not finish within connect_timeout (0.05 s) [110]
bool(true)
bool(true)
bool(true)
int(110)
bool(true)
