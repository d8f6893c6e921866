<?php
// socket_last_error()/socket_clear_error(): per socket and global, which failures record what,
// and what clearing one does to the other.
require __DIR__ . '/../_lib.php';

show('initial global', socket_last_error());
show('initial global (null)', socket_last_error(null));
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show('fresh socket', socket_last_error($s));

// A failed connect records the errno on the socket and globally.
$l = socket_create_listen(0);
socket_getsockname($l, $addr, $port);
socket_close($l);
$r = @socket_connect($s, '127.0.0.1', $port);
show('connect to a closed port', $r);
show('socket error', socket_last_error($s));
show('global error', socket_last_error());
show('strerror', socket_strerror(socket_last_error($s)));

socket_clear_error($s);
show('socket error after clear(socket)', socket_last_error($s));
show('global error after clear(socket)', socket_last_error());
socket_clear_error();
show('global error after clear()', socket_last_error());

// Set again, clear only the global.
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
@socket_connect($t, '127.0.0.1', $port);
socket_clear_error(null);
show('socket error after clear(null)', socket_last_error($t));
show('global error after clear(null)', socket_last_error());

// A failed socket_create() records only the global error.
@socket_create(AF_INET, SOCK_STREAM, 9999);
show('global after failed create', socket_last_error());
show('other socket untouched', socket_last_error($s));

// The error of one socket is not another's.
show('$s still clear', socket_last_error($s));
show('$t still set', socket_last_error($t));

// Return values and arguments.
show('clear_error() returns', socket_clear_error());
attempt('last_error(1)', fn() => socket_last_error(1));
attempt('last_error("x")', fn() => socket_last_error("x"));
attempt('clear_error(1)', fn() => socket_clear_error(1));
attempt('last_error 2 args', fn() => socket_last_error($s, 1));
attempt('clear_error 2 args', fn() => socket_clear_error($s, 1));
socket_close($s);
attempt('last_error(closed)', fn() => socket_last_error($s));
attempt('clear_error(closed)', fn() => socket_clear_error($s));
show('last_error(closed $t) still works', socket_last_error($t));
