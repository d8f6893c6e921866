--TEST--
php/sockets.stub.php states exactly the API the loaded extension has on this PHP version (functions in order, signatures, constants in order with values, classes)
--EXTENSIONS--
sockets
--SKIPIF--
<?php
if (!is_file(__DIR__ . '/../../../php/sockets.stub.php')) die('skip stub not shipped with these tests');
?>
--FILE--
<?php
// Reads the stub as build/stub.rs does: each declaration with the docblock just before it,
// kept when its `@since`/`@removed` markers include the running PHP version.
$running = [PHP_MAJOR_VERSION, PHP_MINOR_VERSION];
$applies = function (string $doc) use ($running): bool {
    if (preg_match('/@since (\d+)\.(\d+)/', $doc, $m) && $running < [(int) $m[1], (int) $m[2]]) return false;
    if (preg_match('/@removed (\d+)\.(\d+)/', $doc, $m) && $running >= [(int) $m[1], (int) $m[2]]) return false;
    return true;
};
$declared = $consts = [];
$doc = '';
$inDoc = false;
foreach (file(__DIR__ . '/../../../php/sockets.stub.php', FILE_IGNORE_NEW_LINES) as $line) {
    $line = trim($line);
    if (str_starts_with($line, '/**')) { $doc = ''; $inDoc = true; }
    if ($inDoc) { $doc .= "$line\n"; $inDoc = !str_ends_with($line, '*/'); continue; }
    if (preg_match('/^function (\w+)\((.*)\)(?:: (\S+))? \{\}$/', $line, $fn) && $applies($doc)) {
        $declared[$fn[1]] = "($fn[2])" . (($fn[3] ?? '') !== '' ? ": $fn[3]" : '');
    } elseif (preg_match('/^const (\w+) = (-?\d+);$/', $line, $c) && $applies($doc)) {
        if (!str_contains($doc, '@cvalue ')) echo "no @cvalue: $c[1]\n";
        $consts[$c[1]] = (int) $c[2];
    }
    if ($line !== '') $doc = '';
}

// The counts each version's C extension has on Linux (Reflection of Debian's builds; 8.3: Ubuntu's 8.3.6).
$expected = match (true) {
    PHP_VERSION_ID >= 80500 => [37, 243],
    PHP_VERSION_ID >= 80400 => [37, 231],
    PHP_VERSION_ID >= 80300 => [37, 226],
    default => [36, 212],
};
var_dump([count($declared), count($consts)] === $expected);

// Functions: the stub's declarations against the same rendering of Reflection, in order.
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
foreach (array_diff_assoc($declared, $actual) as $n => $sig) echo "stub differs: $n$sig vs ", $actual[$n] ?? 'missing', "\n";
foreach (array_diff_key($actual, $declared) as $n => $sig) echo "not in stub: $n$sig\n";
var_dump(array_keys($declared) === get_extension_funcs('sockets'));

// Constants, with values, in registration order.
var_dump($consts === $ext->getConstants());
foreach (array_diff_assoc($consts, $ext->getConstants()) as $n => $v) echo "stub differs: $n = $v\n";
foreach (array_diff_key($ext->getConstants(), $consts) as $n => $v) echo "not in stub: $n = $v\n";

// Classes.
preg_match_all('/^final class (\w+)$/m', file_get_contents(__DIR__ . '/../../../php/sockets.stub.php'), $k);
// RSockets\* classes are stated in php/rsockets.stub.php.
$classes = array_values(array_filter(array_keys($ext->getClasses()), fn($c) => !str_starts_with($c, 'RSockets\\')));
sort($classes);
$stated = $k[1];
sort($stated);
var_dump($stated === $classes);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
