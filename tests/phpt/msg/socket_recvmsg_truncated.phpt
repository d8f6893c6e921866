--TEST--
socket_recvmsg(): buffer_size truncation (MSG_TRUNC), MSG_TRUNC as a flag, a short control buffer (MSG_CTRUNC)
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
[$a, $b] = $p;
socket_sendmsg($a, ['iov' => ['0123456789']]);
$m = ['buffer_size' => 4, 'controllen' => 1];
var_dump(socket_recvmsg($b, $m), $m['iov'], $m['flags'] === MSG_TRUNC);

socket_sendmsg($a, ['iov' => ['0123456789']]);
$m = ['buffer_size' => 4, 'controllen' => 1];
var_dump(socket_recvmsg($b, $m, MSG_TRUNC), $m['iov']);

socket_sendmsg($a, ['iov' => ['abc']]);
$m = ['buffer_size' => 0, 'controllen' => 1];
var_dump(socket_recvmsg($b, $m), $m['iov']);

$f = tmpfile();
socket_sendmsg($a, ['iov' => ['fds'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$f, $f, $f]]]]);
$m = ['controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)];
var_dump(socket_recvmsg($b, $m), count($m['control'][0]['data']), $m['flags'] === MSG_CTRUNC);
?>
--EXPECT--
int(4)
array(1) {
  [0]=>
  string(4) "0123"
}
bool(true)
int(10)
array(1) {
  [0]=>
  string(4) "0123"
}
int(0)
array(0) {
}
int(3)
int(2)
bool(true)
