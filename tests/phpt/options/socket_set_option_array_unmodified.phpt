--TEST--
socket_set_option(): converting SO_LINGER/SO_RCVTIMEO elements leaves the caller's array alone
--DESCRIPTION--
The C extension runs convert_to_long() on the elements of the caller's array in place, which
rewrites a shared array (and its copies, and even a function's literal). rsockets reads the
same converted values without writing; see the report of the options family.
--EXTENSIONS--
sockets
--FILE--
<?php
function literal() { return ['sec' => "1", 'usec' => "500000"]; }
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$a = ['l_onoff' => "1", 'l_linger' => "5"];
$b = $a;
var_dump(socket_set_option($s, SOL_SOCKET, SO_LINGER, $a));
var_dump($a === $b, $a['l_onoff'], $b['l_linger']);
var_dump(socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, literal()));
var_dump(literal()['sec']);
var_dump(socket_get_option($s, SOL_SOCKET, SO_RCVTIMEO));
?>
--EXPECT--
bool(true)
bool(true)
string(1) "1"
string(1) "5"
bool(true)
string(1) "1"
array(2) {
  ["sec"]=>
  int(1)
  ["usec"]=>
  int(500000)
}
