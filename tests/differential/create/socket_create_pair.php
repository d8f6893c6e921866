<?php
// socket_create_pair(): the by-ref array, its target types (typed properties, references into
// arrays), range and socketpair(2) errors.
require __DIR__ . '/../_lib.php';

show('unix stream', socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair));
show('pair', $pair);
show('write', socket_write($pair[0], "hello\0world"));
show('read', socket_read($pair[1], 100));
show('write back', socket_write($pair[1], "x"));
show('read back', socket_read($pair[0], 100));
show('unix dgram', socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $d));
show('count', count($d));
show('seqpacket', socket_create_pair(AF_UNIX, SOCK_SEQPACKET, 0, $q));

$old = 'previous value';
show('overwrites a string', socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $old));
show('now', array_map('get_class', $old));

// socketpair(2) errors: warning, false, global error; the target untouched.
$keep = 'untouched';
attempt('AF_INET stream', fn() => socket_create_pair(AF_INET, SOCK_STREAM, 0, $keep));
show('target', $keep);
last_error();
attempt('AF_INET6 dgram', fn() => socket_create_pair(AF_INET6, SOCK_DGRAM, 0, $keep));
last_error();
attempt('unix bad protocol', fn() => socket_create_pair(AF_UNIX, SOCK_STREAM, 6, $keep));
last_error();
attempt('unix type 0', fn() => socket_create_pair(AF_UNIX, 0, 0, $keep));
last_error();

// Range errors.
attempt('domain 0', fn() => socket_create_pair(0, SOCK_STREAM, 0, $keep));
attempt('domain 99', fn() => socket_create_pair(99, SOCK_STREAM, 0, $keep));
attempt('type 11', fn() => socket_create_pair(AF_UNIX, 11, 0, $keep));
show('target', $keep);
last_error();

// Typed reference targets.
class Holder {
    public array $arr = [];
    public int $int = 0;
    public ?array $nullable = null;
    public string|array $union = '';
    public iterable $it = [];
}
$h = new Holder;
attempt('array property', function () use ($h) { return socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $h->arr); });
show('array property count', count($h->arr));
attempt('int property', function () use ($h) { return socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $h->int); });
show('int property after', $h->int);
attempt('?array property', function () use ($h) { return socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $h->nullable); });
show('?array property count', count($h->nullable));
attempt('string|array property', function () use ($h) { return socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $h->union); });
show('union is array', is_array($h->union));
attempt('iterable property', function () use ($h) { return socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $h->it); });
show('iterable count', count($h->it));
$arr = ['x' => 1];
$ref = &$arr['x'];
show('array element by reference', socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $arr['x']));
show('ref is array', is_array($ref));

// Argument errors.
attempt('three args', fn() => socket_create_pair(AF_UNIX, SOCK_STREAM, 0));
attempt('five args', fn() => socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $x, 1));
attempt('"1" type', function () { return socket_create_pair(AF_UNIX, "1", 0, $y) && count($y) === 2; });
attempt('literal', fn() => socket_create_pair(AF_UNIX, SOCK_STREAM, 0, []));
