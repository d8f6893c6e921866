--TEST--
socket_create(): strict_types makes every non-int argument a TypeError
--EXTENSIONS--
sockets
--FILE--
<?php
declare(strict_types=1);
foreach ([fn() => socket_create("2", 1, 0), fn() => socket_create(2.0, 1, 0), fn() => socket_create(2, true, 0),
          fn() => socket_create(2, 1, null)] as $f) {
    try {
        $f();
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(socket_create(AF_INET, SOCK_STREAM, 0) instanceof Socket);
?>
--EXPECTF--
socket_create(): Argument #1 ($domain) must be of type int, string given
socket_create(): Argument #1 ($domain) must be of type int, float given
socket_create(): Argument #2 ($type) must be of type int, %r(bool|true)%r given
socket_create(): Argument #3 ($protocol) must be of type int, null given
bool(true)
