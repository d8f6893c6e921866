--TEST--
socket_import_stream(): a stream_socket_client() connection to the echo server, with the options Workerman sets
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (!getenv('RSOCKETS_TCP4')) die('skip RSOCKETS_TCP4 not set'); ?>
--FILE--
<?php
$st = stream_socket_client('tcp://' . getenv('RSOCKETS_TCP4'), $errno, $errstr, 5);
$sock = socket_import_stream($st);
var_dump($sock instanceof Socket);
var_dump(socket_set_option($sock, SOL_SOCKET, SO_KEEPALIVE, 1));
var_dump(socket_set_option($sock, SOL_TCP, TCP_NODELAY, 1));
var_dump(socket_get_option($sock, SOL_SOCKET, SO_KEEPALIVE) > 0, socket_get_option($sock, SOL_TCP, TCP_NODELAY) > 0);
// Both sides use the same connection.
var_dump(fwrite($st, "via stream\n"));
$got = '';
while (strlen($got) < 11 && ($c = socket_read($sock, 100)) !== false && $c !== '') {
    $got .= $c;
}
var_dump($got);
var_dump(socket_write($sock, "via socket\n"));
$got = '';
while (strlen($got) < 11 && !feof($st)) {
    $got .= fread($st, 100);
}
var_dump($got);
var_dump(socket_getpeername($sock, $addr, $port), "$addr:$port" === getenv('RSOCKETS_TCP4'));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(11)
string(11) "via stream
"
int(11)
string(11) "via socket
"
bool(true)
bool(true)
