--TEST--
socket_create(): socket(2) failures warn, return false and set the global error
--EXTENSIONS--
sockets
--FILE--
<?php
var_dump(socket_create(AF_INET, SOCK_STREAM, SOL_UDP));
var_dump(socket_last_error() === SOCKET_EPROTONOSUPPORT);
var_dump(socket_create(AF_INET, SOCK_SEQPACKET, 0));
var_dump(socket_last_error() === SOCKET_ESOCKTNOSUPPORT);
var_dump(socket_create(AF_INET, -1, 0));
var_dump(socket_create(AF_INET, SOCK_STREAM, 9999));
var_dump(socket_last_error());
?>
--EXPECTF--

Warning: socket_create(): Unable to create socket [93]: Protocol not supported in %s on line %d
bool(false)
bool(true)

Warning: socket_create(): Unable to create socket [94]: Socket type not supported in %s on line %d
bool(false)
bool(true)

Warning: socket_create(): Unable to create socket [22]: Invalid argument in %s on line %d
bool(false)

Warning: socket_create(): Unable to create socket [22]: Invalid argument in %s on line %d
bool(false)
int(22)
