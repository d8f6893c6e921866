<?php
// socket_read(): binary and normal (line) reads, lengths, EOF, non-blocking, errors.
require __DIR__ . '/../_lib.php';

socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

socket_write($a, "hello\0world");
show('binary read all', socket_read($b, 100));
socket_write($a, "abcdef");
show('binary read 2', socket_read($b, 2));
show('binary read rest, explicit PHP_BINARY_READ', socket_read($b, 100, PHP_BINARY_READ));
socket_write($a, "xyz");
show('mode 0 is binary', socket_read($b, 100, 0));
socket_write($a, "xyz");
show('mode 99 is binary', socket_read($b, 100, 99));

socket_write($a, "line1\nline2\r\nline3\rtail");
show('normal read line1', socket_read($b, 100, PHP_NORMAL_READ));
show('normal read line2 (stops at \r)', socket_read($b, 100, PHP_NORMAL_READ));
show('normal read the \n', socket_read($b, 100, PHP_NORMAL_READ));
show('normal read line3', socket_read($b, 100, PHP_NORMAL_READ));
show('normal read limited', socket_read($b, 2, PHP_NORMAL_READ));
show('binary rest', socket_read($b, 100));
socket_write($a, "\nX\n");
show('normal read empty line', socket_read($b, 100, PHP_NORMAL_READ));
show('normal read length 1', socket_read($b, 1, PHP_NORMAL_READ));
show('normal read the newline', socket_read($b, 1, PHP_NORMAL_READ));

// Length checks: <= 0 gives false, no error.
foreach ([0, -1, PHP_INT_MIN] as $len) {
    attempt("length $len", fn() => socket_read($b, $len));
}
last_error($b);
attempt('length "5"', function () use ($a, $b) { socket_write($a, 'abcdefgh'); return socket_read($b, "5"); });
attempt('length 2.0', fn() => socket_read($b, 2.0));
attempt('length "x"', fn() => socket_read($b, "x"));
attempt('length null', fn() => socket_read($b, null));
attempt('mode null', fn() => socket_read($b, 10, null));

// Non-blocking with nothing pending: false, no warning, EAGAIN recorded.
socket_set_nonblock($b);
attempt('non-blocking, nothing pending', fn() => socket_read($b, 10));
show('error is EAGAIN', socket_last_error($b) === SOCKET_EAGAIN);
show('global is EAGAIN', socket_last_error() === SOCKET_EAGAIN);
socket_clear_error($b);
socket_clear_error();
socket_set_block($b);

// EOF: binary reads give ''.
socket_write($a, 'last');
socket_close($a);
show('data before EOF', socket_read($b, 100));
show('binary at EOF', socket_read($b, 100));
show('binary at EOF again', socket_read($b, 100));
attempt('normal at EOF (C gives up after 200 empty reads)', fn() => socket_read($b, 100, PHP_NORMAL_READ));
last_error($b);
last_error();

// Errors from recv(2).
$u = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
attempt('unconnected stream', fn() => socket_read($u, 10));
last_error($u);
last_error();
$l = socket_create_listen(0);
attempt('listening socket', fn() => socket_read($l, 10));
last_error($l);
attempt('normal read, unconnected', fn() => socket_read($u, 10, PHP_NORMAL_READ));
last_error($u);

// Against the echo server.
[$h, $port] = endpoint('RSOCKETS_TCP4');
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, $h, $port);
socket_write($c, "ping\n");
$got = '';
while (strlen($got) < 5 && ($r = socket_read($c, 5 - strlen($got))) !== false && $r !== '') {
    $got .= $r;
}
show('echoed', $got);
socket_write($c, "one\ntwo\n");
show('echo normal read', socket_read($c, 100, PHP_NORMAL_READ));
show('echo normal read', socket_read($c, 100, PHP_NORMAL_READ));

attempt('no length', fn() => socket_read($c));
attempt('four args', fn() => socket_read($c, 1, 1, 1));
attempt('not a socket', fn() => socket_read(STDIN, 1));
socket_close($c);
attempt('closed', fn() => socket_read($c, 1));
