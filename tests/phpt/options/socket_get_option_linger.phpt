--TEST--
socket_get_option()/socket_set_option(): SO_LINGER as an array of l_onoff and l_linger
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80400) die('skip PHP < 8.4: from 8.4 the fields are range-checked (socket_get_option_linger-84.phpt)'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 9]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
// Elements are converted as C's convert_to_long does; both are stored as unsigned short.
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_linger' => "65540", 'l_onoff' => true]));
var_dump(socket_get_option($s, SOL_SOCKET, SO_LINGER));
?>
--EXPECTF--
array(2) {
  ["l_onoff"]=>
  int(0)
  ["l_linger"]=>
  int(0)
}
bool(true)
array(2) {
  ["l_onoff"]=>
  int(1)
  ["l_linger"]=>
  int(9)
}
bool(true)
array(2) {
  ["l_onoff"]=>
  int(1)
  ["l_linger"]=>
  int(4)
}
