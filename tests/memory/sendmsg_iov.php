<?php
// socket_sendmsg() copies every iov string with emalloc() (from_zval_write_iov_array_aux):
// a 40 MiB string under a 64 MB memory_limit cannot be copied.
$p = [];
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_set_nonblock($p[0]);
$big = str_repeat('x', 40 * 1024 * 1024);
var_dump(socket_sendmsg($p[0], ['iov' => [$big]], 0));
echo "not reached\n";
