--TEST--
Socket: final, not constructible, cloneable or serializable
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
foreach ([fn() => new Socket, fn() => clone $s, fn() => serialize($s), fn() => unserialize('O:6:"Socket":0:{}'),
          fn() => (new ReflectionClass('Socket'))->newInstanceWithoutConstructor(), fn() => $s->foo = 1] as $f) {
    try {
        $f();
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump($s);
var_dump(is_resource($s), is_object($s), $s instanceof Socket, get_class($s), gettype($s));
?>
--EXPECT--
Error: Cannot directly construct Socket, use socket_create() instead
Error: Trying to clone an uncloneable object of class Socket
Exception: Serialization of 'Socket' is not allowed
Exception: Unserialization of 'Socket' is not allowed
ReflectionException: Class Socket is an internal class marked as final that cannot be instantiated without invoking its constructor
Error: Cannot create dynamic property Socket::$foo
object(Socket)#1 (0) {
}
bool(false)
bool(true)
bool(true)
string(6) "Socket"
string(6) "object"
