<?php
// Received ancillary data: SCM_CREDENTIALS (SO_PASSCRED), IPV6_PKTINFO/HOPLIMIT/TCLASS on ::1,
// and a control message the extension cannot convert (IP_PKTINFO): the message becomes false.
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $pair);
[$a, $b] = $pair;
var_dump(socket_set_option($b, SOL_SOCKET, SO_PASSCRED, 1));
var_dump(socket_sendmsg($a, ['iov' => ['creds']]));
$m = ['controllen' => socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS)];
var_dump(socket_recvmsg($b, $m));
$cred = $m['control'][0]['data'];
var_dump($m['control'][0]['level'], $m['control'][0]['type'], array_keys($cred), $cred['pid'] === getmypid());
// Sending our own credentials explicitly.
var_dump(socket_sendmsg($a, ['iov' => ['explicit'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => getmypid(), 'uid' => $cred['uid'], 'gid' => $cred['gid']]],
]]));
$m2 = ['controllen' => 64];
var_dump(socket_recvmsg($b, $m2), $m2['control'] == $m['control'], $m2['iov']);
// A control buffer too small for SCM_CREDENTIALS: MSG_CTRUNC and no control message.
var_dump(socket_sendmsg($a, ['iov' => ['small']]));
$m3 = ['controllen' => 8];
var_dump(socket_recvmsg($b, $m3), $m3);

// IP_PKTINFO (level 0, type 8) is not in the registry: a warning, $message = false.
$r = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($r, '127.0.0.1');
socket_getsockname($r, $addr, $port);
var_dump(socket_set_option($r, IPPROTO_IP, 8, 1));
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_sendmsg($s, ['name' => ['addr' => '127.0.0.1', 'port' => $port], 'iov' => ['pkt']]));
$m = ['controllen' => 100];
var_dump(socket_recvmsg($r, $m), $m);

$r6 = @socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
if (!$r6 || !@socket_bind($r6, '::1')) {
    echo "no IPv6\n";
    exit;
}
socket_getsockname($r6, $x, $port6);
var_dump(socket_set_option($r6, IPPROTO_IPV6, IPV6_RECVPKTINFO, 1));
var_dump(socket_set_option($r6, IPPROTO_IPV6, IPV6_RECVHOPLIMIT, 1));
var_dump(socket_set_option($r6, IPPROTO_IPV6, IPV6_RECVTCLASS, 1));
$s6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
var_dump(socket_sendmsg($s6, ['name' => ['addr' => '::1', 'port' => $port6], 'iov' => ['v6 anc'], 'control' => [
    ['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1', 'ifindex' => 0]],
    ['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => 7],
    ['level' => IPPROTO_IPV6, 'type' => IPV6_TCLASS, 'data' => '32'],
]]));
$m = ['controllen' => socket_cmsg_space(IPPROTO_IPV6, IPV6_PKTINFO) + 2 * socket_cmsg_space(IPPROTO_IPV6, IPV6_HOPLIMIT)];
var_dump(socket_recvmsg($r6, $m));
unset($m['name']);
var_dump($m);
// IPV6_PKTINFO with an interface name, and without data (all zeros).
var_dump(socket_sendmsg($s6, ['name' => ['addr' => '::1', 'port' => $port6], 'iov' => ['lo'], 'control' => [
    ['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1', 'ifindex' => 'lo']],
    ['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT],
]]));
$m = ['controllen' => 200];
var_dump(socket_recvmsg($r6, $m), $m['control']);
