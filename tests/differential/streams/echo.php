<?php
// Imported client streams to the echo server, as Workerman uses them.
require __DIR__ . '/../_lib.php';
$addr = getenv('RSOCKETS_TCP4');
$st = stream_socket_client("tcp://$addr", $errno, $errstr, 5);
$sock = socket_import_stream($st);
attempt('keepalive', fn() => socket_set_option($sock, SOL_SOCKET, SO_KEEPALIVE, 1));
attempt('nodelay', fn() => socket_set_option($sock, SOL_TCP, TCP_NODELAY, 1));
attempt('get keepalive', fn() => socket_get_option($sock, SOL_SOCKET, SO_KEEPALIVE) > 0);
attempt('fwrite', fn() => fwrite($st, "ping\n"));
attempt('socket_read', function () use ($sock) {
    $got = '';
    while (strlen($got) < 5 && ($c = socket_read($sock, 100)) !== false && $c !== '') {
        $got .= $c;
    }
    return $got;
});
stream_set_blocking($st, false);
attempt('fread empty', fn() => fread($st, 10));
$r = [$st]; $w = $e = null;
attempt('select idle', fn() => stream_select($r, $w, $e, 0, 0));
socket_write($sock, "pong\n");
$r = [$st];
attempt('select ready', fn() => stream_select($r, $w, $e, 2, 0));
attempt('fread', fn() => fread($st, 10));
attempt('peer', function () use ($sock, $addr) { socket_getpeername($sock, $h, $p); return "$h:$p" === $addr; });
attempt('socket_close', fn() => socket_close($sock));
attempt('stream after', fn() => get_resource_type($st));
