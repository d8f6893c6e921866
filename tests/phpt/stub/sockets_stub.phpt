--TEST--
php/sockets.stub.php states exactly the API the loaded extension has (functions, signatures, constants, classes)
--EXTENSIONS--
sockets
--SKIPIF--
<?php
if (!is_file(__DIR__ . '/../../../php/sockets.stub.php')) die('skip stub not shipped with these tests');
?>
--FILE--
<?php
$stub = file_get_contents(__DIR__ . '/../../../php/sockets.stub.php');

// Functions: the stub's declaration lines against the same rendering of Reflection.
preg_match_all('/^function (\w+)\((.*)\)(?:: (\S+))? \{\}$/m', $stub, $m, PREG_SET_ORDER);
$declared = [];
foreach ($m as $fn) {
    [$name, $params, $ret] = [$fn[1], $fn[2], $fn[3] ?? ''];
    $declared[$name] = "($params)" . ($ret !== '' ? ": $ret" : '');
}
$ext = new ReflectionExtension('sockets');
$actual = [];
foreach ($ext->getFunctions() as $f) {
    $ps = [];
    foreach ($f->getParameters() as $p) {
        $s = ($p->hasType() ? $p->getType() . ' ' : '') . ($p->isPassedByReference() ? '&' : '') . '$' . $p->getName();
        if ($p->isOptional() && preg_match('/ = (.*) \]$/', (string) $p, $d)) {
            $s .= ' = ' . $d[1];
        }
        $ps[] = $s;
    }
    $actual[$f->getName()] = '(' . implode(', ', $ps) . ')' . ($f->hasReturnType() ? ': ' . $f->getReturnType() : '');
}
ksort($declared);
ksort($actual);
var_dump(count($declared));
foreach (array_diff_assoc($declared, $actual) as $n => $sig) echo "stub differs: $n$sig vs ", $actual[$n] ?? 'missing', "\n";
foreach (array_diff_key($actual, $declared) as $n => $sig) echo "not in stub: $n$sig\n";

// Constants, with values.
preg_match_all('/^const (\w+) = (-?\d+);$/m', $stub, $c, PREG_SET_ORDER);
$consts = [];
foreach ($c as [, $k, $v]) $consts[$k] = (int) $v;
var_dump(count($consts));
var_dump($consts === $ext->getConstants());

// Classes.
preg_match_all('/^final class (\w+)$/m', $stub, $k);
$classes = array_keys($ext->getClasses());
sort($classes);
var_dump($k[1] === $classes);
?>
--EXPECT--
int(36)
int(212)
bool(true)
bool(true)
