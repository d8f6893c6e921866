--TEST--
socket_read(): PHP_NORMAL_READ stops after \n or at \r
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[0], "line1\nline2\r\nline3\rtail\n");
var_dump(socket_read($p[1], 100, PHP_NORMAL_READ));
var_dump(socket_read($p[1], 100, PHP_NORMAL_READ));
var_dump(socket_read($p[1], 100, PHP_NORMAL_READ));
var_dump(socket_read($p[1], 100, PHP_NORMAL_READ));
var_dump(socket_read($p[1], 2, PHP_NORMAL_READ));
var_dump(socket_read($p[1], 100, PHP_NORMAL_READ));
?>
--EXPECT--
string(6) "line1
"
string(6) "line2"
string(1) "
"
string(6) "line3"
string(2) "ta"
string(3) "il
"
