--TEST--
socket_last_error(): a failed socket_create() sets only the global error
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(@socket_create(AF_INET, SOCK_STREAM, 9999));
var_dump(socket_last_error(), socket_last_error($s));
?>
--EXPECT--
bool(false)
int(22)
int(0)
