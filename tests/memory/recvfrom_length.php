<?php
// socket_recvfrom() allocates its result string (zend_string_alloc) for the whole length before it
// receives anything: 100 MiB under a 64 MB memory_limit.
$p = [];
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_write($p[0], "hi");
var_dump(socket_recvfrom($p[1], $buf, 100 * 1024 * 1024, 0, $from));
echo "not reached\n";
