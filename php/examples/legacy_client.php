<?php
/*
 * A TCP client in the style of the classic ext/sockets tutorial: connect, send one packet, print
 * the reply. It runs unchanged on PHP's C ext/sockets and on rsockets.
 *
 *   php legacy_client.php [HOST [PORT]]
 *
 * Without arguments it talks to RSOCKETS_TCP4 ("host:port", as exported by the test runners),
 * else to 127.0.0.1:5353.
 */
$default = getenv('RSOCKETS_TCP4') ?: '127.0.0.1:5353';
$sep = strrpos($default, ':');
$host = $argv[1] ?? substr($default, 0, $sep);
$port = (int) ($argv[2] ?? substr($default, $sep + 1));

$message = "WAW;;0029;SAMPLE;6287877180782;03";
echo "Message To server :" . $message . "\n";

// create socket
$socket = socket_create(AF_INET, SOCK_STREAM, SOL_TCP) or die("Could not create socket\n");
// connect to server
$result = socket_connect($socket, $host, $port) or die("Could not connect to server\n");
// send string to server
socket_write($socket, $message, strlen($message)) or die("Could not send data to server\n");
// get server response
$result = socket_read($socket, 1024) or die("Could not read server response\n");
echo "Reply From Server  :" . $result . "\n";
// close socket
socket_close($socket);
