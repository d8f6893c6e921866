--TEST--
SocketClient: tcp_nodelay (default on) and keepalive (default off) are set on the socket
--EXTENSIONS--
sockets
--SKIPIF--
<?php require __DIR__ . '/skipif.inc';
if (!function_exists('socket_get_option')) die('skip socket_get_option() not available');
?>
--FILE--
<?php
use RSockets\SocketClient;
$addr = 'tcp://' . getenv('RSOCKETS_TCP4');
$c = new SocketClient($addr, ['timeout' => 2]);
$s = $c->getSocket();
var_dump(socket_get_option($s, SOL_TCP, TCP_NODELAY) > 0, socket_get_option($s, SOL_SOCKET, SO_KEEPALIVE));
$c = new SocketClient($addr, ['timeout' => 2, 'tcp_nodelay' => false, 'keepalive' => true]);
$s = $c->getSocket();
var_dump(socket_get_option($s, SOL_TCP, TCP_NODELAY), socket_get_option($s, SOL_SOCKET, SO_KEEPALIVE) > 0);
?>
--EXPECT--
bool(true)
int(0)
int(0)
bool(true)
