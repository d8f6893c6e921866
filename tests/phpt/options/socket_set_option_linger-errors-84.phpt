--TEST--
socket_set_option(): SO_LINGER from PHP 8.4: a non-array is a TypeError, fields outside 0..65535 a ValueError
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (PHP_VERSION_ID < 80400) die('skip PHP 8.4+ (socket_set_option_linger-errors.phpt before)'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
foreach ([['l_linger' => 1], ['l_onoff' => 1], 5, "l_onoff", null, true, [1, 2],
          ['l_onoff' => 65536, 'l_linger' => 1], ['l_onoff' => -1, 'l_linger' => 1],
          ['l_onoff' => 70000]] as $v) {
    try {
        var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, $v));
    } catch (TypeError|ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$o = new stdClass; $o->l_onoff = 1; $o->l_linger = 4;
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, $o));
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER)['l_linger']);
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 65535, 'l_linger' => 0]));
foreach ([SO_RCVTIMEO, SO_SNDTIMEO] as $opt) {
    try {
        var_dump(socket_set_option($s, SOL_SOCKET, $opt, 1.5));
    } catch (TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
ValueError: socket_set_option(): Argument #4 ($value) must have key "l_linger"
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_LINGER, int given
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_LINGER, string given
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_LINGER, null given
TypeError: socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_LINGER, true given
ValueError: socket_set_option(): Argument #4 ($value) must have key "l_onoff"
ValueError: socket_set_option(): Argument #4 ($value) "l_onoff" must be between 0 and 65535
ValueError: socket_set_option(): Argument #4 ($value) "l_onoff" must be between 0 and 65535
ValueError: socket_set_option(): Argument #4 ($value) must have key "l_linger"
bool(true)
int(4)
bool(true)
socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_RCVTIMEO, float given
socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is SO_SNDTIMEO, float given
