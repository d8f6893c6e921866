--TEST--
socket_create_listen(): argument errors
--EXTENSIONS--
sockets
--FILE--
<?php
foreach ([fn() => socket_create_listen(), fn() => socket_create_listen(0, 1, 2), fn() => socket_create_listen("x"),
          fn() => socket_create_listen(0, [])] as $f) {
    try {
        $f();
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump(socket_create_listen(null) instanceof Socket);
?>
--EXPECTF--
ArgumentCountError: socket_create_listen() expects at least 1 argument, 0 given
ArgumentCountError: socket_create_listen() expects at most 2 arguments, 3 given
TypeError: socket_create_listen(): Argument #1 ($port) must be of type int, string given
TypeError: socket_create_listen(): Argument #2 ($backlog) must be of type int, array given

Deprecated: socket_create_listen(): Passing null to parameter #1 ($port) of type int is deprecated in %s on line %d
bool(true)
