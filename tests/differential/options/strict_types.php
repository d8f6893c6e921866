<?php
declare(strict_types=1);
// strict_types: level and option must be ints; $value is untyped and still converted as C does.
require __DIR__ . '/../_lib.php';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
attempt('level numeric string', fn() => socket_get_option($s, "1", SO_TYPE));
attempt('option float', fn() => socket_get_option($s, SOL_SOCKET, 3.0));
attempt('level null', fn() => socket_set_option($s, null, SO_REUSEADDR, 1));
attempt('option bool', fn() => socket_setopt($s, SOL_SOCKET, true, 1));
attempt('alias getopt string', fn() => socket_getopt($s, SOL_SOCKET, "2"));
attempt('value string ok', fn() => socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, "1"));
attempt('  get', fn() => socket_get_option($s, SOL_SOCKET, SO_REUSEADDR));
attempt('value float ok', fn() => socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, 0.0));
attempt('linger strings ok', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => "1", 'l_linger' => "2"]));
attempt('ttl string ok', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_TTL, "7"));
attempt('  get', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_TTL));
attempt('loop string', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_LOOP, "0"));
attempt('  get', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_LOOP));
attempt('socket wrong type', fn() => socket_set_option(1, SOL_SOCKET, SO_REUSEADDR, 1));
