<?php
// socket_read / socket_write: modes, lengths, EOF, errors and weak-mode argument coercion.
require __DIR__ . '/_lib.inc';

[$a, $b] = pair();
t('write all', fn() => socket_write($a, "line1\r\nline2\nrest\0bin"));
t('normal read 1', fn() => socket_read($b, 100, PHP_NORMAL_READ));
t('normal read 2', fn() => socket_read($b, 100, PHP_NORMAL_READ));
t('normal read 3', fn() => socket_read($b, 100, PHP_NORMAL_READ));
t('normal read small', fn() => socket_read($b, 2, PHP_NORMAL_READ));
t('binary read rest', fn() => bin2hex(socket_read($b, 100)));
t('write length 3', fn() => socket_write($a, "abcdef", 3));
t('write length 0', fn() => socket_write($a, "abcdef", 0));
t('write length > len', fn() => socket_write($a, "gh", 10));
t('write length null', fn() => socket_write($a, "ij", null));
t('write named', fn() => socket_write(socket: $a, data: "kl", length: 1));
t('read it', fn() => socket_read($b, 100));
t('write negative', fn() => socket_write($a, "x", -1));
t('read 0', fn() => socket_read($b, 0));
t('read -1', fn() => socket_read($b, -1));
t('read PHP_INT_MIN', fn() => socket_read($b, PHP_INT_MIN));
t('last error', fn() => socket_last_error($b));

// Weak-mode coercion of the arguments.
socket_write($a, "coerce1coerce2coerce3coerce4");
t('read "7"', fn() => socket_read($b, "7"));
t('read 7.0', fn() => socket_read($b, 7.0));
t('read true', fn() => socket_read($b, true));
t('read "6 "', fn() => socket_read($b, "6 "));
t('read 1.5', fn() => socket_read($b, 1.5));
t('read null', fn() => socket_read($b, null));
t('read "abc"', fn() => socket_read($b, "abc"));
t('read "5abc"', fn() => socket_read($b, "5abc"));
t('read array', fn() => socket_read($b, []));
t('read mode "2"', fn() => socket_read($b, 3, "2"));
t('read mode null', fn() => socket_read($b, 3, null));
t('write int data', fn() => socket_write($a, 12345));
t('write float data', fn() => socket_write($a, 1.5));
t('write bool data', fn() => socket_write($a, true));
t('write null data', fn() => socket_write($a, null));
t('write length "2"', fn() => socket_write($a, "xyz", "2"));
t('write length 1.9', fn() => socket_write($a, "xyz", 1.9));
t('write array data', fn() => socket_write($a, []));
t('write object data', fn() => socket_write($a, new stdClass));
t('write Stringable', fn() => socket_write($a, new class { function __toString(): string { return "str"; } }));
t('drain', fn() => socket_read($b, 1000));
t('read no args', fn() => socket_read());
t('read too many', fn() => socket_read($b, 1, 1, 1));
t('read not socket', fn() => socket_read(STDIN, 1));
t('write not socket', fn() => socket_write("x", "y"));

// Non-blocking: EAGAIN is false without a warning; EOF is ''.
socket_set_nonblock($b);
t('nb read binary', fn() => socket_read($b, 10));
t('nb error', fn() => [socket_last_error($b), socket_last_error()]);
// (A partial line followed by no data makes C's PHP_NORMAL_READ spin forever, so it is not
// compared here; see tests/phpt/io/socket_read_normal_nonblocking.phpt.)
socket_write($a, "whole\n");
t('nb normal line', fn() => socket_read($b, 100, PHP_NORMAL_READ));
socket_close($a);
t('nb normal eof', fn() => socket_read($b, 100, PHP_NORMAL_READ));
t('nb binary eof', fn() => socket_read($b, 100));
t('write to closed', fn() => socket_write($a, "x"));
t('read closed', fn() => socket_read($a, 1));

// Blocking EOF.
[$c, $d] = pair();
socket_write($c, "no newline");
socket_close($c);
t('blocking normal eof', fn() => socket_read($d, 100, PHP_NORMAL_READ));
t('error', fn() => socket_last_error($d));
t('blocking binary eof', fn() => socket_read($d, 100));

// Errors that warn.
[$e, $f] = pair();
socket_close($f);
t('broken pipe', fn() => socket_write($e, "x"));
t('error', fn() => socket_last_error($e));
$l = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t('read unconnected', fn() => socket_read($l, 10));
t('read unconnected normal', fn() => socket_read($l, 10, PHP_NORMAL_READ));
t('write unconnected', fn() => socket_write($l, "x"));
t('@ silences', fn() => @socket_write($l, "x"));
t('error cleared', fn() => [socket_clear_error($l), socket_last_error($l)]);
