<?php
// controllen 0xffffffff (the largest it accepts): a 4 GiB emalloc() request. The engine refuses
// it however it refuses (this must never reach the Rust allocator, which aborts under ulimit -v).
$p = [];
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
socket_write($p[0], "hi");
$m = ['buffer_size' => 10, 'controllen' => 0xffffffff];
var_dump(socket_recvmsg($p[1], $m, 0));
echo "not reached\n";
