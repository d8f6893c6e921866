<?php
// AddressInfo and the addrinfo functions as Reflection and the engine see them.
function t(string $label, callable $f)
{
    echo $label, ': ';
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
echo new ReflectionClass('AddressInfo');
foreach (['socket_addrinfo_lookup', 'socket_addrinfo_connect', 'socket_addrinfo_bind', 'socket_addrinfo_explain'] as $fn) {
    echo new ReflectionFunction($fn);
}
$rc = new ReflectionClass('AddressInfo');
var_dump($rc->isFinal(), $rc->isInternal(), $rc->isInstantiable(), $rc->isCloneable(), $rc->getModifiers(),
    $rc->getExtensionName(), $rc->getConstructor(), $rc->getAttributes(), $rc->getInterfaceNames(), $rc->isIterable());
$a = socket_addrinfo_lookup('127.0.0.1', null, ['ai_socktype' => SOCK_STREAM])[0];
$b = socket_addrinfo_lookup('127.0.0.1', null, ['ai_socktype' => SOCK_STREAM])[0];
t('new', fn() => new AddressInfo());
t('new args', fn() => new AddressInfo(1, 2));
t('newInstance', fn() => $rc->newInstance());
t('newInstanceWithoutConstructor', fn() => $rc->newInstanceWithoutConstructor());
t('clone', fn() => clone $a);
t('serialize', fn() => serialize($a));
t('unserialize', fn() => unserialize('O:11:"AddressInfo":0:{}'));
t('==', fn() => $a == $b);
t('!=', fn() => $a != $b);
t('== self', fn() => $a == $a);
t('<=>', fn() => $a <=> $b);
t('== int', fn() => $a == 1);
t('dynamic property', function () use ($a) { $a->p = 1; });
t('read property', fn() => @$a->p);
t('isset', fn() => isset($a->p));
t('instanceof', fn() => $a instanceof AddressInfo);
t('cast int', fn() => (int) $a);
t('cast string', fn() => (string) $a);
t('cast bool', fn() => (bool) $a);
t('foreach', function () use ($a) { $n = 0; foreach ($a as $v) { $n++; } return $n; });
t('var_export', fn() => var_export($a, true));
t('gettype', fn() => gettype($a));
t('get_class', fn() => get_class($a));
t('is_object', fn() => is_object($a));
t('class_exists', fn() => class_exists('addressinfo'));
t('extends', fn() => eval('class X extends AddressInfo {}'));
