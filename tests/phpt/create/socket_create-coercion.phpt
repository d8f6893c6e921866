--TEST--
socket_create(): weak-mode coercion of its int parameters
--EXTENSIONS--
sockets
--FILE--
<?php
var_dump(socket_create("2", "1", "0") instanceof Socket);
var_dump(socket_create(2.0, 1.0, 0.0) instanceof Socket);
var_dump(socket_create(true, true, false) instanceof Socket);
var_dump(socket_create(" 2", "1 ", "0") instanceof Socket);
var_dump(socket_create(2.5, 1, 0) instanceof Socket);
var_dump(socket_create(AF_INET, SOCK_STREAM, null) instanceof Socket);
foreach (['"2abc"' => fn() => socket_create("2abc", 1, 0), '"abc"' => fn() => socket_create("abc", 1, 0),
          '1e100' => fn() => socket_create(1e100, 1, 0), 'array' => fn() => socket_create([], 1, 0),
          'object' => fn() => socket_create(new stdClass, 1, 0)] as $label => $f) {
    try {
        $f();
    } catch (TypeError $e) {
        echo "$label: ", $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)

Deprecated: Implicit conversion from float 2.5 to int loses precision in %s on line %d
bool(true)

Deprecated: socket_create(): Passing null to parameter #3 ($protocol) of type int is deprecated in %s on line %d
bool(true)
"2abc": socket_create(): Argument #1 ($domain) must be of type int, string given
"abc": socket_create(): Argument #1 ($domain) must be of type int, string given
1e100: socket_create(): Argument #1 ($domain) must be of type int, float given
array: socket_create(): Argument #1 ($domain) must be of type int, array given
object: socket_create(): Argument #1 ($domain) must be of type int, stdClass given
