--TEST--
socket_get_option()/socket_set_option(): SO_RCVTIMEO and SO_SNDTIMEO as arrays of sec and usec
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
foreach ([SO_RCVTIMEO, SO_SNDTIMEO] as $opt) {
    var_dump(socket_get_option($s, SOL_SOCKET, $opt));
    var_dump(socket_set_option($s, SOL_SOCKET, $opt, ['sec' => 3, 'usec' => 250000]));
    var_dump(socket_get_option($s, SOL_SOCKET, $opt));
    var_dump(socket_set_option($s, SOL_SOCKET, $opt, ['usec' => "100", 'sec' => "0"]));
    var_dump(socket_get_option($s, SOL_SOCKET, $opt));
}
// The kernel rejects usec >= 1000000 (EDOM), recorded as the socket's error.
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 1000000]));
var_dump(socket_last_error($s));
try {
    socket_set_option($s, SOL_SOCKET, SO_SNDTIMEO, ['usec' => 1]);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    socket_setopt($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 1]);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
array(2) {
  ["sec"]=>
  int(0)
  ["usec"]=>
  int(0)
}
bool(true)
array(2) {
  ["sec"]=>
  int(3)
  ["usec"]=>
  int(252000)
}
bool(true)
array(2) {
  ["sec"]=>
  int(0)
  ["usec"]=>
  int(4000)
}
array(2) {
  ["sec"]=>
  int(0)
  ["usec"]=>
  int(0)
}
bool(true)
array(2) {
  ["sec"]=>
  int(3)
  ["usec"]=>
  int(252000)
}
bool(true)
array(2) {
  ["sec"]=>
  int(0)
  ["usec"]=>
  int(4000)
}

Warning: socket_set_option(): Unable to set socket option [33]: Numerical argument out of domain in %s on line %d
bool(false)
int(33)
socket_set_option(): Argument #4 ($value) must have key "sec"
socket_setopt(): Argument #4 ($value) must have key "usec"
