<?php
// socket_accept(): a connection, non-blocking EAGAIN (false, no warning, error only global),
// accept on a non-listening socket, the accepted socket's state.
require __DIR__ . '/../_lib.php';

$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($l, '127.0.0.1', 0);
socket_listen($l);
socket_getsockname($l, $ip, $port);

socket_set_nonblock($l);
show('nothing pending', socket_accept($l));
show('listener error (not recorded there)', socket_last_error($l));
show('global error is EAGAIN', socket_last_error() === SOCKET_EAGAIN);
socket_clear_error();
socket_set_block($l);

$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $port);
$a = socket_accept($l);
show('accepted', $a);
show('accepted error', socket_last_error($a));
show('getpeername', socket_getpeername($a, $pa, $pp));
show('peer addr', $pa);
socket_getsockname($c, $ca, $cp);
show('peer port is the client port', $pp === $cp);
show('getsockname', socket_getsockname($a, $sa, $sp));
show('local port is the listen port', $sp === $port);
show('accepted is blocking (read waits for data)', socket_write($c, "abc"));
show('read', socket_read($a, 10));

// AF_UNIX and AF_INET6 listeners.
$path = sys_get_temp_dir() . '/accept.sock';
$ul = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_bind($ul, $path);
socket_listen($ul);
$uc = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_connect($uc, $path);
$ua = socket_accept($ul);
show('unix accepted', get_class($ua));
show('unix getpeername', socket_getpeername($ua, $upa));
show('unix peer (unbound client)', $upa);
show('unix getsockname', socket_getsockname($ua, $usa));
show('unix local is the path', $usa === $path);

if (endpoint('RSOCKETS_TCP6')) {
    $l6 = socket_create(AF_INET6, SOCK_STREAM, 0);
    socket_bind($l6, '::1', 0);
    socket_listen($l6);
    socket_getsockname($l6, $a6, $p6);
    $c6 = socket_create(AF_INET6, SOCK_STREAM, 0);
    socket_connect($c6, '::1', $p6);
    $s6 = socket_accept($l6);
    socket_getpeername($s6, $pa6, $pp6);
    show('v6 peer', $pa6);
}

// Errors: not listening, a datagram socket, a closed socket.
$nl = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
attempt('not listening', fn() => socket_accept($nl));
show('socket error (not recorded on it)', socket_last_error($nl));
last_error();
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
attempt('udp', fn() => socket_accept($u));
last_error();
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
attempt('connected pair', fn() => socket_accept($pair[0]));
last_error();
socket_close($nl);
attempt('closed', fn() => socket_accept($nl));
attempt('no args', fn() => socket_accept());
attempt('two args', fn() => socket_accept($l, 1));
attempt('not a socket', fn() => socket_accept('x'));
