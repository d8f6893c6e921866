--TEST--
socket_sendmsg(): SCM_RIGHTS with Socket objects in any position sends their own descriptors
--EXTENSIONS--
sockets
--DESCRIPTION--
The C extension writes a Socket object's descriptor one slot too far (descriptor 0 is sent in its
place); each received descriptor here must be the socket or stream that was given.
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $chan);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $x);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $y);
$f = tmpfile();
fwrite($f, "file");
rewind($f);

var_dump(socket_sendmsg($chan[0], [
    'iov' => ['r'],
    'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$x[0], $f, $y[0]]]],
]));
$m = ['controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 3)];
var_dump(socket_recvmsg($chan[1], $m));
[$rx, $rf, $ry] = $m['control'][0]['data'];
var_dump($rx instanceof Socket, get_resource_type($rf), $ry instanceof Socket);

var_dump(socket_write($rx, "via x"), socket_read($x[1], 10));
var_dump(socket_write($ry, "via y"), socket_read($y[1], 10));
var_dump(fread($rf, 10));
// The received sockets know their family and are blocking, as socket_import_stream() would say.
var_dump(socket_getsockname($rx, $addr), $addr, socket_last_error($rx));
?>
--EXPECT--
int(1)
int(1)
bool(true)
string(6) "stream"
bool(true)
int(5)
string(5) "via x"
int(5)
string(5) "via y"
string(4) "file"
bool(true)
string(0) ""
int(0)
