--TEST--
socket_select(): keys are kept, sockets not ready removed
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

socket_write($a, "x");
$r = ['first' => $a, 7 => $b, 'x' => $a, 3 => $b]; $w = null; $e = null;
var_dump(socket_select($r, $w, $e, 0));
var_dump(array_keys($r), $r[7] === $b, $r[3] === $b);
$w = [10 => $a, 'k' => $b]; $r = null;
var_dump(socket_select($r, $w, $e, 0), array_keys($w), $r);
--EXPECT--
int(1)
array(2) {
  [0]=>
  int(7)
  [1]=>
  int(3)
}
bool(true)
bool(true)
int(2)
array(2) {
  [0]=>
  int(10)
  [1]=>
  string(1) "k"
}
NULL
