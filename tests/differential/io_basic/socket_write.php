<?php
// socket_write(): lengths (null, 0, shorter, longer, negative), binary data, errors.
require __DIR__ . '/../_lib.php';

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

show('write', socket_write($a, "hello"));
show('read', socket_read($b, 100));
show('length 3', socket_write($a, "abcdef", 3));
show('read', socket_read($b, 100));
show('length null', socket_write($a, "abcdef", null));
show('read', socket_read($b, 100));
show('length longer than data', socket_write($a, "abc", 1000));
show('read', socket_read($b, 100));
show('binary', socket_write($a, "\0\1\2\xff"));
show('read', bin2hex(socket_read($b, 100)));
show('empty string', socket_write($a, ""));
show('length 0', socket_write($a, "abc", 0));
socket_set_nonblock($b);
show('nothing arrived', socket_read($b, 100));
socket_clear_error();
socket_set_block($b);
attempt('length -1', fn() => socket_write($a, "abc", -1));
attempt('length PHP_INT_MIN', fn() => socket_write($a, "abc", PHP_INT_MIN));
attempt('length "2"', fn() => socket_write($a, "abc", "2"));
show('read', socket_read($b, 100));
attempt('length "x"', fn() => socket_write($a, "abc", "x"));
attempt('data int (weak)', fn() => socket_write($a, 12345));
show('read', socket_read($b, 100));
attempt('data float', fn() => socket_write($a, 1.5));
show('read', socket_read($b, 100));
attempt('data array', fn() => socket_write($a, []));
attempt('data null', fn() => socket_write($a, null));
attempt('data Stringable', fn() => socket_write($a, new class { function __toString(): string { return "obj"; } }));
show('read', socket_read($b, 100));

// A large write on a non-blocking socket fills the buffer: partial count, then EAGAIN.
socket_set_nonblock($a);
$big = str_repeat('x', 4 * 1024 * 1024);
$n = socket_write($a, $big);
show('large non-blocking write is partial', is_int($n) && $n > 0 && $n < strlen($big));
attempt('buffer full', fn() => socket_write($a, $big));
show('error is EAGAIN', socket_last_error($a) === SOCKET_EAGAIN);
socket_clear_error($a);
socket_clear_error();

// EPIPE after the peer is gone (SIGPIPE is ignored by the PHP CLI).
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $q);
socket_close($q[1]);
attempt('peer closed', fn() => socket_write($q[0], 'x'));
last_error($q[0]);
last_error();

// Unconnected sockets.
$u = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
attempt('unconnected tcp', fn() => socket_write($u, 'x'));
last_error($u);
$d = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
attempt('unconnected udp', fn() => socket_write($d, 'x'));
last_error($d);
last_error();

attempt('no data', fn() => socket_write($a));
attempt('four args', fn() => socket_write($a, 'x', 1, 1));
attempt('not a socket', fn() => socket_write(STDOUT, 'x'));
socket_close($a);
attempt('closed', fn() => socket_write($a, 'x'));
