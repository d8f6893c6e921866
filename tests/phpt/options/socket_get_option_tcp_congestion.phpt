--TEST--
socket_get_option()/socket_set_option(): TCP_CONGESTION by name
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80500) die('skip PHP < 8.5 (socket_get_option_tcp_congestion-85.phpt from 8.5)'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$cc = socket_get_option($s, SOL_TCP, TCP_CONGESTION);
var_dump(array_keys($cc), strlen($cc['name']) > 0);
var_dump(socket_set_option($s, SOL_TCP, TCP_CONGESTION, "reno"));
var_dump(socket_get_option($s, SOL_TCP, TCP_CONGESTION));
var_dump(socket_set_option($s, SOL_TCP, TCP_CONGESTION, "no-such-algorithm"));
// A non-string value is passed as an empty buffer, without conversion.
var_dump(socket_set_option($s, SOL_TCP, TCP_CONGESTION, 1));
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_get_option($u, SOL_TCP, TCP_CONGESTION));
?>
--EXPECTF--
array(1) {
  [0]=>
  string(4) "name"
}
bool(true)
bool(true)
array(1) {
  ["name"]=>
  string(4) "reno"
}

Warning: socket_set_option(): Unable to set socket option [2]: No such file or directory in %s on line %d
bool(false)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
bool(false)

Warning: socket_get_option(): Unable to retrieve socket option [95]: Operation not supported in %s on line %d
bool(false)
