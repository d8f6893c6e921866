--TEST--
socket_getopt()/socket_setopt() are aliases that name themselves in errors
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_setopt($s, SOL_SOCKET, SO_REUSEADDR, 1));
var_dump(socket_getopt($s, SOL_SOCKET, SO_REUSEADDR));
var_dump(socket_getopt($s, 12345, 1));
try {
    socket_setopt($s, SOL_SOCKET, SO_LINGER, []);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    socket_getopt($s);
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
echo (new ReflectionFunction('socket_getopt'))->getReturnType(), "\n";
echo (new ReflectionFunction('socket_setopt'))->getReturnType(), "\n";
?>
--EXPECTF--
bool(true)
int(1)

Warning: socket_getopt(): Unable to retrieve socket option [95]: Operation not supported in %s on line %d
bool(false)
socket_setopt(): Argument #4 ($value) must have key "l_onoff"
socket_getopt() expects exactly 3 arguments, 1 given
array|int|false
bool
