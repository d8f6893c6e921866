<?php
// socket_listen(): backlogs, unbound sockets (autobind), datagram sockets, errors.
require __DIR__ . '/../_lib.php';

foreach ([0, 1, -1, 5, 1000000, PHP_INT_MAX, PHP_INT_MIN] as $backlog) {
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_bind($s, '127.0.0.1', 0);
    attempt("backlog $backlog", fn() => socket_listen($s, $backlog));
}
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show('default backlog, unbound (autobind)', socket_listen($s));
socket_getsockname($s, $a, $p);
show('autobound address', $a);
show('autobound port > 0', $p > 0);
show('listen twice', socket_listen($s, 3));

$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
attempt('udp', fn() => socket_listen($u));
show('error', socket_last_error($u));
last_error();
$x = socket_create(AF_UNIX, SOCK_DGRAM, 0);
attempt('unix dgram', fn() => socket_listen($x));
last_error();
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
attempt('connected pair', fn() => socket_listen($pair[0]));
last_error();

attempt('"5"', fn() => socket_listen(socket_create(AF_INET, SOCK_STREAM, 0), "5"));
attempt('"x"', fn() => socket_listen($s, "x"));
attempt('null backlog', fn() => socket_listen(socket_create(AF_INET, SOCK_STREAM, 0), null));
attempt('no args', fn() => socket_listen());
attempt('three args', fn() => socket_listen($s, 1, 2));
socket_close($s);
attempt('closed', fn() => socket_listen($s));
