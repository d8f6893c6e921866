--TEST--
socket_read(): PHP_NORMAL_READ at EOF gives up with ECONNRESET
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_close($p[0]);
var_dump(socket_read($p[1], 100, PHP_NORMAL_READ));
var_dump(socket_last_error($p[1]) === SOCKET_ECONNRESET);
?>
--EXPECTF--

Warning: socket_read(): unable to read from socket [104]: Connection reset by peer in %s on line %d
bool(false)
bool(true)
