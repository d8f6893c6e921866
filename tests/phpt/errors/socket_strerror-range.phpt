--TEST--
socket_strerror(): codes outside the C int range are a ValueError; argument errors
--EXTENSIONS--
sockets
--FILE--
<?php
var_dump(socket_strerror(-2147483648) !== '');
foreach ([fn() => socket_strerror(2147483648), fn() => socket_strerror(-2147483649), fn() => socket_strerror(PHP_INT_MAX),
          fn() => socket_strerror(PHP_INT_MIN), fn() => socket_strerror('x'), fn() => socket_strerror(),
          fn() => socket_strerror(1, 2)] as $f) {
    try {
        $f();
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
bool(true)
ValueError: socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
ValueError: socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
ValueError: socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
ValueError: socket_strerror(): Argument #1 ($error_code) must be between -2147483648 and 2147483647
TypeError: socket_strerror(): Argument #1 ($error_code) must be of type int, string given
ArgumentCountError: socket_strerror() expects exactly 1 argument, 0 given
ArgumentCountError: socket_strerror() expects exactly 1 argument, 2 given
