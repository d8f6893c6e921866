<?php
// socket_select: readiness, counting, keys, references, timeouts and every error path.
require __DIR__ . '/_lib.inc';

[$a, $b] = pair();
[$c, $d] = pair();
$n = null;
function ids(?array $arr, array $names): ?array
{
    if ($arr === null) return null;
    $out = [];
    foreach ($arr as $k => $v) {
        $out[$k] = array_search($v, $names, true);
    }
    return $out;
}
$names = ['a' => $a, 'b' => $b, 'c' => $c, 'd' => $d];

$r = [$a, $b, $c, $d]; $w = null; $e = null;
t('nothing readable', fn() => [socket_select($r, $w, $e, 0), $r]);
socket_write($a, "x");
socket_write($d, "y");
$r = ['one' => $a, 'two' => $b, 3 => $c, 9 => $d];
t('two readable', fn() => [socket_select($r, $w, $e, 0), ids($r, $names)]);
$r = [$b]; $w = [$a, $b]; $e = [$a, $b];
t('read+write counted per set', fn() => [socket_select($r, $w, $e, 0), ids($r, $names), ids($w, $names), ids($e, $names)]);
$r = null; $w = [5 => $c]; $e = null;
t('write only', fn() => [socket_select($r, $w, $e, 1), ids($w, $names)]);
$r = [$b];
t('null timeout, ready', fn() => [socket_select($r, $n, $n, null), ids($r, $names)]);
$r = [$b];
t('null timeout, usec ignored', fn() => [socket_select($r, $n, $n, null, -1), ids($r, $names)]);
$r = [$a];
t('usec carry', fn() => socket_select($r, $n, $n, 0, 1000001));
$r = [$a];
t('negative seconds', fn() => [socket_select($r, $n, $n, -1), $r === [$a], socket_last_error(), socket_last_error($a)]);
t('negative usec', fn() => socket_select($r, $n, $n, 0, -1));
t('negative usec, seconds', fn() => socket_select($r, $n, $n, 1, -1000000));
t('same socket twice', fn() => [socket_select($x = [$b, $b], $n, $n, 0)]);
$r = [$b, 'again' => $b];
t('same socket twice kept', fn() => [socket_select($r, $n, $n, 0), array_keys($r)]);
$r = []; $w = [$a];
t('one empty array is fine', fn() => [socket_select($r, $w, $n, 0), $r, count($w)]);
$r = [];
t('all empty', fn() => socket_select($r, $n, $n, 0));
t('all null', fn() => socket_select($n, $n, $n, 0));
foreach (['int' => [1], 'string' => ['s'], 'null' => [null], 'object' => [new ArrayObject], 'array' => [[]], 'bool' => [false], 'float' => [0.5], 'resource' => [STDOUT]] as $k => $bad) {
    t("element $k", fn() => socket_select($bad, $n, $n, 0));
}
$ok = [$a]; $bad = [$a, 'x' => 'str'];
t('second array bad', fn() => socket_select($ok, $bad, $n, 0));
t('third array bad', fn() => socket_select($ok, $n, $bad, 0));
t('first checked first', fn() => socket_select($bad, $bad, $n, 0));
$str = 'x'; $int = 1;
t('read not array', fn() => socket_select($str, $n, $n, 0));
t('write not array', fn() => socket_select($n, $int, $n, 0));
t('seconds string', fn() => socket_select($ok, $n, $n, "x"));
t('seconds "0"', fn() => socket_select($ok, $n, $n, "0"));
t('seconds 0.5', fn() => socket_select($ok, $n, $n, 0.5));
t('usec "1"', fn() => socket_select($ok, $n, $n, 0, "1"));
t('usec null', fn() => socket_select($ok, $n, $n, 0, null));
t('too few', fn() => socket_select($ok, $n, $n));
t('too many', fn() => socket_select($ok, $n, $n, 0, 0, 0));
t('named', fn() => socket_select(read: $ok, write: $n, except: $n, seconds: 0, microseconds: 5));
t('literal array', fn() => socket_select([$a], $n, $n, 0));

// References: the by-ref array, elements that are references, typed properties.
$holder = ['r' => [$a, $b]];
$ref = &$holder['r'];
t('through reference', fn() => [socket_select($ref, $n, $n, 0), ids($holder['r'], $names)]);
$orig = [$a, $b]; $copy = $orig;
t('copy on write', fn() => [socket_select($copy, $n, $n, 0), count($orig), count($copy)]);
$x = $b; $r = ['k' => &$x];
socket_select($r, $n, $n, 0);
$r['k'] = 'replaced';
t('element references dropped', fn() => $x === $b);
class H { public ?array $r = null; public array $w = []; public $u; }
$h = new H; $h->r = [$b, $a]; $h->w = [$a];
t('typed properties', fn() => [socket_select($h->r, $h->w, $h->u, 0), ids($h->r, $names), ids($h->w, $names), $h->u]);
$h->u = [$a];
t('untyped property', fn() => [socket_select($h->u, $n, $n, 0), $h->u]);

// Closed sockets.
socket_close($c);
$r = [$a, $c];
t('closed in read', fn() => [socket_select($r, $n, $n, 0), count($r)]);
$w = [$c];
t('closed in write', fn() => socket_select($ok, $w, $n, 0));

// After EOF a socket is readable.
socket_close($a);
socket_read($b, 10);
$r = [$b];
t('eof readable', fn() => [socket_select($r, $n, $n, 0), count($r), socket_read($b, 10)]);
