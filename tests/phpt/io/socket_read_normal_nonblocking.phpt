--TEST--
socket_read(): PHP_NORMAL_READ on a non-blocking socket without a whole line returns (C spins forever)
--DESCRIPTION--
The C extension loops forever here (php_read() never counts an EAGAIN read as empty). rsockets
does what the code evidently meant: the partial line, or false with EAGAIN when there is none.
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;
socket_set_nonblock($b);
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
var_dump(socket_last_error($b) === SOCKET_EAGAIN);
socket_write($a, "partial");
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
socket_write($a, " line\n");
var_dump(socket_read($b, 100, PHP_NORMAL_READ));
?>
--EXPECT--
bool(false)
bool(true)
string(7) "partial"
string(6) " line
"
