<?php
// socket_create(): every domain/type/protocol, the range checks, weak-mode coercion and
// parameter-count errors, and what is left in socket_last_error().
require __DIR__ . '/../_lib.php';

foreach ([[AF_INET, SOCK_STREAM, SOL_TCP], [AF_INET, SOCK_DGRAM, SOL_UDP], [AF_INET, SOCK_STREAM, 0],
          [AF_INET, SOCK_DGRAM, 0], [AF_INET6, SOCK_STREAM, 0], [AF_INET6, SOCK_DGRAM, 0],
          [AF_UNIX, SOCK_STREAM, 0], [AF_UNIX, SOCK_DGRAM, 0], [AF_UNIX, SOCK_SEQPACKET, 0],
          [AF_INET, SOCK_SEQPACKET, 0], [AF_INET, SOCK_RDM, 0], [AF_UNIX, SOCK_RAW, 0],
          [AF_INET, SOCK_STREAM, SOL_UDP], [AF_INET, SOCK_DGRAM, SOL_TCP], [AF_UNIX, SOCK_STREAM, SOL_TCP],
          [AF_INET, SOCK_STREAM, 9999], [AF_INET, SOCK_STREAM, -1], [AF_INET, 0, 0], [AF_INET, 10, 0],
          [AF_INET, -1, 0], [AF_INET, SOCK_STREAM | 2048 /* SOCK_NONBLOCK */, 0]] as [$d, $t, $p]) {
    $s = attempt("socket_create($d, $t, $p)", fn() => socket_create($d, $t, $p) instanceof Socket ? 'Socket' : false);
    last_error();
}

// Range errors: ValueError, nothing recorded.
foreach ([[0, SOCK_STREAM, 0], [-1, SOCK_STREAM, 0], [3, SOCK_STREAM, 0], [PHP_INT_MAX, SOCK_STREAM, 0],
          [AF_INET, 11, 0], [AF_INET, PHP_INT_MAX, 0], [AF_INET, 11, -5], [99, 99, 0]] as [$d, $t, $p]) {
    attempt("socket_create($d, $t, $p)", fn() => socket_create($d, $t, $p));
    last_error();
}

// Weak-mode coercion.
attempt('"2", "1", "6"', fn() => get_class(socket_create("2", "1", "6")));
attempt('2.0, 1.0, 0.0', fn() => get_class(socket_create(2.0, 1.0, 0.0)));
attempt('true, true, false', fn() => socket_create(true, true, false));
attempt('" 2", "1 ", "0"', fn() => get_class(socket_create(" 2", "1 ", "0")));
attempt('"2abc"', fn() => socket_create("2abc", 1, 0));
attempt('"abc"', fn() => socket_create("abc", 1, 0));
attempt('2.5', fn() => socket_create(2.5, 1, 0));
attempt('1e100', fn() => socket_create(1e100, 1, 0));
attempt('NAN', fn() => socket_create(NAN, 1, 0));
attempt('null domain', fn() => get_class(socket_create(null, 1, 0)));
attempt('null type', fn() => socket_create(AF_INET, null, 0));
attempt('null protocol', fn() => get_class(socket_create(AF_INET, SOCK_STREAM, null)));
attempt('array', fn() => socket_create([], 1, 0));
attempt('object', fn() => socket_create(new stdClass, 1, 0));
attempt('Socket', fn() => socket_create(socket_create(AF_INET, SOCK_STREAM, 0), 1, 0));

// Parameter count.
attempt('no args', fn() => socket_create());
attempt('two args', fn() => socket_create(AF_INET, SOCK_STREAM));
attempt('four args', fn() => socket_create(AF_INET, SOCK_STREAM, 0, 1));
attempt('named', fn() => get_class(socket_create(protocol: 0, type: SOCK_STREAM, domain: AF_INET)));
attempt('unknown named', fn() => socket_create(AF_INET, SOCK_STREAM, 0, flags: 1));
attempt('spread', fn() => get_class(socket_create(...[AF_UNIX, SOCK_STREAM, 0])));
attempt('call_user_func', fn() => get_class(call_user_func('socket_create', AF_INET, SOCK_DGRAM, 0)));
