<?php
// buffer_size at its maximum (100 MiB) over memory_limit: emalloc()ed as soon as it is read
// (from_zval_write_msghdr_buffer_size), before controllen is even looked at.
$p = [];
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_write($p[0], "hi");
$m = ['buffer_size' => 100 * 1024 * 1024];
var_dump(socket_recvmsg($p[1], $m, 0));
echo "not reached\n";
