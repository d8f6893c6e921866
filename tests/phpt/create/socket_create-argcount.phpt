--TEST--
socket_create(): too few, too many and unknown named arguments
--EXTENSIONS--
sockets
--FILE--
<?php
foreach ([fn() => socket_create(), fn() => socket_create(AF_INET, SOCK_STREAM), fn() => socket_create(AF_INET, SOCK_STREAM, 0, 1),
          fn() => socket_create(AF_INET, SOCK_STREAM, 0, flags: 1)] as $f) {
    try {
        $f();
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(socket_create(protocol: 0, type: SOCK_DGRAM, domain: AF_INET) instanceof Socket);
?>
--EXPECT--
ArgumentCountError: socket_create() expects exactly 3 arguments, 0 given
ArgumentCountError: socket_create() expects exactly 3 arguments, 2 given
ArgumentCountError: socket_create() expects exactly 3 arguments, 4 given
Error: Unknown named parameter $flags
bool(true)
