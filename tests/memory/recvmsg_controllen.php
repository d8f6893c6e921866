<?php
// socket_recvmsg() with a controllen over memory_limit: C emalloc()s it (conversions.c,
// from_zval_write_controllen), so the engine ends the script with its memory fatal error.
$p = [];
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_write($p[0], "hi");
$m = ['buffer_size' => 10, 'controllen' => 100 * 1024 * 1024];
var_dump(socket_recvmsg($p[1], $m, 0));
echo "not reached\n";
