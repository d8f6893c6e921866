<?php
// socket_connect(): AF_INET/AF_INET6/AF_UNIX, the port null rules, host names and lookup
// failures, refused connections, non-blocking EINPROGRESS, path length.
require __DIR__ . '/../_lib.php';

[$host4, $port4] = endpoint('RSOCKETS_TCP4');
$unix = getenv('RSOCKETS_UNIX');

function conn(string $label, int $domain, int $type, string $addr, ...$port): ?Socket
{
    $s = socket_create($domain, $type, 0);
    $r = attempt($label, fn() => socket_connect($s, $addr, ...$port));
    echo '  error: ', socket_last_error($s), ' global: ', socket_last_error(), "\n";
    socket_clear_error();
    return $r ? $s : null;
}

conn('v4 echo', AF_INET, SOCK_STREAM, $host4, $port4);
conn('v4 localhost', AF_INET, SOCK_STREAM, 'localhost', $port4);
conn('v4 no port', AF_INET, SOCK_STREAM, $host4);
conn('v4 null port', AF_INET, SOCK_STREAM, $host4, null);
conn('v4 unknown host', AF_INET, SOCK_STREAM, 'no.such.host.invalid', $port4);
conn('v4 empty host', AF_INET, SOCK_STREAM, '', $port4);
conn('v4 port 0', AF_INET, SOCK_STREAM, '127.0.0.1', 0);
conn('v4 port + 65536', AF_INET, SOCK_STREAM, $host4, $port4 + 65536);
conn('v4 udp echo', AF_INET, SOCK_DGRAM, $host4, $port4);

$l = socket_create_listen(0);
socket_getsockname($l, $la, $closed);
socket_close($l);
conn('v4 refused', AF_INET, SOCK_STREAM, '127.0.0.1', $closed);

if ($tcp6 = endpoint('RSOCKETS_TCP6')) {
    conn('v6 echo', AF_INET6, SOCK_STREAM, $tcp6[0], $tcp6[1]);
    conn('v6 refused', AF_INET6, SOCK_STREAM, '::1', $closed);
}
conn('v6 no port', AF_INET6, SOCK_STREAM, '::1');
conn('v6 null port', AF_INET6, SOCK_STREAM, '::1', null);
conn('v6 unknown host', AF_INET6, SOCK_STREAM, 'no.such.host.invalid', 1);

conn('unix echo', AF_UNIX, SOCK_STREAM, $unix);
conn('unix with port', AF_UNIX, SOCK_STREAM, $unix, 80);
conn('unix null port', AF_UNIX, SOCK_STREAM, $unix, null);
conn('unix missing', AF_UNIX, SOCK_STREAM, sys_get_temp_dir() . '/missing.sock');
conn('unix 108 chars', AF_UNIX, SOCK_STREAM, str_repeat('x', 108));
chdir(sys_get_temp_dir());
conn('unix 107 chars', AF_UNIX, SOCK_STREAM, str_repeat('x', 107));
conn('unix wrong type', AF_UNIX, SOCK_DGRAM, $unix);

// Non-blocking: EINPROGRESS gives false without a warning but is recorded.
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_nonblock($s);
$r = socket_connect($s, $host4, $port4);
show('non-blocking connect', $r);
show('error is EINPROGRESS', socket_last_error($s) === SOCKET_EINPROGRESS);
show('global is EINPROGRESS', socket_last_error() === SOCKET_EINPROGRESS);
socket_clear_error();

// Connecting twice.
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show('first', socket_connect($s, $host4, $port4));
attempt('second', fn() => socket_connect($s, $host4, $port4));
show('error', socket_last_error($s));

// Argument errors.
attempt('no address', fn() => socket_connect($s));
attempt('four args', fn() => socket_connect($s, $host4, $port4, 1));
attempt('port "x"', fn() => socket_connect($s, $host4, "x"));
attempt('port "80"', fn() => socket_connect(socket_create(AF_INET, SOCK_STREAM, 0), '127.0.0.1', "$closed"));
attempt('null address', fn() => socket_connect(socket_create(AF_INET, SOCK_STREAM, 0), null, $closed));
attempt('not a socket', fn() => socket_connect(null, $host4, $port4));
socket_close($s);
attempt('closed', fn() => socket_connect($s, $host4, $port4));
