<?php
// The AddressInfo class: final, not constructible, not cloneable or serializable, reflection.
require __DIR__ . '/../_lib.php';

show('class_exists', class_exists('AddressInfo'));
attempt('new AddressInfo', fn() => new AddressInfo);
echo new ReflectionClass('AddressInfo');
$rc = new ReflectionClass('AddressInfo');
show('isFinal', $rc->isFinal());
show('isCloneable', $rc->isCloneable());
show('isInstantiable', $rc->isInstantiable());
show('getExtensionName', $rc->getExtensionName());
attempt('newInstanceWithoutConstructor', fn() => $rc->newInstanceWithoutConstructor());
attempt('unserialize', fn() => unserialize('O:11:"AddressInfo":0:{}'));
$ai = socket_addrinfo_lookup('127.0.0.1', '80', ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM]);
$a = $ai[0];
var_dump($a);
attempt('clone', fn() => clone $a);
attempt('serialize', fn() => serialize($a));
attempt('(int)', fn() => (int) $a);
show('== self', $a == $a);
show('is_resource', is_resource($a));
attempt('dynamic property', function () use ($a) { $a->x = 1; });
echo "extending:\n";
eval('class MyAI extends AddressInfo {}');
echo "not reached\n";
