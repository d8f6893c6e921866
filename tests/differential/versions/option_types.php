<?php
require __DIR__ . "/../_lib.php";

// PHP 8.4: array options reject non-arrays, SO_LINGER fields are range-checked (l_onoff only:
// C names l_linger with stray bytes); 8.5: string options reject non-strings, multicast group
// options reject non-arrays, an IP address on a non-INET socket is a ValueError.
$s = socket_create(AF_INET, SOCK_STREAM, 0);
foreach (['int' => 1, 'string' => 'x', 'true' => true, 'float' => 1.5, 'null' => null, 'object' => new stdClass, 'empty' => []] as $k => $v) {
    foreach (['SO_LINGER' => SO_LINGER, 'SO_RCVTIMEO' => SO_RCVTIMEO, 'SO_SNDTIMEO' => SO_SNDTIMEO] as $n => $o) {
        attempt("$n $k", fn() => socket_set_option($s, SOL_SOCKET, $o, $v));
    }
}
attempt('linger onoff 65536', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 65536, 'l_linger' => 1]));
attempt('linger onoff -1', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => -1, 'l_linger' => 1]));
attempt('linger onoff only', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 70000]));
attempt('linger 65535', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 65535, 'l_linger' => 65535]));
attempt('linger strings', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => "1", 'l_linger' => "5"]));
show('linger', socket_get_option($s, SOL_SOCKET, SO_LINGER));
attempt('rcvtimeo missing usec', fn() => socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 1]));
foreach (['int' => 1, 'array' => [], 'null' => null, 'object' => new stdClass, 'false' => false] as $k => $v) {
    attempt("SO_BINDTODEVICE $k", fn() => socket_set_option($s, SOL_SOCKET, SO_BINDTODEVICE, $v));
    attempt("TCP_CONGESTION $k", fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, $v));
}
attempt('SO_BINDTODEVICE lo', fn() => socket_set_option($s, SOL_SOCKET, SO_BINDTODEVICE, 'lo'));
attempt('TCP_CONGESTION cubic', fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, 'cubic'));
$u = socket_create(AF_INET, SOCK_DGRAM, 0);
$x = socket_create(AF_UNIX, SOCK_DGRAM, 0);
foreach ([MCAST_JOIN_GROUP, MCAST_LEAVE_GROUP, MCAST_BLOCK_SOURCE, MCAST_UNBLOCK_SOURCE, MCAST_JOIN_SOURCE_GROUP, MCAST_LEAVE_SOURCE_GROUP] as $o) {
    foreach (['int' => 1, 'string' => 'x', 'null' => null, 'object' => new stdClass] as $k => $v) {
        attempt("mcast $o $k", fn() => socket_set_option($u, IPPROTO_IP, $o, $v));
    }
    attempt("mcast6 $o int", fn() => socket_set_option($u, IPPROTO_IPV6, $o, 1));
}
attempt('join on AF_UNIX', fn() => socket_set_option($x, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.1', 'interface' => 0]));
attempt('source join on AF_UNIX', fn() => socket_set_option($x, IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, ['group' => '224.0.0.1', 'source' => '1.2.3.4']));
attempt('IP_MULTICAST_IF object', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_IF, new stdClass));
attempt('IPV6_MULTICAST_IF object', fn() => socket_set_option(socket_create(AF_INET6, SOCK_DGRAM, 0), IPPROTO_IPV6, IPV6_MULTICAST_IF, new stdClass));
