--TEST--
socket_recvmsg(): a control message the extension cannot convert turns $message into false
--EXTENSIONS--
sockets
--FILE--
<?php
$r = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($r, '127.0.0.1');
socket_getsockname($r, $addr, $port);
// IP_PKTINFO (level IPPROTO_IP = 0, type 8) is not among the supported control messages.
var_dump(socket_set_option($r, IPPROTO_IP, 8, 1));
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_sendmsg($s, ['name' => ['addr' => '127.0.0.1', 'port' => $port], 'iov' => ['data']]));
$m = ['controllen' => 64];
var_dump(socket_recvmsg($r, $m), $m);
?>
--EXPECTF--
bool(true)
int(4)

Warning: socket_recvmsg(): error converting native data (path: msghdr > control > element #1 > data): cmsghdr with level 0 and type 8 not supported in %s on line %d
int(4)
bool(false)
