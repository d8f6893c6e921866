<?php
// socket_bind(): AF_INET/AF_INET6/AF_UNIX, numeric addresses and host names, lookup failures,
// ports, path length, errno errors and what socket_last_error() keeps.
require __DIR__ . '/../_lib.php';

function bind_show(string $label, int $domain, string $addr, ...$port): void
{
    $s = socket_create($domain, $domain === AF_UNIX ? SOCK_STREAM : SOCK_DGRAM, 0);
    attempt($label, fn() => socket_bind($s, $addr, ...$port));
    echo '  error: ', socket_last_error($s), ' global: ', socket_last_error(), "\n";
    if (@socket_getsockname($s, $a, $p)) {
        echo '  name: ', $domain === AF_UNIX ? strlen($a) . ' bytes' : $a, ' port>0: ', var_export($p > 0, true), "\n";
    }
    socket_clear_error();
}

// The first failure runs with h_errno still 0; later ones show C's use of the h_errno left by
// the previous lookup (a name over 255 bytes is not looked up at all).
bind_show('v6 unknown name first (h_errno 0)', AF_INET6, 'no.such.host.invalid', 0);
bind_show('v4 127.0.0.1', AF_INET, '127.0.0.1');
bind_show('v4 127.0.0.1 port 0', AF_INET, '127.0.0.1', 0);
bind_show('v4 0.0.0.0', AF_INET, '0.0.0.0', 0);
bind_show('v4 localhost', AF_INET, 'localhost', 0);
bind_show('v4 no.such.host.invalid', AF_INET, 'no.such.host.invalid', 0);
bind_show('v4 empty', AF_INET, '', 0);
bind_show('v4 256.1.1.1', AF_INET, '256.1.1.1', 0);
bind_show('v4 127.1 (no inet_aton shorthand)', AF_INET, '127.1', 0);
bind_show('v4 ::1', AF_INET, '::1', 0);
bind_show('v4 name > 255 chars', AF_INET, str_repeat('a', 256), 0);
bind_show('v4 NUL in address', AF_INET, "127.0.0.1\0junk", 0);
bind_show('v4 foreign address', AF_INET, '192.0.2.1', 0);
bind_show('v4 port 65536 wraps to 0', AF_INET, '127.0.0.1', 65536);
bind_show('v4 port -1 wraps', AF_INET, '127.0.0.1', -65536);
bind_show('v6 ::1', AF_INET6, '::1', 0);
bind_show('v6 ::', AF_INET6, '::', 0);
bind_show('v6 localhost', AF_INET6, 'localhost', 0);
bind_show('v6 127.0.0.1 (v4-mapped)', AF_INET6, '127.0.0.1', 0);
bind_show('v6 no.such.host.invalid after a v4 failure', AF_INET6, 'no.such.host.invalid', 0);
bind_show('v6 ::1%lo', AF_INET6, '::1%lo', 0);
bind_show('v6 fe80::1%1', AF_INET6, 'fe80::1%1', 0);
bind_show('v6 empty', AF_INET6, '', 0);

$dir = sys_get_temp_dir();
bind_show('unix path', AF_UNIX, "$dir/bind.sock");
bind_show('unix path again (in use)', AF_UNIX, "$dir/bind.sock");
bind_show('unix port ignored', AF_UNIX, "$dir/bind2.sock", 1234);
bind_show('unix no such dir', AF_UNIX, "$dir/nope/x.sock");
bind_show('unix abstract', AF_UNIX, "\0rsockets-diff-abstract-" . getmypid() . "-" . mt_rand());
chdir($dir); // relative paths below land in the scratch directory
bind_show('unix 107 chars', AF_UNIX, str_repeat('x', 107));
bind_show('unix 108 chars', AF_UNIX, str_repeat('x', 108));
bind_show('unix 200 chars', AF_UNIX, str_repeat('x', 200));
bind_show('unix empty (autobind)', AF_UNIX, '');

// Binding twice and address in use.
$a = socket_create(AF_INET, SOCK_STREAM, 0);
socket_bind($a, '127.0.0.1', 0);
socket_getsockname($a, $ip, $port);
socket_listen($a);
attempt('bind again', fn() => socket_bind($a, '127.0.0.1', 0));
show('error', socket_last_error($a));
$b = socket_create(AF_INET, SOCK_STREAM, 0);
attempt('bind port in use', fn() => socket_bind($b, '127.0.0.1', $port));
show('error', socket_last_error($b));

// Argument errors.
$s = socket_create(AF_INET, SOCK_STREAM, 0);
attempt('no address', fn() => socket_bind($s));
attempt('four args', fn() => socket_bind($s, '127.0.0.1', 0, 1));
attempt('port "x"', fn() => socket_bind($s, '127.0.0.1', "x"));
attempt('port null', fn() => socket_bind($s, '127.0.0.1', null));
attempt('port 1.5', fn() => socket_bind(socket_create(AF_INET, SOCK_STREAM, 0), '127.0.0.1', 1.5));
attempt('address array', fn() => socket_bind($s, [], 0));
attempt('address int (weak)', fn() => socket_bind($s, 1, 0));
attempt('not a socket', fn() => socket_bind(STDIN, '127.0.0.1'));
socket_close($s);
attempt('closed', fn() => socket_bind($s, '127.0.0.1'));
