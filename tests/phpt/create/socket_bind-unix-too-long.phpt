--TEST--
socket_bind(): an AF_UNIX path of 108 bytes or more is a ValueError
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_UNIX, SOCK_STREAM, 0);
foreach ([108, 200] as $len) {
    try {
        socket_bind($s, str_repeat('x', $len));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(socket_last_error($s), socket_last_error());
?>
--EXPECT--
socket_bind(): Argument #2 ($address) must be less than 108
socket_bind(): Argument #2 ($address) must be less than 108
int(0)
int(0)
