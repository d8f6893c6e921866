<?php
// Imported client streams to the echo server, as Workerman uses them.
function t(string $label, callable $f)
{
    echo $label, ': ';
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$addr = getenv('RSOCKETS_TCP4');
$st = stream_socket_client("tcp://$addr", $errno, $errstr, 5);
$sock = socket_import_stream($st);
t('keepalive', fn() => socket_set_option($sock, SOL_SOCKET, SO_KEEPALIVE, 1));
t('nodelay', fn() => socket_set_option($sock, SOL_TCP, TCP_NODELAY, 1));
t('get keepalive', fn() => socket_get_option($sock, SOL_SOCKET, SO_KEEPALIVE) > 0);
t('fwrite', fn() => fwrite($st, "ping\n"));
t('socket_read', function () use ($sock) {
    $got = '';
    while (strlen($got) < 5 && ($c = socket_read($sock, 100)) !== false && $c !== '') {
        $got .= $c;
    }
    return $got;
});
stream_set_blocking($st, false);
t('fread empty', fn() => fread($st, 10));
$r = [$st]; $w = $e = null;
t('select idle', fn() => stream_select($r, $w, $e, 0, 0));
socket_write($sock, "pong\n");
$r = [$st];
t('select ready', fn() => stream_select($r, $w, $e, 2, 0));
t('fread', fn() => fread($st, 10));
t('peer', function () use ($sock, $addr) { socket_getpeername($sock, $h, $p); return "$h:$p" === $addr; });
t('socket_close', fn() => socket_close($sock));
t('stream after', fn() => get_resource_type($st));
