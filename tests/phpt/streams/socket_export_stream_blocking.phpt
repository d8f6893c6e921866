--TEST--
socket_export_stream(): blocking mode and timeout are taken from the socket; stream_select works
--EXTENSIONS--
sockets
--INI--
default_socket_timeout=7
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
[$a, $b] = $pair;
socket_set_nonblock($a);
$st = socket_export_stream($a);
var_dump(stream_get_meta_data($st)['blocked']);
var_dump(fread($st, 10));
$r = [$st]; $w = null; $e = null;
var_dump(stream_select($r, $w, $e, 0, 0));
socket_write($b, "wake");
$r = [$st];
var_dump(stream_select($r, $w, $e, 1, 0), fread($st, 10));
// socket_set_block() goes through the stream, which records it.
var_dump(socket_set_block($a), stream_get_meta_data($st)['blocked']);
var_dump(socket_set_nonblock($a), stream_get_meta_data($st)['blocked']);
var_dump(stream_set_blocking($st, true));
?>
--EXPECT--
bool(false)
string(0) ""
int(0)
int(1)
string(4) "wake"
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
