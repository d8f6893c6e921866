<?php
// socket_send / socket_recv: flags, lengths, $data on success/EOF/EAGAIN/error, typed
// references, argument errors and weak coercion.
require __DIR__ . '/_lib.inc';

[$a, $b] = pair();
t('send 5 of 11', fn() => socket_send($a, "hello world", 5, 0));
t('send length > len', fn() => socket_send($a, "!?", 100, 0));
t('send 0', fn() => socket_send($a, "zero", 0, 0));
t('send binary', fn() => socket_send($a, "\0\xff\r\n", 4, MSG_DONTWAIT));
t('recv peek 3', fn() => [socket_recv($b, $d, 3, MSG_PEEK), $d]);
t('recv peek all', fn() => [socket_recv($b, $d, 100, MSG_PEEK), bin2hex($d)]);
t('recv 2 waitall', fn() => [socket_recv($b, $d, 2, MSG_WAITALL), $d]);
t('recv rest', fn() => [socket_recv($b, $d, 100, 0), bin2hex($d)]);
$d = 'prev';
t('recv dontwait', fn() => [socket_recv($b, $d, 100, MSG_DONTWAIT), $d, socket_last_error($b), socket_last_error()]);
$d = 'prev';
t('recv length 0', fn() => [socket_recv($b, $d, 0, 0), $d]);
t('recv length -1', fn() => [socket_recv($b, $d, -1, 0), $d]);
t('recv length PHP_INT_MIN', fn() => [socket_recv($b, $d, PHP_INT_MIN, 0), $d]);
t('send negative', fn() => socket_send($a, "x", -1, 0));
t('send negative named', fn() => socket_send(socket: $a, data: "x", length: -5, flags: 0));

// Weak-mode coercion.
t('send "3"', fn() => socket_send($a, "abcdef", "3", "0"));
t('send 2.0 / true', fn() => socket_send($a, 42, 2.0, false));
t('send null data', fn() => socket_send($a, null, 1, 0));
t('send flags "x"', fn() => socket_send($a, "a", 1, "x"));
t('recv "4"', fn() => [socket_recv($b, $d, "4", "0"), $d]);
t('recv 1.5', fn() => [socket_recv($b, $d, 1.5, 0), $d]);
t('recv null length', fn() => [socket_recv($b, $d, null, 0), $d]);
t('recv array', fn() => socket_recv($b, $d, [], 0));
t('recv missing', fn() => socket_recv($b, $d, 1));

// Typed references.
class Box { public int $n = 0; public ?string $s = 'old'; public string $t = 'keep'; public float $f = 0.0; }
$box = new Box;
socket_send($a, "42", 2, 0);
t('recv into int (numeric)', fn() => [socket_recv($b, $box->n, 100, MSG_PEEK), $box->n]);
t('recv into float', fn() => [socket_recv($b, $box->f, 100, 0), $box->f]);
socket_send($a, "4x", 2, 0);
t('recv into int (non numeric)', fn() => [socket_recv($b, $box->n, 100, 0), $box->n]);
t('recv null into ?string', fn() => [socket_recv($b, $box->s, 100, MSG_DONTWAIT), $box->s]);
t('recv null into string', fn() => [socket_recv($b, $box->t, 100, MSG_DONTWAIT), $box->t]);
$arr = ['k' => 'v'];
$ref = &$arr['k'];
socket_send($a, "in array", 8, 0);
t('recv into array element ref', fn() => [socket_recv($b, $arr['k'], 100, 0), $arr, $ref]);

// EOF and errors.
socket_close($a);
$d = 'prev';
t('recv eof', fn() => [socket_recv($b, $d, 100, 0), $d, socket_last_error($b)]);
t('send closed', fn() => socket_send($a, "x", 1, 0));
t('recv closed', fn() => socket_recv($a, $d, 1, 0));
t('send to closed peer', fn() => [socket_send($b, "x", 1, 0), socket_last_error($b)]);
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
t('send unconnected udp', fn() => [socket_send($u, "x", 1, 0), socket_last_error($u)]);
$tcp = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$d = 'prev';
t('recv unconnected tcp', fn() => [socket_recv($tcp, $d, 1, 0), $d, socket_last_error($tcp)]);
t('recv bad flags', fn() => [socket_recv($tcp, $d, 1, -1), $d, socket_last_error($tcp)]);
t('send MSG_OOB on unix', fn() => [socket_send($b, "x", 1, MSG_OOB), socket_last_error($b)]);

// Datagram pair: an empty datagram gives 0 and NULL.
[$x, $y] = pair(SOCK_DGRAM);
t('send empty dgram', fn() => socket_send($x, "", 0, 0));
$d = 'prev';
t('recv empty dgram', fn() => [socket_recv($y, $d, 10, 0), $d]);
t('send dgram', fn() => socket_send($x, "truncated", 9, 0));
t('recv dgram short', fn() => [socket_recv($y, $d, 4, 0), $d]);
