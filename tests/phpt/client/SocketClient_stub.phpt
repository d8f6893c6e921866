--TEST--
SocketClient: php/rsockets.stub.php declares exactly what Reflection shows
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (!class_exists('RSockets\SocketClient')) die('skip'); ?>
--FILE--
<?php
$stub = file_get_contents(__DIR__ . '/../../../php/rsockets.stub.php');
$fmt = function ($v) {
    return is_array($v) ? '[]' : ($v === null ? 'null' : var_export($v, true));
};
$rc = new ReflectionClass(RSockets\SocketClient::class);
$methods = 0;
foreach ($rc->getMethods() as $m) {
    $params = [];
    foreach ($m->getParameters() as $p) {
        $params[] = $p->getType() . ' $' . $p->getName() . ($p->isOptional() ? ' = ' . $fmt($p->getDefaultValue()) : '');
    }
    $ret = $m->hasReturnType() ? ': ' . $m->getReturnType() : '';
    $sig = 'public ' . ($m->isStatic() ? 'static ' : '') . 'function ' . $m->getName() . '(' . implode(', ', $params) . ')' . $ret;
    $sig = str_replace(': Socket', ': \Socket', $sig);
    if (!str_contains($stub, $sig . ' {}')) {
        echo "not in the stub: $sig\n";
    }
    $methods++;
}
echo $methods, " methods\n";
preg_match_all('/^public function/m', $stub, $m);
preg_match_all('/^\s+public (?:static )?function (\w+)/m', $stub, $m);
echo count($m[1]), " in the stub\n";
foreach (['SocketException' => 'RuntimeException', 'ConnectException' => 'SocketException', 'TimeoutException' => 'SocketException',
          'ConnectionClosedException' => 'SocketException', 'ProtocolException' => 'SocketException',
          'TlsException' => 'ConnectException'] as $c => $parent) {
    $ok = str_contains($stub, "class $c extends " . ($parent === 'RuntimeException' ? '\\' : '') . "$parent {}")
        && get_parent_class("RSockets\\$c") === ($parent === 'RuntimeException' ? $parent : "RSockets\\$parent");
    echo $c, ': ', $ok ? 'ok' : 'MISMATCH', "\n";
}
var_dump($rc->isFinal() && str_contains($stub, 'final class SocketClient'));
?>
--EXPECT--
15 methods
15 in the stub
SocketException: ok
ConnectException: ok
TimeoutException: ok
ConnectionClosedException: ok
ProtocolException: ok
TlsException: ok
bool(true)
