--TEST--
socket_select(): by-reference arrays and references inside them
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

socket_write($a, "x");
$holder = ['r' => [$a, $b]];
$r = &$holder['r'];
$n = null;
var_dump(socket_select($r, $n, $n, 0));
var_dump(array_keys($holder['r']));
// the array is replaced, not modified: a copy keeps its elements
$orig = [$a, $b];
$copy = $orig;
var_dump(socket_select($copy, $n, $n, 0), count($orig), count($copy));
// a reference element comes back as a plain value
$x = $b;
$r2 = [&$x];
socket_select($r2, $n, $n, 0);
$r2[0] = 'changed';
var_dump($x === $b);
// a typed property holding the array
class H { public ?array $r = null; }
$h = new H; $h->r = [$b, $a];
var_dump(socket_select($h->r, $n, $n, 0), array_keys($h->r));
--EXPECT--
int(1)
array(1) {
  [0]=>
  int(1)
}
int(1)
int(2)
int(1)
bool(true)
int(1)
array(1) {
  [0]=>
  int(0)
}
