<?php
// socket_getsockname()/socket_getpeername(): every family, the optional port, by-reference
// targets (typed properties, array elements), unconnected and unbound sockets.
require __DIR__ . '/../_lib.php';

[$h4, $p4] = endpoint('RSOCKETS_TCP4');
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, $h4, $p4);
show('getpeername', socket_getpeername($c, $addr, $port));
show('addr', $addr);
show('port matches', $port === $p4);
show('getpeername without port', socket_getpeername($c, $addr2));
show('addr2', $addr2);
show('getsockname', socket_getsockname($c, $la, $lp));
show('local addr', $la);
show('local port is int > 0', is_int($lp) && $lp > 0);

$pre = 'old';
$preport = 'old';
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
show('unbound udp getsockname', socket_getsockname($u, $pre, $preport));
show('addr', $pre);
show('port', $preport);
$pre = 'old';
$preport = 'old';
attempt('unconnected getpeername', fn() => socket_getpeername($u, $pre, $preport));
show('targets untouched', [$pre, $preport]);
show('error', socket_last_error($u));
last_error();

if ($t6 = endpoint('RSOCKETS_TCP6')) {
    $c6 = socket_create(AF_INET6, SOCK_STREAM, 0);
    socket_connect($c6, $t6[0], $t6[1]);
    socket_getpeername($c6, $a6, $pp6);
    show('v6 peer', $a6);
    show('v6 port matches', $pp6 === $t6[1]);
    socket_getsockname($c6, $la6);
    show('v6 local', $la6);
}
$v6 = socket_create(AF_INET6, SOCK_DGRAM, 0);
socket_getsockname($v6, $unbound6, $unboundp6);
show('v6 unbound', [$unbound6, $unboundp6]);

// AF_UNIX: the path, no port (the port target is left alone).
$unix = getenv('RSOCKETS_UNIX');
$uc = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_connect($uc, $unix);
$uport = 'untouched';
show('unix getpeername', socket_getpeername($uc, $upath, $uport));
show('unix path', $upath);
show('unix port', $uport);
show('unix getsockname (unbound client)', socket_getsockname($uc, $ulocal, $uport));
show('unix local', $ulocal);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
show('pair getpeername', socket_getpeername($pair[0], $pp));
show('pair peer', $pp);
$ab = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($ab, "\0rsockets-abstract-name");
socket_getsockname($ab, $abname);
show('abstract name', $abname);

// Typed reference targets.
class T {
    public string $addr = '';
    public int $port = 0;
    public int $wrong = 0;
    public ?string $nullable = null;
    public float $f = 0.0;
}
$t = new T;
show('typed string/int', socket_getsockname($c, $t->addr, $t->port));
show('typed values', [$t->addr, $t->port > 0]);
attempt('int property for the address', function () use ($c, $t) { return socket_getsockname($c, $t->wrong); });
show('wrong after', $t->wrong);
attempt('?string property', function () use ($c, $t) { return socket_getpeername($c, $t->nullable); });
show('nullable after', $t->nullable);
attempt('float property for the port', function () use ($c, $t) { return socket_getpeername($c, $t->addr, $t->f); });
show('float port', $t->f === (float) $p4);
attempt('string property for the port', function () use ($c, $t) { return socket_getpeername($c, $t->nullable, $t->addr); });
show('string port', $t->addr === (string) $p4);
$arr = [];
show('array elements', socket_getpeername($c, $arr['a'], $arr['p']));
show('array', [$arr['a'], $arr['p'] === $p4]);

// Argument errors.
attempt('one arg', fn() => socket_getsockname($c));
attempt('four args', fn() => socket_getsockname($c, $x, $y, $z));
attempt('literal', fn() => socket_getpeername($c, 'x'));
attempt('not a socket', fn() => socket_getpeername(STDIN, $x));
socket_close($c);
attempt('closed getsockname', fn() => socket_getsockname($c, $x));
attempt('closed getpeername', fn() => socket_getpeername($c, $x));
