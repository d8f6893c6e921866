<?php
// socket_shutdown(): the three modes, their effect, out-of-range modes, unconnected sockets.
require __DIR__ . '/../_lib.php';

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
show('shutdown write (1)', socket_shutdown($p[0], 1));
show('peer reads EOF', socket_read($p[1], 10));
attempt('write after shutdown', fn() => socket_write($p[0], 'x'));
last_error($p[0]);
show('still readable', socket_write($p[1], 'back'));
show('read', socket_read($p[0], 10));
show('shutdown read (0)', socket_shutdown($p[0], 0));
show('shutdown both (default)', socket_shutdown($p[1]));
show('shutdown again', socket_shutdown($p[1], 2));

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
foreach ([3, -1, 100, PHP_INT_MAX] as $mode) {
    attempt("mode $mode", fn() => socket_shutdown($q[0], $mode));
    last_error($q[0]);
}
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
attempt('not connected', fn() => socket_shutdown($s));
show('error', socket_last_error($s));
last_error();
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
attempt('udp unconnected', fn() => socket_shutdown($u, 1));
last_error($u);

attempt('"1"', fn() => socket_shutdown($q[1], "1"));
attempt('"x"', fn() => socket_shutdown($q[1], "x"));
attempt('null', fn() => socket_shutdown($q[1], null));
attempt('no args', fn() => socket_shutdown());
attempt('three args', fn() => socket_shutdown($q[1], 1, 1));
socket_close($s);
attempt('closed', fn() => socket_shutdown($s));
