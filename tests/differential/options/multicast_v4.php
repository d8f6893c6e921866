<?php
// IPv4 multicast options: IP_MULTICAST_IF (index or name in, index out), TTL, LOOP, and the
// MCAST_* group requests with malformed arrays, unknown interfaces and bad addresses.
function show(string $what, callable $f) {
    try {
        $r = $f();
        echo "$what: "; var_dump($r);
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$lo = 1; // lo is interface 1 on Linux
show('get if (none)', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF));
show('set if by index', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, $lo));
show('get if', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF));
show('set if 0', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 0));
show('get if', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_IF));
show('set if by name', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, "lo"));
show('get if', fn() => socket_getopt($u, IPPROTO_IP, IP_MULTICAST_IF));
show('set if unknown name', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, "nosuchif0"));
show('set if name with NUL', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, "lo\0x"));
show('set if numeric string', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, "1"));
show('set if float', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 1.0));
show('set if null', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, null));
show('set if true', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, true));
show('set if array', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, []));
show('set if object', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, new stdClass));
show('set if negative', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, -1));
show('set if too big', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 1 << 32));
show('set if no such index', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 999999));
show('set if UINT_MAX', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, 4294967295));
// TTL and LOOP
foreach ([0, 1, 255, "9", 3.7, true, null, -1, 256, "300", [], [1]] as $v) {
    $label = str_replace("\n", "", var_export($v, true));
    show("ttl $label", fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_TTL, $v));
    show("  get", fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_TTL));
}
show('ttl object', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_TTL, new stdClass));
foreach ([0, 1, "0", "", "a", 0.0, 2, [], [0], null, true] as $v) {
    $label = str_replace("\n", "", var_export($v, true));
    show("loop $label", fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_LOOP, $v));
    show("  get", fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_LOOP));
}
show('loop object', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_LOOP, new stdClass));
// Group membership
$g = '239.255.10.1';
show('join lo', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => 'lo']));
show('join lo again', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => $lo]));
var_dump(socket_last_error($u));
show('block source', fn() => socket_set_option($u, IPPROTO_IP, MCAST_BLOCK_SOURCE, ['group' => $g, 'source' => '10.1.2.3', 'interface' => $lo]));
show('unblock source', fn() => socket_set_option($u, IPPROTO_IP, MCAST_UNBLOCK_SOURCE, ['group' => $g, 'source' => '10.1.2.3', 'interface' => $lo]));
show('unblock again', fn() => socket_set_option($u, IPPROTO_IP, MCAST_UNBLOCK_SOURCE, ['group' => $g, 'source' => '10.1.2.3', 'interface' => $lo]));
show('leave', fn() => socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_GROUP, ['group' => $g, 'interface' => $lo]));
show('leave again', fn() => socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_GROUP, ['group' => $g, 'interface' => $lo]));
show('join source group', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, ['group' => '232.1.1.1', 'source' => '127.0.0.1', 'interface' => 'lo']));
show('leave source group', fn() => socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_SOURCE_GROUP, ['group' => '232.1.1.1', 'source' => '127.0.0.1', 'interface' => 'lo']));
show('leave source group again', fn() => socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_SOURCE_GROUP, ['group' => '232.1.1.1', 'source' => '127.0.0.1', 'interface' => 'lo']));
show('join no interface key', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g]));
show('leave it', fn() => socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_GROUP, ['group' => $g]));
// Malformed requests
show('join no group', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['interface' => $lo]));
show('join not array', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, $g));
show('join null', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, null));
show('join unicast group', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '127.0.0.1']));
show('join bad address', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => 'no.such.host.invalid']));
var_dump(socket_last_error($u));
show('join IPv6 group on v4 socket', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => 'ff02::1']));
show('join unknown interface', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => 'nosuchif0']));
show('join negative interface', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => -5]));
show('join huge interface', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => PHP_INT_MAX]));
show('join interface 999999', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => 999999]));
show('join group array', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => [1]]));
show('join group int', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => 1]));
show('block no source', fn() => socket_set_option($u, IPPROTO_IP, MCAST_BLOCK_SOURCE, ['group' => $g]));
show('block no group', fn() => socket_set_option($u, IPPROTO_IP, MCAST_BLOCK_SOURCE, ['source' => $g]));
show('join source bad source', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, ['group' => '232.1.1.1', 'source' => 'x.invalid']));
show('block bad interface', fn() => socket_set_option($u, IPPROTO_IP, MCAST_BLOCK_SOURCE, ['group' => $g, 'source' => '10.0.0.1', 'interface' => 'nosuchif0']));
show('get MCAST_JOIN_GROUP', fn() => socket_get_option($u, IPPROTO_IP, MCAST_JOIN_GROUP));
// TCP socket
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show('join on tcp', fn() => socket_set_option($t, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g]));
// Unix socket: no IP family
$x = socket_create(AF_UNIX, SOCK_DGRAM, 0);
show('join on unix', fn() => socket_set_option($x, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g]));
show('ttl on unix', fn() => socket_set_option($x, IPPROTO_IP, IP_MULTICAST_TTL, 1));
show('if on unix', fn() => socket_set_option($x, IPPROTO_IP, IP_MULTICAST_IF, 1));
show('get if on unix', fn() => socket_get_option($x, IPPROTO_IP, IP_MULTICAST_IF));
