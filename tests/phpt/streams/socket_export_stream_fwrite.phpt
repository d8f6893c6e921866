--TEST--
socket_export_stream(): fwrite on the stream, socket_read on the peer, and back with fread
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
[$a, $b] = $pair;
$st = socket_export_stream($a);
var_dump(is_resource($st), get_resource_type($st));
var_dump(fwrite($st, "from the stream"));
var_dump(socket_read($b, 100));
var_dump(socket_write($b, "from the socket"));
var_dump(fread($st, 100));
// The Socket still works on the same descriptor.
var_dump(socket_write($a, "direct"), socket_read($b, 100));
$meta = stream_get_meta_data($st);
var_dump($meta['stream_type'], $meta['blocked'], $meta['mode']);
?>
--EXPECT--
bool(true)
string(6) "stream"
int(15)
string(15) "from the stream"
int(15)
string(15) "from the socket"
int(6)
string(6) "direct"
string(11) "unix_socket"
bool(true)
string(2) "r+"
