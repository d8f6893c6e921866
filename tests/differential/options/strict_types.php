<?php
declare(strict_types=1);
// strict_types: level and option must be ints; $value is untyped and still converted as C does.
function show(string $what, callable $f) {
    try {
        $r = $f();
        echo "$what: "; var_dump($r);
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
show('level numeric string', fn() => socket_get_option($s, "1", SO_TYPE));
show('option float', fn() => socket_get_option($s, SOL_SOCKET, 3.0));
show('level null', fn() => socket_set_option($s, null, SO_REUSEADDR, 1));
show('option bool', fn() => socket_setopt($s, SOL_SOCKET, true, 1));
show('alias getopt string', fn() => socket_getopt($s, SOL_SOCKET, "2"));
show('value string ok', fn() => socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, "1"));
show('  get', fn() => socket_get_option($s, SOL_SOCKET, SO_REUSEADDR));
show('value float ok', fn() => socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, 0.0));
show('linger strings ok', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => "1", 'l_linger' => "2"]));
show('ttl string ok', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_TTL, "7"));
show('  get', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_TTL));
show('loop string', fn() => socket_set_option($u, IPPROTO_IP, IP_MULTICAST_LOOP, "0"));
show('  get', fn() => socket_get_option($u, IPPROTO_IP, IP_MULTICAST_LOOP));
show('socket wrong type', fn() => socket_set_option(1, SOL_SOCKET, SO_REUSEADDR, 1));
