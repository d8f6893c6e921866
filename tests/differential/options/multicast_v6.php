<?php
// IPv6 multicast options and IPV6_PKTINFO (conversions.c's in6_pktinfo converter).
require __DIR__ . '/../_lib.php';
$u = @socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
if (!$u) { echo "no IPv6\n"; exit; }
attempt('get if', fn() => socket_get_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF));
attempt('set if 1', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF, 1));
attempt('get if', fn() => socket_get_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF));
attempt('set if lo', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF, 'lo'));
attempt('set if 0', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF, 0));
attempt('set if unknown', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF, 'nosuchif0'));
attempt('set if 999999', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF, 999999));
attempt('set if -1', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF, -1));
attempt('set if 2^32', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF, 1 << 32));
attempt('set if null', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF, null));
foreach ([-1, 0, 1, 255, "64", 2.5, -2, 256, null, [], true] as $v) {
    $label = str_replace("\n", "", var_export($v, true));
    attempt("hops $label", fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, $v));
    attempt("  get", fn() => socket_get_option($u, IPPROTO_IPV6, IPV6_MULTICAST_HOPS));
}
foreach ([0, 1, "0", "x", [], null, 0.1] as $v) {
    $label = str_replace("\n", "", var_export($v, true));
    attempt("loop $label", fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_LOOP, $v));
    attempt("  get", fn() => socket_get_option($u, IPPROTO_IPV6, IPV6_MULTICAST_LOOP));
}
$g = 'ff15::1:2';
attempt('join', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => 'lo']));
attempt('join again', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => 1]));
attempt('block', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_BLOCK_SOURCE, ['group' => $g, 'source' => '2001:db8::1', 'interface' => 1]));
attempt('unblock', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_UNBLOCK_SOURCE, ['group' => $g, 'source' => '2001:db8::1', 'interface' => 1]));
attempt('leave', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_LEAVE_GROUP, ['group' => $g, 'interface' => 1]));
attempt('leave again', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_LEAVE_GROUP, ['group' => $g, 'interface' => 1]));
attempt('join source', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_JOIN_SOURCE_GROUP, ['group' => 'ff35::8000:1', 'source' => '::1', 'interface' => 1]));
attempt('leave source', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_LEAVE_SOURCE_GROUP, ['group' => 'ff35::8000:1', 'source' => '::1', 'interface' => 1]));
attempt('join scoped group', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => 'ff02::1:3%lo']));
attempt('join v4 group', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => '239.1.1.1']));
attempt('join bad', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => 'zz::1']));
attempt('join no group', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_JOIN_GROUP, []));
attempt('join v6 at IP level', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g]));
// IPV6_PKTINFO
attempt('get pktinfo', fn() => socket_get_option($u, IPPROTO_IPV6, IPV6_PKTINFO));
var_dump(socket_last_error($u));
attempt('set pktinfo', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => 1]));
attempt('set pktinfo name', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::', 'ifindex' => 'lo']));
attempt('set pktinfo int', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, 5));
attempt('set pktinfo no addr', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['ifindex' => 1]));
attempt('set pktinfo no ifindex', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1']));
attempt('set pktinfo empty', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, []));
attempt('set pktinfo bad addr', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => 'zz::1', 'ifindex' => 1]));
attempt('set pktinfo bad ifname', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => 'nosuchif0']));
attempt('set pktinfo negative ifindex', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => -1]));
attempt('set pktinfo huge ifindex', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => 1 << 33]));
attempt('set pktinfo ifindex 999999', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => 999999]));
$t = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
attempt('get pktinfo tcp', fn() => socket_get_option($t, IPPROTO_IPV6, IPV6_PKTINFO));
attempt('v6only generic', fn() => socket_set_option($t, IPPROTO_IPV6, IPV6_V6ONLY, "1"));
attempt('  get', fn() => socket_get_option($t, IPPROTO_IPV6, IPV6_V6ONLY));
attempt('unicast hops generic', fn() => socket_set_option($t, IPPROTO_IPV6, IPV6_UNICAST_HOPS, 9));
attempt('  get', fn() => socket_get_option($t, IPPROTO_IPV6, IPV6_UNICAST_HOPS));
attempt('tclass generic', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_TCLASS, 32));
attempt('  get', fn() => socket_get_option($u, IPPROTO_IPV6, IPV6_TCLASS));
$v4 = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
attempt('pktinfo on v4 socket', fn() => socket_set_option($v4, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => 1]));
attempt('hops on v4 socket', fn() => socket_set_option($v4, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, 1));
attempt('v6 join on v4 socket', fn() => socket_set_option($v4, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => '239.1.1.1']));
