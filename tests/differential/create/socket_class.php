<?php
// The Socket class: final, not constructible, not cloneable or serializable,
// comparison, casts, var_dump, is_resource, reflection.
require __DIR__ . '/../_lib.php';

$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$t = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
attempt('new Socket', fn() => new Socket);
attempt('new Socket(1)', fn() => new Socket(1));
attempt('clone', fn() => clone $s);
attempt('serialize', fn() => serialize($s));
attempt('unserialize', fn() => unserialize('O:6:"Socket":0:{}'));
attempt('unserialize C:', fn() => unserialize('C:6:"Socket":0:{}'));
attempt('var_export', fn() => var_export($s, true));
attempt('json_encode', fn() => json_encode($s));
attempt('ReflectionClass::newInstanceWithoutConstructor', fn() => (new ReflectionClass('Socket'))->newInstanceWithoutConstructor());
show('== self', $s == $s);
show('== other', $s == $t);
show('=== other', $s === $t);
attempt('<=>', fn() => $s <=> $t);
attempt('(int)', fn() => (int) $s);
attempt('(string)', fn() => (string) $s);
attempt('(bool)', fn() => (bool) $s);
attempt('(array)', fn() => (array) $s);
attempt('+ 1', fn() => $s + 1);
var_dump($s);
print_r($s);
echo "\n";
show('is_resource', is_resource($s));
show('is_object', is_object($s));
show('instanceof Socket', $s instanceof Socket);
show('get_class', get_class($s));
show('get_object_vars', get_object_vars($s));
show('gettype', gettype($s));
show('get_debug_type', get_debug_type($s));
show('spl_object_id differs', spl_object_id($s) !== spl_object_id($t));
attempt('dynamic property', function () use ($s) { $s->foo = 1; return $s->foo; });
attempt('read undefined property', fn() => $s->bar);
attempt('isset property', fn() => isset($s->bar));
attempt('foreach', function () use ($s) { $n = 0; foreach ($s as $v) { $n++; } return $n; });
attempt('class_implements', fn() => class_implements($s));
show('class_exists Socket', class_exists('Socket'));
show('socket in array key', array_search($t, [$s, $t], true));
show('WeakMap', (function () use ($s) { $m = new WeakMap; $m[$s] = 1; return count($m); })());
echo new ReflectionClass('Socket');
$rc = new ReflectionClass('Socket');
show('isFinal', $rc->isFinal());
show('isInternal', $rc->isInternal());
show('isCloneable', $rc->isCloneable());
show('isInstantiable', $rc->isInstantiable());
show('getExtensionName', $rc->getExtensionName());
show('getConstructor', $rc->getConstructor());
show('getModifiers', $rc->getModifiers());
// Last: a fatal error ends the script.
echo "extending:\n";
eval('class MySocket extends Socket {}');
echo "not reached\n";
