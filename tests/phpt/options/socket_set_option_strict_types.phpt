--TEST--
socket_set_option(): strict_types rejects non-int levels and options; the value is still converted
--EXTENSIONS--
sockets
--FILE--
<?php
declare(strict_types=1);
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
foreach ([fn() => socket_get_option($s, "1", SO_TYPE), fn() => socket_getopt($s, SOL_SOCKET, 3.0),
          fn() => socket_set_option($s, null, SO_REUSEADDR, 1), fn() => socket_setopt($s, SOL_SOCKET, true, 1)] as $f) {
    try {
        $f();
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(socket_set_option($s, SOL_SOCKET, SO_REUSEADDR, "1"));
var_dump(socket_get_option($s, SOL_SOCKET, SO_REUSEADDR));
?>
--EXPECTF--
socket_get_option(): Argument #2 ($level) must be of type int, string given
socket_getopt(): Argument #3 ($option) must be of type int, float given
socket_set_option(): Argument #2 ($level) must be of type int, null given
socket_setopt(): Argument #3 ($option) must be of type int, %r(bool|true)%r given
bool(true)
int(1)
