--TEST--
socket_import_stream(): close ordering (socket_close frees the stream; unset keeps the other side alive)
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
    $p = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    return [$p[0], $p[1], socket_import_stream($p[0])];
}

echo "-- socket_close() closes the stream\n";
[$st, $peer, $sock] = pair();
socket_close($sock);
t('stream', fn() => get_resource_type($st));
t('fwrite', fn() => fwrite($st, 'x'));
t('peer sees EOF', fn() => fread($peer, 10));
t('socket_write', fn() => socket_write($sock, 'x'));
t('socket_close again', fn() => socket_close($sock));

echo "-- unset(stream): the Socket keeps it open\n";
[$st, $peer, $sock] = pair();
unset($st);
t('socket_write', fn() => socket_write($sock, 'abc'));
t('peer', fn() => fread($peer, 10));
unset($sock);
t('peer sees EOF after the Socket goes', fn() => fread($peer, 10));

echo "-- unset(socket): the stream stays open\n";
[$st, $peer, $sock] = pair();
unset($sock);
t('fwrite', fn() => fwrite($st, 'def'));
t('peer', fn() => fread($peer, 10));

echo "-- fclose(stream): the Socket fails with EBADF\n";
[$st, $peer, $sock] = pair();
fclose($st);
t('socket_set_block', fn() => socket_set_block($sock));
t('last_error', fn() => socket_last_error($sock) === SOCKET_EBADF);
t('socket_write', fn() => socket_write($sock, 'x'));
t('socket_export_stream', fn() => get_resource_type(socket_export_stream($sock)));
t('socket_close', fn() => socket_close($sock));
t('socket_write after close', fn() => socket_write($sock, 'x'));
?>
--EXPECTF--
-- socket_close() closes the stream
stream: string(7) "Unknown"
fwrite: TypeError: fwrite(): %s stream resource
peer sees EOF: string(0) ""
socket_write: Error: socket_write(): Argument #1 ($socket) has already been closed
socket_close again: Error: socket_close(): Argument #1 ($socket) has already been closed
-- unset(stream): the Socket keeps it open
socket_write: int(3)
peer: string(3) "abc"
peer sees EOF after the Socket goes: string(0) ""
-- unset(socket): the stream stays open
fwrite: int(3)
peer: string(3) "def"
-- fclose(stream): the Socket fails with EBADF
socket_set_block: 
Warning: socket_set_block(): unable to set blocking mode [9]: Bad file descriptor in %s on line %d
bool(false)
last_error: bool(true)
socket_write: 
Warning: socket_write(): unable to write to socket [9]: Bad file descriptor in %s on line %d
bool(false)
socket_export_stream: string(7) "Unknown"
socket_close: TypeError: socket_close(): supplied resource is not a valid stream resource
socket_write after close: Error: socket_write(): Argument #1 ($socket) has already been closed
