--TEST--
socket_set_option(): SO_LINGER with a missing key or a non-array value
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80400) die('skip PHP < 8.4: from 8.4 a non-array is a TypeError (socket_set_option_linger-errors-84.phpt)'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
foreach ([['l_linger' => 1], ['l_onoff' => 1], 5, "l_onoff", null, [1, 2]] as $v) {
    try {
        var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, $v));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
$o = new stdClass; $o->l_onoff = 1; $o->l_linger = 4;
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, $o));
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER)['l_linger']);
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => new stdClass, 'l_linger' => 1]));
?>
--EXPECTF--
socket_set_option(): Argument #4 ($value) must have key "l_onoff"
socket_set_option(): Argument #4 ($value) must have key "l_linger"
socket_set_option(): Argument #4 ($value) must have key "l_onoff"
socket_set_option(): Argument #4 ($value) must have key "l_onoff"
socket_set_option(): Argument #4 ($value) must have key "l_onoff"
socket_set_option(): Argument #4 ($value) must have key "l_onoff"
bool(true)
int(4)

Warning: Object of class stdClass could not be converted to int in %s on line %d
bool(true)
