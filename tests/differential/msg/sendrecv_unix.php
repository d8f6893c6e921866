<?php
// socket_sendmsg/socket_recvmsg over AF_UNIX: iov gathering, truncation (MSG_TRUNC), names,
// SCM_RIGHTS with Socket objects and streams (received as new Socket objects and streams).
require __DIR__ . '/../_lib.php';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $pair);
[$a, $b] = $pair;

var_dump(socket_sendmsg($a, ['iov' => ['hello ', '', 'world', 42]]));
$m = ['controllen' => 1];
show('plain', socket_recvmsg($b, $m));
show('message', $m);

var_dump(socket_sendmsg($a, ['iov' => ['0123456789']]));
$m = ['buffer_size' => 4, 'controllen' => 1];
show('truncated', socket_recvmsg($b, $m));
show('message', $m);

var_dump(socket_sendmsg($a, ['iov' => ['abc']]));
$m = ['buffer_size' => 0, 'controllen' => 1];
show('buffer_size 0', socket_recvmsg($b, $m));
show('message', $m);

var_dump(socket_sendmsg($a, ['iov' => ['peek']]));
$m = ['controllen' => 1, 'name' => []];
show('MSG_PEEK with name', socket_recvmsg($b, $m, MSG_PEEK));
show('message', $m);
$m = ['controllen' => 1, 'name' => ['family' => AF_UNIX]];
show('after peek', socket_recvmsg($b, $m));
show('message', $m);

var_dump(socket_sendmsg($a, []));
$m = ['controllen' => 1];
show('empty datagram', socket_recvmsg($b, $m));
show('message', $m);

// SCM_RIGHTS with streams: a socket stream (received as a Socket), a file, a listening socket.
// (Socket objects in SCM_RIGHTS are not compared: the C extension sends fd 0 in their place.)
$other = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$file = fopen(__FILE__, 'r');
$stream = stream_socket_server('tcp://127.0.0.1:0');
var_dump(socket_sendmsg($a, [
    'iov' => ['fds'],
    'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$other[0], $file, $stream]]],
]));
$m = ['controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 3)];
show('SCM_RIGHTS', socket_recvmsg($b, $m));
show('message', $m);
$fds = $m['control'][0]['data'];
// The received Socket is the other end's peer: it talks to $other[1].
var_dump(socket_write($fds[0], "through the passed socket"));
var_dump(fread($other[1], 100));
var_dump(get_resource_type($fds[1]), fread($fds[1], 5));

var_dump(socket_getsockname($fds[2], $addr), $addr);
var_dump(socket_last_error($fds[0]), socket_last_error($fds[2]));

// Two control messages in one message, the second SCM_RIGHTS with the Socket in second place.
var_dump(socket_sendmsg($a, [
    'iov' => ['two'],
    'control' => [
        ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$file]],
        ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$file, $other[1]]],
    ],
]));
$m = ['controllen' => 100];
show('two SCM_RIGHTS', socket_recvmsg($b, $m));
show('message', $m);

// A control buffer too small for the descriptors: MSG_CTRUNC.
var_dump(socket_sendmsg($a, [
    'iov' => ['x'],
    'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$file, $file, $file]]],
]));
$m = ['controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)];
show('truncated control', socket_recvmsg($b, $m));
show('message', $m);
var_dump(($m['flags'] & MSG_CTRUNC) === MSG_CTRUNC);

// Named unix datagram sockets.
$dir = sys_get_temp_dir();
$p1 = "$dir/rsockets-msg-" . getmypid() . "-1.sock";
$p2 = "$dir/rsockets-msg-" . getmypid() . "-2.sock";
@unlink($p1); @unlink($p2);
$s1 = socket_create(AF_UNIX, SOCK_DGRAM, 0);
$s2 = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($s1, $p1), socket_bind($s2, $p2));
var_dump(socket_sendmsg($s1, ['name' => ['path' => $p2], 'iov' => ['to p2']]));
$m = ['name' => [], 'controllen' => 1];
$r = socket_recvmsg($s2, $m);
var_dump($r, $m['name']['family'], $m['name']['path'] === $p1, $m['iov']);
// Abstract name.
$abs = "\0rsockets-msg-" . getmypid();
$s3 = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($s3, $abs));
var_dump(socket_sendmsg($s1, ['name' => ['family' => AF_UNIX, 'path' => $abs], 'iov' => ['abstract']]));
$m = ['name' => [], 'controllen' => 1];
var_dump(socket_recvmsg($s3, $m), $m['name']['path'] === $p1, $m['iov']);
var_dump(socket_sendmsg($s3, ['name' => ['path' => $p2], 'iov' => ['from abstract']]));
$m = ['name' => [], 'controllen' => 1];
var_dump(socket_recvmsg($s2, $m), $m);
unlink($p1); unlink($p2);
