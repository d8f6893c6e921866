<?php
// The generic int path: get/set of plain int options, unknown levels and options, and the
// weak conversion of the value (convert_to_long) for every type.
require __DIR__ . '/../_lib.php';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
attempt('get reuseaddr', fn() => socket_get_option($s, SOL_SOCKET, SO_REUSEADDR));
attempt('get type', fn() => socket_get_option($s, SOL_SOCKET, SO_TYPE));
attempt('get udp type', fn() => socket_get_option($u, SOL_SOCKET, SO_TYPE));
attempt('get error', fn() => socket_get_option($s, SOL_SOCKET, SO_ERROR));
attempt('get keepalive', fn() => socket_get_option($s, SOL_SOCKET, SO_KEEPALIVE));
attempt('get nodelay', fn() => socket_get_option($s, SOL_TCP, TCP_NODELAY));
attempt('get broadcast', fn() => socket_get_option($u, SOL_SOCKET, SO_BROADCAST));
foreach ([1, 0, true, false, null, "1", "0", "", "abc", " 5", "7 ", "3.9", 2.7, -1.5, 1e30, [], [0], "0x1A"] as $v) {
    $label = var_export($v, true);
    attempt("set reuseaddr $label", fn() => socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, $v));
    attempt("  get", fn() => socket_get_option($s, SOL_SOCKET, SO_REUSEADDR));
}
attempt('set object', fn() => socket_set_option($s, SOL_SOCKET, SO_KEEPALIVE, new stdClass));
attempt('  get', fn() => socket_get_option($s, SOL_SOCKET, SO_KEEPALIVE));
$f = fopen('php://memory', 'r');
attempt('set resource', fn() => socket_set_option($s, SOL_SOCKET, SO_KEEPALIVE, $f));
attempt('set rcvbuf', fn() => socket_set_option($s, SOL_SOCKET, SO_RCVBUF, 8192));
attempt('  get rcvbuf > 8192', fn() => socket_get_option($s, SOL_SOCKET, SO_RCVBUF) >= 8192);
attempt('set nodelay', fn() => socket_set_option($s, SOL_TCP, TCP_NODELAY, 1));
attempt('  get nodelay', fn() => socket_get_option($s, SOL_TCP, TCP_NODELAY));
attempt('set mark (EPERM without CAP_NET_ADMIN, else true)', fn() => is_bool(socket_set_option($s, SOL_SOCKET, SO_MARK, 3)));
attempt('get mark', fn() => socket_get_option($s, SOL_SOCKET, SO_MARK));
attempt('set priority', fn() => socket_set_option($s, SOL_SOCKET, 12 /* SO_PRIORITY */, 4));
attempt('  get priority', fn() => socket_get_option($s, SOL_SOCKET, 12 /* SO_PRIORITY */));
attempt('set ip ttl (IP level, generic path)', fn() => socket_set_option($u, IPPROTO_IP, 2 /* IP_TTL */, "33"));
attempt('  get', fn() => socket_get_option($u, IPPROTO_IP, 2 /* IP_TTL */));
attempt('set ip tos', fn() => socket_set_option($u, IPPROTO_IP, 1 /* IP_TOS */, 16));
attempt('  get', fn() => socket_get_option($u, IPPROTO_IP, 1 /* IP_TOS */));
// Unknown levels and options.
attempt('get unknown level', fn() => socket_get_option($s, 12345, 1));
var_dump(socket_last_error($s), socket_last_error());
socket_clear_error();
attempt('set unknown level', fn() => socket_set_option($s, 12345, 1, 1));
var_dump(socket_last_error($s));
attempt('get unknown option', fn() => socket_get_option($s, SOL_SOCKET, 9999));
attempt('set unknown option', fn() => socket_set_option($s, SOL_SOCKET, 9999, 1));
attempt('set unknown tcp option', fn() => socket_set_option($s, SOL_TCP, 9999, 1));
attempt('get negative level', fn() => socket_get_option($s, -1, -1));
attempt('set negative level', fn() => socket_set_option($s, -1, -1, -1));
attempt('level overflowing int', fn() => socket_get_option($s, PHP_INT_MAX, SO_TYPE));
attempt('level 2^32 + SOL_SOCKET', fn() => socket_get_option($s, (1 << 32) + SOL_SOCKET, SO_TYPE));
attempt('set level 2^32 + SOL_SOCKET, SO_LINGER', fn() => socket_set_option($s, (1 << 32) + SOL_SOCKET, SO_LINGER, 1));
attempt('IPv6 option on IPv4 socket', fn() => socket_set_option($u, IPPROTO_IPV6, IPV6_V6ONLY, 1));
attempt('IPv6 get on IPv4 socket', fn() => socket_get_option($u, IPPROTO_IPV6, IPV6_V6ONLY));
// Argument errors.
attempt('too few', fn() => socket_get_option($s, SOL_SOCKET));
attempt('too few set', fn() => socket_set_option($s, SOL_SOCKET, SO_REUSEADDR));
attempt('level string', fn() => socket_get_option($s, "x", SO_TYPE));
attempt('level numeric string', fn() => socket_get_option($s, "1", "3"));
attempt('level float', fn() => socket_get_option($s, 1.0, 3.0));
attempt('level fractional float', fn() => socket_get_option($s, 1.5, 3));
attempt('level null', fn() => socket_get_option($s, null, SO_TYPE));
attempt('level bool', fn() => socket_get_option($s, true, SO_TYPE));
attempt('not a socket', fn() => socket_get_option(STDIN, SOL_SOCKET, SO_TYPE));
attempt('not a socket set', fn() => socket_setopt(null, SOL_SOCKET, SO_TYPE, 1));
attempt('option array', fn() => socket_set_option($s, SOL_SOCKET, [], 1));
socket_close($u);
attempt('closed get', fn() => socket_get_option($u, SOL_SOCKET, SO_TYPE));
attempt('closed set', fn() => socket_setopt($u, SOL_SOCKET, SO_TYPE, 1));
attempt('read-only SO_TYPE set', fn() => socket_set_option($s, SOL_SOCKET, SO_TYPE, 1));
var_dump(socket_last_error($s), socket_strerror(socket_last_error($s)));
attempt('@ suppresses', fn() => @socket_set_option($s, 12345, 1, 1));
