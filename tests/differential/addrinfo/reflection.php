<?php
// AddressInfo and the addrinfo functions as Reflection and the engine see them.
require __DIR__ . '/../_lib.php';
echo new ReflectionClass('AddressInfo');
foreach (['socket_addrinfo_lookup', 'socket_addrinfo_connect', 'socket_addrinfo_bind', 'socket_addrinfo_explain'] as $fn) {
    echo new ReflectionFunction($fn);
}
$rc = new ReflectionClass('AddressInfo');
var_dump($rc->isFinal(), $rc->isInternal(), $rc->isInstantiable(), $rc->isCloneable(), $rc->getModifiers(),
    $rc->getExtensionName(), $rc->getConstructor(), $rc->getAttributes(), $rc->getInterfaceNames(), $rc->isIterable());
$a = socket_addrinfo_lookup('127.0.0.1', null, ['ai_socktype' => SOCK_STREAM])[0];
$b = socket_addrinfo_lookup('127.0.0.1', null, ['ai_socktype' => SOCK_STREAM])[0];
attempt('new', fn() => new AddressInfo());
attempt('new args', fn() => new AddressInfo(1, 2));
attempt('newInstance', fn() => $rc->newInstance());
attempt('newInstanceWithoutConstructor', fn() => $rc->newInstanceWithoutConstructor());
attempt('clone', fn() => clone $a);
attempt('serialize', fn() => serialize($a));
attempt('unserialize', fn() => unserialize('O:11:"AddressInfo":0:{}'));
attempt('==', fn() => $a == $b);
attempt('!=', fn() => $a != $b);
attempt('== self', fn() => $a == $a);
attempt('<=>', fn() => $a <=> $b);
attempt('== int', fn() => $a == 1);
attempt('dynamic property', function () use ($a) { $a->p = 1; });
attempt('read property', fn() => @$a->p);
attempt('isset', fn() => isset($a->p));
attempt('instanceof', fn() => $a instanceof AddressInfo);
attempt('cast int', fn() => (int) $a);
attempt('cast string', fn() => (string) $a);
attempt('cast bool', fn() => (bool) $a);
attempt('foreach', function () use ($a) { $n = 0; foreach ($a as $v) { $n++; } return $n; });
attempt('var_export', fn() => var_export($a, true));
attempt('gettype', fn() => gettype($a));
attempt('get_class', fn() => get_class($a));
attempt('is_object', fn() => is_object($a));
attempt('class_exists', fn() => class_exists('addressinfo'));
attempt('extends', fn() => eval('class X extends AddressInfo {}'));
