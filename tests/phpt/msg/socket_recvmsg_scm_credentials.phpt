--TEST--
socket_sendmsg()/socket_recvmsg(): SCM_CREDENTIALS over a unix socketpair with SO_PASSCRED
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $pair);
[$a, $b] = $pair;
var_dump(socket_set_option($b, SOL_SOCKET, SO_PASSCRED, 1));

// The kernel attaches the sender's credentials by itself.
var_dump(socket_sendmsg($a, ['iov' => ['implicit']]));
$msg = ['controllen' => socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS)];
var_dump(socket_recvmsg($b, $msg));
$c = $msg['control'][0];
var_dump($c['level'] === SOL_SOCKET, $c['type'] === SCM_CREDENTIALS);
var_dump($c['data']['pid'] === getmypid(), is_int($c['data']['uid']), is_int($c['data']['gid']));

// Explicit credentials: our own are accepted and come back unchanged.
$cred = ['pid' => getmypid(), 'uid' => $c['data']['uid'], 'gid' => $c['data']['gid']];
var_dump(socket_sendmsg($a, ['iov' => ['explicit'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => $cred],
]]));
$msg = ['controllen' => 64];
var_dump(socket_recvmsg($b, $msg));
var_dump($msg['control'][0]['data'] === $cred, $msg['iov']);
?>
--EXPECT--
bool(true)
int(8)
int(8)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(8)
int(8)
bool(true)
array(1) {
  [0]=>
  string(8) "explicit"
}
