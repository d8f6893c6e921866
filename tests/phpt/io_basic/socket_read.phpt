--TEST--
socket_read(): binary reads, partial lengths, EOF
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[0], "hello\0world");
var_dump(bin2hex(socket_read($p[1], 100)));
socket_write($p[0], "abcdef");
var_dump(socket_read($p[1], 2), socket_read($p[1], 100, PHP_BINARY_READ));
socket_write($p[0], "xyz");
var_dump(socket_read($p[1], 100, 99));
socket_write($p[0], 'last');
socket_close($p[0]);
var_dump(socket_read($p[1], 100), socket_read($p[1], 100), socket_last_error($p[1]));
?>
--EXPECT--
string(22) "68656c6c6f00776f726c64"
string(2) "ab"
string(4) "cdef"
string(3) "xyz"
string(4) "last"
string(0) ""
int(0)
