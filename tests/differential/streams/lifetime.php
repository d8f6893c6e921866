<?php
// Close ordering between a Socket and its stream, both directions, and the blocking handoff.
require __DIR__ . '/../_lib.php';
function check($label, $st, $sock, $peer)
{
    echo "[$label]\n";
    if ($st !== null) {
        attempt('  stream type', fn() => get_resource_type($st));
        attempt('  stream_set_blocking', fn() => stream_set_blocking($st, true));
        attempt('  fwrite', fn() => fwrite($st, 's'));
    }
    if ($sock !== null) {
        attempt('  socket_set_nonblock', fn() => socket_set_nonblock($sock));
        attempt('  socket_set_block', fn() => socket_set_block($sock));
        attempt('  socket_write', fn() => socket_write($sock, 'k'));
        attempt('  socket_last_error', fn() => socket_last_error($sock));
        attempt('  export type', fn() => get_resource_type(socket_export_stream($sock)));
    }
    socket_set_nonblock($peer);
    attempt('  peer read', fn() => socket_read($peer, 100));
}
foreach (['import', 'export'] as $mode) {
    foreach (['none', 'unset stream', 'unset socket', 'fclose', 'socket_close'] as $what) {
        socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
        [$a, $peer] = $p;
        if ($mode === 'import') {
            $st = socket_export_stream($a);
            unset($a);
            $sock = socket_import_stream($st);
        } else {
            $sock = $a;
            unset($a);
            $st = socket_export_stream($sock);
        }
        switch ($what) {
            case 'unset stream': $st = null; break;
            case 'unset socket': $sock = null; break;
            case 'fclose': fclose($st); break;
            case 'socket_close': socket_close($sock); break;
        }
        check("$mode / $what", $st, $sock, $peer);
        if ($sock !== null) {
            attempt('  socket_close', fn() => socket_close($sock));
            attempt('  socket_close again', fn() => socket_close($sock));
        }
        if ($st !== null) {
            attempt('  fclose', fn() => fclose($st));
        }
        attempt('  peer read after', fn() => socket_read($peer, 100));
    }
}
// Two Sockets on one stream: closing one closes the stream for both.
$ps = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$s1 = socket_import_stream($ps[0]);
$s2 = socket_import_stream($ps[0]);
socket_close($s1);
attempt('second socket write', fn() => socket_write($s2, 'x'));
attempt('second socket close', fn() => socket_close($s2));
attempt('stream', fn() => get_resource_type($ps[0]));
// Garbage: a Socket and its stream in a cycle.
$c = new stdClass;
$c->sock = socket_create(AF_INET, SOCK_STREAM, 0);
$c->st = socket_export_stream($c->sock);
$c->self = $c;
unset($c);
attempt('gc', fn() => gc_collect_cycles() >= 0);
echo "done\n";
