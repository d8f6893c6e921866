<?php
// String-valued options: SO_BINDTODEVICE and TCP_CONGESTION (a non-string value is passed as
// an empty buffer, without conversion), SO_MEMINFO's array.
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
show('bind lo', fn() => socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, "lo"));
show('get bindtodevice (int path)', fn() => socket_get_option($u, SOL_SOCKET, SO_BINDTODEVICE));
show('bind unknown', fn() => socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, "nosuchif0"));
var_dump(socket_last_error($u));
show('bind too long', fn() => socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, str_repeat("x", 40)));
show('bind with NUL', fn() => socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, "lo\0junk"));
show('bind int (empty = unbind)', fn() => socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, 5));
show('bind null', fn() => socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, null));
show('bind array', fn() => socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, ['lo']));
show('bind empty', fn() => socket_set_option($u, SOL_SOCKET, SO_BINDTODEVICE, ""));
$cc = socket_get_option($s, SOL_TCP, TCP_CONGESTION);
var_dump(is_array($cc), array_keys($cc), is_string($cc['name']), strlen($cc['name']) > 0);
show('set reno', fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, "reno"));
show('get', fn() => socket_get_option($s, SOL_TCP, TCP_CONGESTION));
show('setopt cubic', fn() => socket_setopt($s, SOL_TCP, TCP_CONGESTION, "cubic"));
show('getopt', fn() => socket_getopt($s, SOL_TCP, TCP_CONGESTION));
show('set unknown', fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, "nope"));
show('set int (empty buffer)', fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, 1));
show('set empty', fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, ""));
show('set reno with NUL', fn() => socket_set_option($s, SOL_TCP, TCP_CONGESTION, "reno\0x"));
show('get', fn() => socket_get_option($s, SOL_TCP, TCP_CONGESTION));
show('congestion on UDP', fn() => socket_get_option($u, SOL_TCP, TCP_CONGESTION));
show('set congestion on UDP', fn() => socket_set_option($u, SOL_TCP, TCP_CONGESTION, "reno"));
show('option 13 at SOL_SOCKET is SO_LINGER', fn() => socket_get_option($s, SOL_SOCKET, TCP_CONGESTION));
$m = socket_get_option($s, SOL_SOCKET, SO_MEMINFO);
var_dump(array_keys($m), array_map('is_int', $m) == array_fill_keys(array_keys($m), true), $m['rcvbuf'] > 0);
show('meminfo set', fn() => socket_set_option($s, SOL_SOCKET, SO_MEMINFO, 1));
show('meminfo at another level', fn() => socket_get_option($s, SOL_TCP, SO_MEMINFO));
