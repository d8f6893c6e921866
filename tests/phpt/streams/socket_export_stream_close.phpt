--TEST--
socket_export_stream(): close ordering between the Socket and its stream
--EXTENSIONS--
sockets
--FILE--
<?php
function t(string $label, callable $f) {
    echo $label, ': ';
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
function pair() {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
    return [$p[0], $p[1], socket_export_stream($p[0])];
}

echo "-- socket_close()\n";
[$sock, $peer, $st] = pair();
socket_close($sock);
t('stream', fn() => get_resource_type($st));
t('fread', fn() => fread($st, 1));
t('peer sees EOF', fn() => socket_read($peer, 10));

echo "-- fclose()\n";
[$sock, $peer, $st] = pair();
fclose($st);
t('peer sees EOF', fn() => socket_read($peer, 10));
t('socket_write', fn() => socket_write($sock, 'x'));
t('same (closed) stream', fn() => get_resource_type(socket_export_stream($sock)));

echo "-- unset(socket)\n";
[$sock, $peer, $st] = pair();
unset($sock);
t('fwrite', fn() => fwrite($st, 'still'));
t('peer', fn() => socket_read($peer, 10));
fclose($st);
t('peer sees EOF', fn() => socket_read($peer, 10));

echo "-- unset(stream)\n";
[$sock, $peer, $st] = pair();
unset($st);
t('socket_write', fn() => socket_write($sock, 'alive'));
t('peer', fn() => socket_read($peer, 10));
t('stream again', fn() => fwrite(socket_export_stream($sock), '!'));
t('peer', fn() => socket_read($peer, 10));
?>
--EXPECTF--
-- socket_close()
stream: string(7) "Unknown"
fread: TypeError: fread(): %s stream resource
peer sees EOF: string(0) ""
-- fclose()
peer sees EOF: string(0) ""
socket_write: 
Warning: socket_write(): unable to write to socket [9]: Bad file descriptor in %s on line %d
bool(false)
same (closed) stream: string(7) "Unknown"
-- unset(socket)
fwrite: int(5)
peer: string(5) "still"
peer sees EOF: string(0) ""
-- unset(stream)
socket_write: int(5)
peer: string(5) "alive"
stream again: int(1)
peer: string(1) "!"
