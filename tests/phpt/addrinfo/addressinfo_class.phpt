--TEST--
AddressInfo: final, not constructible, clonable, serializable or comparable, no properties
--EXTENSIONS--
sockets
--FILE--
<?php
function t(callable $f) {
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$a = socket_addrinfo_lookup('127.0.0.1', null, ['ai_socktype' => SOCK_STREAM])[0];
$b = socket_addrinfo_lookup('127.0.0.1', null, ['ai_socktype' => SOCK_STREAM])[0];
t(fn() => new AddressInfo());
t(fn() => clone $a);
t(fn() => serialize($a));
t(fn() => unserialize('O:11:"AddressInfo":0:{}'));
t(fn() => $a == $b);
t(fn() => $a == $a);
t(fn() => $a < $b);
t(function () use ($a) { $a->x = 1; });
t(fn() => (new ReflectionClass('AddressInfo'))->newInstanceWithoutConstructor());
t(fn() => (array) $a);
var_dump($a);
$rc = new ReflectionClass('AddressInfo');
var_dump($rc->isFinal(), $rc->isInternal(), $rc->isInstantiable(), $rc->isCloneable(), $rc->getExtensionName(), $rc->getParentClass());
?>
--EXPECTF--
Error: Cannot directly construct AddressInfo, use socket_addrinfo_lookup() instead
Error: Trying to clone an uncloneable object of class AddressInfo
Exception: Serialization of 'AddressInfo' is not allowed
Exception: Unserialization of 'AddressInfo' is not allowed
bool(false)
bool(true)
bool(false)
Error: Cannot create dynamic property AddressInfo::$x
ReflectionException: Class AddressInfo is an internal class marked as final that cannot be instantiated without invoking its constructor
array(0) {
}
object(AddressInfo)#%d (0) {
}
bool(true)
bool(true)
bool(true)
bool(false)
string(7) "sockets"
bool(false)
