--TEST--
SocketClient: connect failures are ConnectException: refused (111), unresolvable (0), timed out (110)
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
// A port nobody listens on: bind one, note it, close it.
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($s, '127.0.0.1', 0);
socket_getsockname($s, $a, $port);
socket_close($s);
try {
    new SocketClient("tcp://127.0.0.1:$port");
} catch (RSockets\ConnectException $e) {
    echo get_class($e), ' ', $e->getCode(), ': ', str_replace($port, 'PORT', $e->getMessage()), "\n";
}
// retries: three attempts, two reconnects, still refused.
$t = microtime(true);
try {
    new SocketClient("tcp://127.0.0.1:$port", ['retries' => 2, 'retry_delay' => 0.05]);
} catch (RSockets\ConnectException $e) {
    echo $e->getCode(), ' ', (microtime(true) - $t) >= 0.1 ? 'waited' : 'too fast', "\n";
}
try {
    new SocketClient("tcp://no-such-host.invalid:80");
} catch (RSockets\ConnectException $e) {
    echo get_class($e), ' ', $e->getCode(), ': ', preg_replace('/: .*/', ': WHY', $e->getMessage()), "\n";
}
// A listener whose accept queue is full drops further SYNs: the connect times out.
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l, 0);
socket_getsockname($l, $a, $lport);
$fill = [];
for ($i = 0; $i < 4; $i++) {
    $f = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_set_nonblock($f);
    @socket_connect($f, '127.0.0.1', $lport);
    $fill[] = $f;
}
usleep(100000);
$t = microtime(true);
try {
    new SocketClient("tcp://127.0.0.1:$lport", ['connect_timeout' => 0.3]);
    echo "connected?\n";
} catch (RSockets\ConnectException $e) {
    $dt = microtime(true) - $t;
    echo get_class($e), ' ', $e->getCode(), ': ', str_replace($lport, 'PORT', $e->getMessage()), "\n";
    var_dump($dt >= 0.29 && $dt < 1.0);
}
?>
--EXPECT--
RSockets\ConnectException 111: Connection to 127.0.0.1:PORT refused [111]
111 waited
RSockets\ConnectException 0: Cannot resolve host no-such-host.invalid: WHY
RSockets\ConnectException 110: Connection to 127.0.0.1:PORT timed out after 0.3 s [110]
bool(true)
