--TEST--
SocketClient: read_timeout on a silent peer is a TimeoutException (code 110) after that time
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TCP_SILENT']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$addr = getenv('RSOCKETS_TCP_SILENT');
foreach ([['timeout' => 0.2], ['read_timeout' => 0.2, 'timeout' => 5], ['timeout' => 5, 'read_timeout' => 0.2]] as $o) {
    $c = new SocketClient("tcp://$addr", $o);
    $t = microtime(true);
    try {
        $c->request("ping");
    } catch (RSockets\TimeoutException $e) {
        $dt = microtime(true) - $t;
        echo get_class($e), ' ', $e->getCode(), ': ', str_replace($addr, 'ADDR', $e->getMessage()), "\n";
        var_dump($dt >= 0.19 && $dt < 0.6);
        var_dump($e instanceof RSockets\SocketException, $e instanceof RuntimeException);
    }
}
?>
--EXPECT--
RSockets\TimeoutException 110: Receive from ADDR timed out after 0.2 s
bool(true)
bool(true)
bool(true)
RSockets\TimeoutException 110: Receive from ADDR timed out after 0.2 s
bool(true)
bool(true)
bool(true)
RSockets\TimeoutException 110: Receive from ADDR timed out after 0.2 s
bool(true)
bool(true)
bool(true)
