--TEST--
socket_recv()/socket_recvfrom(): MSG_TRUNC returns the datagram's length, $data holds what fit
--DESCRIPTION--
With MSG_TRUNC the kernel returns the full datagram length. The C extension uses it as the
string length and reads (and writes a NUL) past its buffer; rsockets returns the same value but
keeps only the bytes received in $data.
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_send($p[0], "0123456789", 10, 0);
var_dump(socket_recv($p[1], $data, 4, MSG_TRUNC), $data);
socket_send($p[0], "abcdefghij", 10, 0);
var_dump(socket_recvfrom($p[1], $data, 3, MSG_TRUNC, $from), $data, $from);
?>
--EXPECT--
int(10)
string(4) "0123"
int(10)
string(3) "abc"
string(0) ""
