<?php
// IPv4 multicast options: IP_MULTICAST_IF (index or name in, index out), TTL, LOOP, and the
// MCAST_* group requests with malformed arrays, unknown interfaces and bad addresses.
require __DIR__ . '/../_lib.php';
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$lo = 1; // lo is interface 1 on Linux
attempt('get if (none)', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF));
attempt('set if by index', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, $lo));
attempt('get if', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF));
attempt('set if 0', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 0));
attempt('get if', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF));
attempt('set if by name', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, "lo"));
attempt('get if', fn() => socket_getopt($u, IPPROTO_IP, IP_MULTICAST_IF));
attempt('set if unknown name', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, "nosuchif0"));
attempt('set if name with NUL', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, "lo\0x"));
attempt('set if numeric string', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, "1"));
attempt('set if float', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 1.0));
attempt('set if null', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, null));
attempt('set if true', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, true));
attempt('set if array', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, []));
attempt('set if object', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, new stdClass));
attempt('set if negative', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, -1));
attempt('set if too big', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 1 << 32));
attempt('set if no such index', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 999999));
attempt('set if UINT_MAX', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 4294967295));
// TTL and LOOP
foreach ([0, 1, 255, "9", 3.7, true, null, -1, 256, "300", [], [1]] as $v) {
    $label = str_replace("\n", "", var_export($v, true));
    attempt("ttl $label", fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_TTL, $v));
    attempt("  get", fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_TTL));
}
attempt('ttl object', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_TTL, new stdClass));
foreach ([0, 1, "0", "", "a", 0.0, 2, [], [0], null, true] as $v) {
    $label = str_replace("\n", "", var_export($v, true));
    attempt("loop $label", fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_LOOP, $v));
    attempt("  get", fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_LOOP));
}
attempt('loop object', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_LOOP, new stdClass));
// Group membership
$g = '239.255.10.1';
attempt('join lo', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => 'lo']));
attempt('join lo again', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => $lo]));
var_dump(socket_last_error($u));
attempt('block source', fn() => socket_set_option($u, IPPROTO_IP, MCAST_BLOCK_SOURCE, ['group' => $g, 'source' => '10.1.2.3', 'interface' => $lo]));
attempt('unblock source', fn() => socket_set_option($u, IPPROTO_IP, MCAST_UNBLOCK_SOURCE, ['group' => $g, 'source' => '10.1.2.3', 'interface' => $lo]));
attempt('unblock again', fn() => socket_set_option($u, IPPROTO_IP, MCAST_UNBLOCK_SOURCE, ['group' => $g, 'source' => '10.1.2.3', 'interface' => $lo]));
attempt('leave', fn() => socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_GROUP, ['group' => $g, 'interface' => $lo]));
attempt('leave again', fn() => socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_GROUP, ['group' => $g, 'interface' => $lo]));
attempt('join source group', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, ['group' => '232.1.1.1', 'source' => '127.0.0.1', 'interface' => 'lo']));
attempt('leave source group', fn() => socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_SOURCE_GROUP, ['group' => '232.1.1.1', 'source' => '127.0.0.1', 'interface' => 'lo']));
attempt('leave source group again', fn() => socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_SOURCE_GROUP, ['group' => '232.1.1.1', 'source' => '127.0.0.1', 'interface' => 'lo']));
attempt('join no interface key', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g]));
attempt('leave it', fn() => socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_GROUP, ['group' => $g]));
// Malformed requests
attempt('join no group', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['interface' => $lo]));
attempt('join not array', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, $g));
attempt('join null', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, null));
attempt('join unicast group', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '127.0.0.1']));
attempt('join bad address', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => 'no.such.host.invalid']));
var_dump(socket_last_error($u));
attempt('join IPv6 group on v4 socket', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => 'ff02::1']));
attempt('join unknown interface', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => 'nosuchif0']));
attempt('join negative interface', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => -5]));
attempt('join huge interface', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => PHP_INT_MAX]));
attempt('join interface 999999', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => 999999]));
attempt('join group array', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => [1]]));
attempt('join group int', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => 1]));
attempt('block no source', fn() => socket_set_option($u, IPPROTO_IP, MCAST_BLOCK_SOURCE, ['group' => $g]));
attempt('block no group', fn() => socket_set_option($u, IPPROTO_IP, MCAST_BLOCK_SOURCE, ['source' => $g]));
attempt('join source bad source', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, ['group' => '232.1.1.1', 'source' => 'x.invalid']));
attempt('block bad interface', fn() => socket_set_option($u, IPPROTO_IP, MCAST_BLOCK_SOURCE, ['group' => $g, 'source' => '10.0.0.1', 'interface' => 'nosuchif0']));
attempt('get MCAST_JOIN_GROUP', fn() => socket_get_option($u, IPPROTO_IP, MCAST_JOIN_GROUP));
// TCP socket
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
attempt('join on tcp', fn() => socket_set_option($t, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g]));
// Unix socket: no IP family
$x = socket_create(AF_UNIX, SOCK_DGRAM, 0);
attempt('join on unix', fn() => socket_set_option($x, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g]));
attempt('ttl on unix', fn() => socket_set_option($x, IPPROTO_IP, IP_MULTICAST_TTL, 1));
attempt('if on unix', fn() => socket_set_option($x, IPPROTO_IP, IP_MULTICAST_IF, 1));
attempt('get if on unix', fn() => socket_get_option($x, IPPROTO_IP, IP_MULTICAST_IF));
