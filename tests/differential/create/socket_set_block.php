<?php
// socket_set_block()/socket_set_nonblock(): return values, the effect on reads, accept and
// connect, and errors.
require __DIR__ . '/../_lib.php';

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
show('set_nonblock', socket_set_nonblock($p[0]));
attempt('read with nothing pending', fn() => socket_read($p[0], 10));
show('error is EAGAIN', socket_last_error($p[0]) === SOCKET_EAGAIN);
show('global is EAGAIN', socket_last_error() === SOCKET_EAGAIN);
socket_clear_error();
show('set_nonblock again', socket_set_nonblock($p[0]));
socket_write($p[1], 'data');
show('read pending data', socket_read($p[0], 10));
show('set_block', socket_set_block($p[0]));
show('set_block again', socket_set_block($p[0]));
socket_write($p[1], 'more');
show('blocking read', socket_read($p[0], 10));

$l = socket_create_listen(0);
show('nonblock listener', socket_set_nonblock($l));
show('accept', socket_accept($l));
socket_clear_error();
show('block listener', socket_set_block($l));

foreach (['socket_set_block', 'socket_set_nonblock'] as $f) {
    $s = socket_create(AF_INET, SOCK_STREAM, 0);
    attempt("$f no args", fn() => $f());
    attempt("$f two args", fn() => $f($s, 1));
    attempt("$f int", fn() => $f(1));
    attempt("$f stream", fn() => $f(STDIN));
    socket_close($s);
    attempt("$f closed", fn() => $f($s));
}
