--TEST--
socket_get_option()/socket_set_option(): TCP_CONGESTION by name (PHP 8.5: a non-string is a TypeError)
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (PHP_VERSION_ID < 80500) die('skip PHP 8.5+: string options take strings'); ?>
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$cc = socket_get_option($s, SOL_TCP, TCP_CONGESTION);
var_dump(array_keys($cc), strlen($cc['name']) > 0);
var_dump(socket_set_option($s, SOL_TCP, TCP_CONGESTION, "reno"));
var_dump(socket_get_option($s, SOL_TCP, TCP_CONGESTION));
var_dump(socket_set_option($s, SOL_TCP, TCP_CONGESTION, "no-such-algorithm"));
// PHP 8.5: a non-string value is a TypeError.
try {
    var_dump(socket_set_option($s, SOL_TCP, TCP_CONGESTION, 1));
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
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
TypeError: socket_set_option(): Argument #4 ($value) must be of type string when argument #3 ($option) is TCP_CONGESTION, int given

Warning: socket_get_option(): Unable to retrieve socket option [95]: Operation not supported in %s on line %d
bool(false)
