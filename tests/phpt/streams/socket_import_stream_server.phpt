--TEST--
socket_import_stream(): a stream_socket_server() listener accepts through socket_accept()
--EXTENSIONS--
sockets
--FILE--
<?php
$srv = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$name = stream_socket_get_name($srv, false);
$l = socket_import_stream($srv);
var_dump(socket_getsockname($l, $addr, $port), "$addr:$port" === $name);
$c = stream_socket_client("tcp://$name", $errno, $errstr, 5);
$a = socket_accept($l);
var_dump($a instanceof Socket);
fwrite($c, "hi");
var_dump(socket_read($a, 10));
// UDP too.
$u = stream_socket_server('udp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND);
$us = socket_import_stream($u);
var_dump(socket_getsockname($us, $uaddr, $uport), $uaddr);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
string(2) "hi"
bool(true)
string(9) "127.0.0.1"
