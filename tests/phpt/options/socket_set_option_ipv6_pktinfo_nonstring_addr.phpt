--TEST--
socket_set_option(): IPV6_PKTINFO with a non-string addr names the converted string in its warning
--DESCRIPTION--
C prints Z_STRVAL_P() of the original value here, which for a non-string reads a string out of
another type (garbage or a crash); rsockets prints the string the value converted to.
--EXTENSIONS--
sockets
--SKIPIF--
<?php
if (!defined('IPV6_PKTINFO') || !@socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP)) die('skip no IPv6');
?>
--FILE--
<?php
$u = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
var_dump(socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => ['x'], 'ifindex' => 1]));
?>
--EXPECTF--
Warning: Array to string conversion in %s on line %d

Warning: socket_set_option(): Host lookup failed [%i]: %s in %s on line %d

Warning: socket_set_option(): error converting user data (path: in6_pktinfo > addr): could not resolve address 'Array' to get an AF_INET6 address in %s on line %d
bool(false)
