<?php
// socket_sendmsg/socket_recvmsg over UDP on 127.0.0.1 and ::1: the name array both ways
// (ports normalised), an IPv4 name on an IPv6 socket, a short name buffer.
function norm(array $m, array $ports): array {
    if (is_array($m['name'] ?? null) && isset($m['name']['port'])) {
        $m['name']['port'] = $ports[$m['name']['port']] ?? 'other port';
    }
    return $m;
}
$r = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_bind($r, '127.0.0.1'), socket_bind($s, '127.0.0.1'));
socket_getsockname($r, $ra, $rport);
socket_getsockname($s, $sa, $sport);
$ports = [$rport => 'receiver port', $sport => 'sender port'];

var_dump(socket_sendmsg($s, ['name' => ['family' => AF_INET, 'addr' => '127.0.0.1', 'port' => $rport], 'iov' => ['udp ', 'v4']]));
$m = ['name' => [], 'buffer_size' => 100, 'controllen' => 1];
var_dump(socket_recvmsg($r, $m), norm($m, $ports));

// name given as strings, family omitted (the socket's), addr as a host name.
var_dump(socket_sendmsg($s, ['name' => ['addr' => 'localhost', 'port' => (string) $rport], 'iov' => ['by name']]));
$m = ['name' => ['family' => AF_INET], 'controllen' => 1];
var_dump(socket_recvmsg($r, $m), norm($m, $ports));

// No name buffer: name is NULL.
var_dump(socket_sendmsg($s, ['name' => ['addr' => '127.0.0.1', 'port' => $rport], 'iov' => ['no name']]));
$m = ['controllen' => 1];
var_dump(socket_recvmsg($r, $m), norm($m, $ports));

// MSG_TRUNC in flags: the return value is the datagram's real length.
var_dump(socket_sendmsg($s, ['name' => ['addr' => '127.0.0.1', 'port' => $rport], 'iov' => [str_repeat('z', 50)]]));
$m = ['buffer_size' => 10, 'controllen' => 1];
var_dump(socket_recvmsg($r, $m, MSG_TRUNC), norm($m, $ports));

// Sending to a port nobody listens on, then a connected socket sees ECONNREFUSED.
$c = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$dead = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($dead, '127.0.0.1');
socket_getsockname($dead, $x, $deadport);
socket_close($dead);
socket_connect($c, '127.0.0.1', $deadport);
var_dump(socket_sendmsg($c, ['iov' => ['ping']]));
var_dump(socket_sendmsg($c, ['iov' => ['ping']]));
var_dump(socket_last_error($c), socket_last_error());

$r6 = @socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
if ($r6 && @socket_bind($r6, '::1')) {
    $s6 = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
    socket_bind($s6, '::1');
    socket_getsockname($r6, $x, $r6port);
    socket_getsockname($s6, $x, $s6port);
    $ports6 = [$r6port => 'receiver port', $s6port => 'sender port'];
    var_dump(socket_sendmsg($s6, ['name' => ['family' => AF_INET6, 'addr' => '::1', 'port' => $r6port, 'flowinfo' => 0, 'scope_id' => 0], 'iov' => ['udp v6']]));
    $m = ['name' => [], 'controllen' => 1];
    var_dump(socket_recvmsg($r6, $m), norm($m, $ports6));
    // An AF_INET name buffer on an AF_INET6 socket: too short for the sender's address. (The
    // address itself is not printed: C reads it from beyond its 16-byte buffer.)
    var_dump(socket_sendmsg($s6, ['name' => ['addr' => '::1', 'port' => $r6port], 'iov' => ['short name']]));
    $m = ['name' => ['family' => AF_INET], 'controllen' => 1];
    $ret = socket_recvmsg($r6, $m);
    var_dump($ret, $m['name']['family'], $m['iov']);
    // An AF_INET name on an AF_INET6 socket is accepted by the conversion; the kernel decides.
    var_dump(socket_sendmsg($s6, ['name' => ['family' => AF_INET, 'addr' => '127.0.0.1', 'port' => $rport], 'iov' => ['v4 via v6']]));
} else {
    echo "no IPv6\n";
}
