<?php
// The generic int path: get/set of plain int options, unknown levels and options, and the
// weak conversion of the value (convert_to_long) for every type.
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
show('get reuseaddr', fn() => socket_get_option($s, SOL_SOCKET, SO_REUSEADDR));
show('get type', fn() => socket_get_option($s, SOL_SOCKET, SO_TYPE));
show('get udp type', fn() => socket_get_option($u, SOL_SOCKET, SO_TYPE));
show('get error', fn() => socket_get_option($s, SOL_SOCKET, SO_ERROR));
show('get keepalive', fn() => socket_get_option($s, SOL_SOCKET, SO_KEEPALIVE));
show('get nodelay', fn() => socket_get_option($s, SOL_TCP, TCP_NODELAY));
show('get broadcast', fn() => socket_get_option($u, SOL_SOCKET, SO_BROADCAST));
foreach ([1, 0, true, false, null, "1", "0", "", "abc", " 5", "7 ", "3.9", 2.7, -1.5, 1e30, [], [0], "0x1A"] as $v) {
    $label = var_export($v, true);
    show("set reuseaddr $label", fn() => socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, $v));
    show("  get", fn() => socket_get_option($s, SOL_SOCKET, SO_REUSEADDR));
}
show('set object', fn() => socket_set_option($s, SOL_SOCKET, SO_KEEPALIVE, new stdClass));
show('  get', fn() => socket_get_option($s, SOL_SOCKET, SO_KEEPALIVE));
$f = fopen('php://memory', 'r');
show('set resource', fn() => socket_set_option($s, SOL_SOCKET, SO_KEEPALIVE, $f));
show('set rcvbuf', fn() => socket_set_option($s, SOL_SOCKET, SO_RCVBUF, 8192));
show('  get rcvbuf > 8192', fn() => socket_get_option($s, SOL_SOCKET, SO_RCVBUF) >= 8192);
show('set nodelay', fn() => socket_set_option($s, SOL_TCP, TCP_NODELAY, 1));
show('  get nodelay', fn() => socket_get_option($s, SOL_TCP, TCP_NODELAY));
show('set mark (EPERM without CAP_NET_ADMIN, else true)', fn() => is_bool(socket_set_option($s, SOL_SOCKET, SO_MARK, 3)));
show('get mark', fn() => socket_get_option($s, SOL_SOCKET, SO_MARK));
show('set priority', fn() => socket_set_option($s, SOL_SOCKET, 12 /* SO_PRIORITY */, 4));
show('  get priority', fn() => socket_get_option($s, SOL_SOCKET, 12 /* SO_PRIORITY */));
show('set ip ttl (IP level, generic path)', fn() => socket_set_option($u, IPPROTO_IP, 2 /* IP_TTL */, "33"));
show('  get', fn() => socket_get_option($u, IPPROTO_IP, 2 /* IP_TTL */));
show('set ip tos', fn() => socket_set_option($u, IPPROTO_IP, 1 /* IP_TOS */, 16));
show('  get', fn() => socket_get_option($u, IPPROTO_IP, 1 /* IP_TOS */));
// Unknown levels and options.
show('get unknown level', fn() => socket_get_option($s, 12345, 1));
var_dump(socket_last_error($s), socket_last_error());
socket_clear_error();
show('set unknown level', fn() => socket_set_option($s, 12345, 1, 1));
var_dump(socket_last_error($s));
show('get unknown option', fn() => socket_get_option($s, SOL_SOCKET, 9999));
show('set unknown option', fn() => socket_set_option($s, SOL_SOCKET, 9999, 1));
show('set unknown tcp option', fn() => socket_set_option($s, SOL_TCP, 9999, 1));
show('get negative level', fn() => socket_get_option($s, -1, -1));
show('set negative level', fn() => socket_set_option($s, -1, -1, -1));
show('level overflowing int', fn() => socket_get_option($s, PHP_INT_MAX, SO_TYPE));
show('level 2^32 + SOL_SOCKET', fn() => socket_get_option($s, (1 << 32) + SOL_SOCKET, SO_TYPE));
show('set level 2^32 + SOL_SOCKET, SO_LINGER', fn() => socket_set_option($s, (1 << 32) + SOL_SOCKET, SO_LINGER, 1));
show('IPv6 option on IPv4 socket', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_V6ONLY, 1));
show('IPv6 get on IPv4 socket', fn() => socket_get_option($u, IPPROTO_IPV6, IPV6_V6ONLY));
// Argument errors.
show('too few', fn() => socket_get_option($s, SOL_SOCKET));
show('too few set', fn() => socket_set_option($s, SOL_SOCKET, SO_REUSEADDR));
show('level string', fn() => socket_get_option($s, "x", SO_TYPE));
show('level numeric string', fn() => socket_get_option($s, "1", "3"));
show('level float', fn() => socket_get_option($s, 1.0, 3.0));
show('level fractional float', fn() => socket_get_option($s, 1.5, 3));
show('level null', fn() => socket_get_option($s, null, SO_TYPE));
show('level bool', fn() => socket_get_option($s, true, SO_TYPE));
show('not a socket', fn() => socket_get_option(STDIN, SOL_SOCKET, SO_TYPE));
show('not a socket set', fn() => socket_setopt(null, SOL_SOCKET, SO_TYPE, 1));
show('option array', fn() => socket_set_option($s, SOL_SOCKET, [], 1));
socket_close($u);
show('closed get', fn() => socket_get_option($u, SOL_SOCKET, SO_TYPE));
show('closed set', fn() => socket_setopt($u, SOL_SOCKET, SO_TYPE, 1));
show('read-only SO_TYPE set', fn() => socket_set_option($s, SOL_SOCKET, SO_TYPE, 1));
var_dump(socket_last_error($s), socket_strerror(socket_last_error($s)));
show('@ suppresses', fn() => @socket_set_option($s, 12345, 1, 1));
