<?php
// String-valued options: SO_BINDTODEVICE and TCP_CONGESTION (a non-string value is passed as
// an empty buffer, without conversion), SO_MEMINFO's array.
require __DIR__ . '/../_lib.php';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
attempt('bind lo', fn() => socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, "lo"));
attempt('get bindtodevice (int path)', fn() => socket_get_option($u, SOL_SOCKET, SO_BINDTODEVICE));
attempt('bind unknown', fn() => socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, "nosuchif0"));
var_dump(socket_last_error($u));
attempt('bind too long', fn() => socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, str_repeat("x", 40)));
attempt('bind with NUL', fn() => socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, "lo\0junk"));
attempt('bind int (empty = unbind)', fn() => socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, 5));
attempt('bind null', fn() => socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, null));
attempt('bind array', fn() => socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, ['lo']));
attempt('bind empty', fn() => socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, ""));
$cc = socket_get_option($s, SOL_TCP, TCP_CONGESTION);
var_dump(is_array($cc), array_keys($cc), is_string($cc['name']), strlen($cc['name']) > 0);
attempt('set reno', fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, "reno"));
attempt('get', fn() => socket_get_option($s, SOL_TCP, TCP_CONGESTION));
attempt('setopt cubic', fn() => socket_setopt($s, SOL_TCP, TCP_CONGESTION, "cubic"));
attempt('getopt', fn() => socket_getopt($s, SOL_TCP, TCP_CONGESTION));
attempt('set unknown', fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, "nope"));
attempt('set int (empty buffer)', fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, 1));
attempt('set empty', fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, ""));
attempt('set reno with NUL', fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, "reno\0x"));
attempt('get', fn() => socket_get_option($s, SOL_TCP, TCP_CONGESTION));
attempt('congestion on UDP', fn() => socket_get_option($u, SOL_TCP, TCP_CONGESTION));
attempt('set congestion on UDP', fn() => socket_set_option($u, SOL_TCP, TCP_CONGESTION, "reno"));
attempt('option 13 at SOL_SOCKET is SO_LINGER', fn() => socket_get_option($s, SOL_SOCKET, TCP_CONGESTION));
$m = socket_get_option($s, SOL_SOCKET, SO_MEMINFO);
var_dump(array_keys($m), array_map('is_int', $m) == array_fill_keys(array_keys($m), true), $m['rcvbuf'] > 0);
attempt('meminfo set', fn() => socket_set_option($s, SOL_SOCKET, SO_MEMINFO, 1));
attempt('meminfo at another level', fn() => socket_get_option($s, SOL_TCP, SO_MEMINFO));
