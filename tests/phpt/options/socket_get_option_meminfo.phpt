--TEST--
socket_get_option(): SO_MEMINFO returns the nine counters by name
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$m = socket_get_option($s, SOL_SOCKET, SO_MEMINFO);
var_dump(implode(',', array_keys($m)));
var_dump(count(array_filter($m, 'is_int')), $m['rcvbuf'] > 0, $m['sndbuf'] > 0);
var_dump(socket_get_option($s, SOL_TCP, SO_MEMINFO));
?>
--EXPECTF--
string(78) "rmem_alloc,rcvbuf,wmem_alloc,sndbuf,fwd_alloc,wmem_queued,optmem,backlog,drops"
int(9)
bool(true)
bool(true)

Warning: socket_get_option(): Unable to retrieve socket option [92]: Protocol not available in %s on line %d
bool(false)
