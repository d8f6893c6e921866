--TEST--
socket_set_option(): SO_LINGER's l_linger outside 0..65535 is a ValueError naming the key (PHP 8.4+; C prints stray bytes for the name)
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (PHP_VERSION_ID < 80400) die('skip PHP 8.4+'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
foreach ([65536, -1, "65540"] as $l) {
    try {
        socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => $l]);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
?>
--EXPECT--
socket_set_option(): Argument #4 ($value) "l_linger" must be between 0 and 65535
socket_set_option(): Argument #4 ($value) "l_linger" must be between 0 and 65535
socket_set_option(): Argument #4 ($value) "l_linger" must be between 0 and 65535
array(2) {
  ["l_onoff"]=>
  int(0)
  ["l_linger"]=>
  int(0)
}
