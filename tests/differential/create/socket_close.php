<?php
// socket_close(): return value, every later use is an Error, the object survives.
require __DIR__ . '/../_lib.php';

$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show('close', socket_close($s));
show('still a Socket', $s instanceof Socket);
var_dump($s);
foreach (['socket_close' => fn() => socket_close($s),
          'socket_bind' => fn() => socket_bind($s, '127.0.0.1'),
          'socket_connect' => fn() => socket_connect($s, '127.0.0.1', 1),
          'socket_listen' => fn() => socket_listen($s),
          'socket_accept' => fn() => socket_accept($s),
          'socket_read' => fn() => socket_read($s, 1),
          'socket_write' => fn() => socket_write($s, 'x'),
          'socket_shutdown' => fn() => socket_shutdown($s),
          'socket_set_block' => fn() => socket_set_block($s),
          'socket_set_nonblock' => fn() => socket_set_nonblock($s),
          'socket_getsockname' => fn() => socket_getsockname($s, $a),
          'socket_getpeername' => fn() => socket_getpeername($s, $a),
          'socket_last_error' => fn() => socket_last_error($s),
          'socket_clear_error' => fn() => socket_clear_error($s)] as $name => $f) {
    attempt($name, $f);
}

// Closing one end of a pair: the other reads EOF.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
socket_write($pair[0], 'bye');
socket_close($pair[0]);
show('read after peer close', socket_read($pair[1], 10));
show('read at EOF', socket_read($pair[1], 10));

// The fd is released: a new socket reuses it and works.
$l = socket_create_listen(0);
socket_close($l);
show('new socket after close', get_class(socket_create_listen(0)));

attempt('no args', fn() => socket_close());
attempt('two args', fn() => socket_close($s, 1));
attempt('not a socket', fn() => socket_close(STDOUT));
attempt('null', fn() => socket_close(null));
