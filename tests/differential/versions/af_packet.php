<?php
require __DIR__ . "/../_lib.php";

// PHP 8.5: AF_PACKET sockets: create (protocol in host order), bind to an interface by
// name, getsockname gives the name and index; the other calls refuse the family. Needs CAP_NET_RAW.
if (!defined('AF_PACKET')) {
    echo "no AF_PACKET\n";
    return;
}
$p = @socket_create(AF_PACKET, SOCK_RAW, 0);
if ($p === false) {
    echo "no CAP_NET_RAW\n";
    return;
}
attempt('getsockname unbound', function () use ($p) { $r = socket_getsockname($p, $a, $port); return [$r, $a, $port]; });
attempt('bind lo', fn() => socket_bind($p, 'lo'));
attempt('getsockname (protocol 0)', function () use ($p) { $r = socket_getsockname($p, $a, $port); return [$r, $a, $port]; });
$q = socket_create(AF_PACKET, SOCK_DGRAM, ETH_P_IP);
attempt('bind lo, port ignored', fn() => socket_bind($q, 'lo', 12345));
attempt('getsockname', function () use ($q) { $r = socket_getsockname($q, $a, $port); return [$r, $a, $port]; });
attempt('getsockname no port', function () use ($q) { return [socket_getsockname($q, $a), $a]; });
attempt('bind unknown name', fn() => socket_bind(socket_create(AF_PACKET, SOCK_RAW, ETH_P_ALL), 'nonexistent0'));
attempt('bind port 70000', fn() => socket_bind($q, 'lo', 70000));
attempt('getpeername', function () use ($q) { $r = socket_getpeername($q, $a, $port); return [$r, $a, $port]; });
attempt('connect', fn() => socket_connect($q, 'lo', 0));
attempt('sendto', fn() => socket_sendto($q, 'x', 1, 0, 'lo', 1));
attempt('recvfrom', function () use ($q) { return socket_recvfrom($q, $buf, 100, MSG_DONTWAIT, $a, $port); });
attempt('mcast join', fn() => socket_set_option($q, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '224.0.0.1']));
attempt('pair', function () { $x = []; return socket_create_pair(AF_PACKET, SOCK_RAW, 0, $x); });
attempt('hints family', fn() => socket_addrinfo_lookup('127.0.0.1', null, ['ai_family' => AF_PACKET]));
