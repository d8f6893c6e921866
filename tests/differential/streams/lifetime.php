<?php
// Close ordering between a Socket and its stream, both directions, and the blocking handoff.
function t(string $label, callable $f)
{
    echo $label, ': ';
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
function check($label, $st, $sock, $peer)
{
    echo "[$label]\n";
    if ($st !== null) {
        t('  stream type', fn() => get_resource_type($st));
        t('  stream_set_blocking', fn() => stream_set_blocking($st, true));
        t('  fwrite', fn() => fwrite($st, 's'));
    }
    if ($sock !== null) {
        t('  socket_set_nonblock', fn() => socket_set_nonblock($sock));
        t('  socket_set_block', fn() => socket_set_block($sock));
        t('  socket_write', fn() => socket_write($sock, 'k'));
        t('  socket_last_error', fn() => socket_last_error($sock));
        t('  export type', fn() => get_resource_type(socket_export_stream($sock)));
    }
    socket_set_nonblock($peer);
    t('  peer read', fn() => socket_read($peer, 100));
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
            t('  socket_close', fn() => socket_close($sock));
            t('  socket_close again', fn() => socket_close($sock));
        }
        if ($st !== null) {
            t('  fclose', fn() => fclose($st));
        }
        t('  peer read after', fn() => socket_read($peer, 100));
    }
}
// Two Sockets on one stream: closing one closes the stream for both.
$ps = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$s1 = socket_import_stream($ps[0]);
$s2 = socket_import_stream($ps[0]);
socket_close($s1);
t('second socket write', fn() => socket_write($s2, 'x'));
t('second socket close', fn() => socket_close($s2));
t('stream', fn() => get_resource_type($ps[0]));
// Garbage: a Socket and its stream in a cycle.
$c = new stdClass;
$c->sock = socket_create(AF_INET, SOCK_STREAM, 0);
$c->st = socket_export_stream($c->sock);
$c->self = $c;
unset($c);
t('gc', fn() => gc_collect_cycles() >= 0);
echo "done\n";
