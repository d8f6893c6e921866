--TEST--
socket_import_stream(): after fclose() the Socket never reaches a descriptor that reused the number (fixed C bug)
--DESCRIPTION--
In C the Socket keeps the closed descriptor number, so once a new descriptor takes that number,
socket_write() on the old Socket writes into the new connection. rsockets keeps C's EBADF
failure but on a number no descriptor can have.
--EXTENSIONS--
sockets
--FILE--
<?php
$p = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$sock = socket_import_stream($p[0]);
socket_set_block($sock); // any call: the Socket sees its stream still open
fclose($p[0]);
// The lowest free descriptor is the one just closed: the new pair's first end takes it.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $fresh);
socket_set_nonblock($fresh[1]);
var_dump(@socket_write($sock, 'stray'));
var_dump(socket_last_error($sock) === SOCKET_EBADF);
var_dump(socket_read($fresh[1], 100));
?>
--EXPECT--
bool(false)
bool(true)
bool(false)
