--TEST--
socket_write(): a full buffer on a non-blocking socket gives a partial count, then false without a warning
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_set_nonblock($p[0]);
$big = str_repeat('x', 4 * 1024 * 1024);
$n = socket_write($p[0], $big);
var_dump(is_int($n) && $n > 0 && $n < strlen($big));
var_dump(socket_write($p[0], $big));
var_dump(socket_last_error($p[0]) === SOCKET_EAGAIN);
?>
--EXPECT--
bool(true)
bool(false)
bool(true)
