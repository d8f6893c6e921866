--TEST--
SocketClient: a length header claiming 1 GiB takes memory for the bytes that arrived, not for the claim
--EXTENSIONS--
sockets
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
if (!is_readable('/proc/self/status')) die('skip needs /proc/self/status (VmHWM)');
?>
--FILE--
<?php
use RSockets\SocketClient;
require __DIR__ . '/peer_start.inc';

/** Peak resident memory of this process (VmHWM), in kB. */
function vm_hwm(): int {
    preg_match('/^VmHWM:\s+(\d+) kB/m', file_get_contents('/proc/self/status'), $m);
    return (int) $m[1];
}

// The peer states 1 GiB - 16 bytes, sends 256 KiB of it, then closes.
$peer = peer_start('tcp-claim', (string) ((1 << 30) - 16), (string) (256 << 10));
$before = vm_hwm();
$c = new SocketClient("tcp://{$peer[3]}", [
    'framing' => ['length' => 'N'],
    'max_frame' => 1 << 30,
    'timeout' => 5,
]);
peer_wait($peer[2], 'sent');
fclose($peer[1]); // the peer closes now
try {
    $c->receiveFrame();
} catch (RSockets\ConnectionClosedException $e) {
    echo $e->getMessage() === "Connection closed by {$peer[3]} in the middle of a frame (262148 bytes received)"
        ? "closed in the middle of the frame\n" : $e->getMessage() . "\n";
}
$grew = vm_hwm() - $before;
echo $grew < 16 * 1024 ? "peak RSS grew by less than 16 MiB\n" : "peak RSS grew by $grew kB\n";
fclose($peer[2]);
proc_close($peer[0]);
?>
--EXPECT--
closed in the middle of the frame
peak RSS grew by less than 16 MiB
