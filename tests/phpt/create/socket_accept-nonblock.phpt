--TEST--
socket_accept(): non-blocking with nothing pending is false without a warning; EAGAIN is recorded only globally
--EXTENSIONS--
sockets
--FILE--
<?php
$l = socket_create_listen(0);
socket_set_nonblock($l);
var_dump(socket_accept($l));
var_dump(socket_last_error($l));
var_dump(socket_last_error() === SOCKET_EAGAIN);
?>
--EXPECT--
bool(false)
int(0)
bool(true)
