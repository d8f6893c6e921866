<?php
// socket_create_listen(): port 0, a port in use (and its 16-bit truncation), backlog values,
// what the listener looks like, and argument errors.
require __DIR__ . '/../_lib.php';

$l = socket_create_listen(0);
show('class', get_class($l));
show('getsockname', socket_getsockname($l, $addr, $port));
show('addr', $addr);
show('port > 0', $port > 0);
show('last_error', socket_last_error($l));

$r = attempt('same port again', fn() => socket_create_listen($port));
last_error();
attempt('port + 65536 (truncated to the same port)', fn() => socket_create_listen($port + 65536));
last_error();
attempt('port - 65536', fn() => socket_create_listen($port - 65536));
last_error();

foreach ([0, 1, -1, 128, 100000, PHP_INT_MAX] as $backlog) {
    attempt("backlog $backlog", fn() => get_class(socket_create_listen(0, $backlog)));
}
attempt('"0" port', fn() => get_class(socket_create_listen("0")));
attempt('"x" port', fn() => socket_create_listen("x"));
attempt('null port', fn() => get_class(socket_create_listen(null)));
attempt('null backlog', fn() => get_class(socket_create_listen(0, null)));
attempt('no args', fn() => socket_create_listen());
attempt('three args', fn() => socket_create_listen(0, 1, 2));

// It accepts a client.
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show('connect', socket_connect($c, '127.0.0.1', $port));
$a = socket_accept($l);
show('accepted', get_class($a));
show('write', socket_write($c, "ping"));
show('read', socket_read($a, 10));
