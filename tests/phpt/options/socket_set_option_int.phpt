--TEST--
socket_set_option(): the generic int path converts the value like convert_to_long
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
foreach ([1, 0, true, null, "1", "abc", " 5", "3.9", 2.7, [], [0]] as $v) {
    var_dump(socket_set_option($s, SOL_SOCKET, SO_KEEPALIVE, $v));
    echo var_export($v, true), ' => ', socket_get_option($s, SOL_SOCKET, SO_KEEPALIVE), "\n";
}
var_dump(socket_set_option($s, SOL_SOCKET, SO_KEEPALIVE, new stdClass));
var_dump(socket_get_option($s, SOL_SOCKET, SO_TYPE));
var_dump(socket_set_option($s, SOL_TCP, TCP_NODELAY, "1"), socket_get_option($s, SOL_TCP, TCP_NODELAY));
var_dump(socket_set_option($s, IPPROTO_IP, 2 /* IP_TTL */, "33"), socket_get_option($s, IPPROTO_IP, 2));
?>
--EXPECTF--
bool(true)
1 => 1
bool(true)
0 => 0
bool(true)
true => 1
bool(true)
NULL => 0
bool(true)
'1' => 1
bool(true)
'abc' => 0
bool(true)
' 5' => 1
bool(true)
'3.9' => 1
bool(true)
2.7 => 1
bool(true)
array (
) => 0
bool(true)
array (
  0 => 0,
) => 1

Warning: Object of class stdClass could not be converted to int in %s on line %d
bool(true)
int(1)
bool(true)
int(1)
bool(true)
int(33)
