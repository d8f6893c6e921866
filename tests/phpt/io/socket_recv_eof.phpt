--TEST--
socket_recv(): end of stream returns 0 and sets \$data to NULL
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

socket_close($a);
$data = "previous";
var_dump(socket_recv($b, $data, 100, 0), $data, socket_last_error($b));
--EXPECT--
int(0)
NULL
int(0)
