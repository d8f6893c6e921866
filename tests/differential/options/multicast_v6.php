<?php
// IPv6 multicast options and IPV6_PKTINFO (conversions.c's in6_pktinfo converter).
function show(string $what, callable $f) {
    try {
        $r = $f();
        echo "$what: "; var_dump($r);
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$u = @socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
if (!$u) { echo "no IPv6\n"; exit; }
show('get if', fn() => socket_get_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF));
show('set if 1', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF, 1));
show('get if', fn() => socket_get_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF));
show('set if lo', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF, 'lo'));
show('set if 0', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF, 0));
show('set if unknown', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF, 'nosuchif0'));
show('set if 999999', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF, 999999));
show('set if -1', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF, -1));
show('set if 2^32', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF, 1 << 32));
show('set if null', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF, null));
foreach ([-1, 0, 1, 255, "64", 2.5, -2, 256, null, [], true] as $v) {
    $label = str_replace("\n", "", var_export($v, true));
    show("hops $label", fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, $v));
    show("  get", fn() => socket_get_option($u, IPPROTO_IPV6, IPV6_MULTICAST_HOPS));
}
foreach ([0, 1, "0", "x", [], null, 0.1] as $v) {
    $label = str_replace("\n", "", var_export($v, true));
    show("loop $label", fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_LOOP, $v));
    show("  get", fn() => socket_get_option($u, IPPROTO_IPV6, IPV6_MULTICAST_LOOP));
}
$g = 'ff15::1:2';
show('join', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => 'lo']));
show('join again', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => 1]));
show('block', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_BLOCK_SOURCE, ['group' => $g, 'source' => '2001:db8::1', 'interface' => 1]));
show('unblock', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_UNBLOCK_SOURCE, ['group' => $g, 'source' => '2001:db8::1', 'interface' => 1]));
show('leave', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_LEAVE_GROUP, ['group' => $g, 'interface' => 1]));
show('leave again', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_LEAVE_GROUP, ['group' => $g, 'interface' => 1]));
show('join source', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_JOIN_SOURCE_GROUP, ['group' => 'ff35::8000:1', 'source' => '::1', 'interface' => 1]));
show('leave source', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_LEAVE_SOURCE_GROUP, ['group' => 'ff35::8000:1', 'source' => '::1', 'interface' => 1]));
show('join scoped group', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => 'ff02::1:3%lo']));
show('join v4 group', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => '239.1.1.1']));
show('join bad', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => 'zz::1']));
show('join no group', fn() => socket_set_option($u, IPPROTO_IPV6, MCAST_JOIN_GROUP, []));
show('join v6 at IP level', fn() => socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g]));
// IPV6_PKTINFO
show('get pktinfo', fn() => socket_get_option($u, IPPROTO_IPV6, IPV6_PKTINFO));
var_dump(socket_last_error($u));
show('set pktinfo', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => 1]));
show('set pktinfo name', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::', 'ifindex' => 'lo']));
show('set pktinfo int', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, 5));
show('set pktinfo no addr', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['ifindex' => 1]));
show('set pktinfo no ifindex', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1']));
show('set pktinfo empty', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, []));
show('set pktinfo bad addr', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => 'zz::1', 'ifindex' => 1]));
show('set pktinfo bad ifname', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => 'nosuchif0']));
show('set pktinfo negative ifindex', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => -1]));
show('set pktinfo huge ifindex', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => 1 << 33]));
show('set pktinfo ifindex 999999', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => 999999]));
$t = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
show('get pktinfo tcp', fn() => socket_get_option($t, IPPROTO_IPV6, IPV6_PKTINFO));
show('v6only generic', fn() => socket_set_option($t, IPPROTO_IPV6, IPV6_V6ONLY, "1"));
show('  get', fn() => socket_get_option($t, IPPROTO_IPV6, IPV6_V6ONLY));
show('unicast hops generic', fn() => socket_set_option($t, IPPROTO_IPV6, IPV6_UNICAST_HOPS, 9));
show('  get', fn() => socket_get_option($t, IPPROTO_IPV6, IPV6_UNICAST_HOPS));
show('tclass generic', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_TCLASS, 32));
show('  get', fn() => socket_get_option($u, IPPROTO_IPV6, IPV6_TCLASS));
$v4 = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
show('pktinfo on v4 socket', fn() => socket_set_option($v4, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => 1]));
show('hops on v4 socket', fn() => socket_set_option($v4, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, 1));
show('v6 join on v4 socket', fn() => socket_set_option($v4, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => '239.1.1.1']));
