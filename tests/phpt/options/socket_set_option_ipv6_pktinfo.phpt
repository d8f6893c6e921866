--TEST--
socket_set_option(): IPV6_PKTINFO from an array of addr and ifindex, with conversion warnings
--EXTENSIONS--
sockets
--SKIPIF--
<?php
if (!defined('IPV6_PKTINFO') || !@socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP)) die('skip no IPv6');
?>
--FILE--
<?php
$u = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
var_dump(socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => 1]));
var_dump(socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::', 'ifindex' => 'lo']));
var_dump(socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, 5));
var_dump(socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['ifindex' => 1]));
var_dump(socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1']));
var_dump(socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => 'nosuchif0']));
var_dump(socket_set_option($u, IPPROTO_IPV6, IPV6_PKTINFO, ['addr' => '::1', 'ifindex' => -1]));
// Linux answers this option on no datagram socket.
var_dump(socket_get_option($u, IPPROTO_IPV6, IPV6_PKTINFO));
?>
--EXPECTF--
bool(true)
bool(true)

Warning: socket_set_option(): error converting user data (path: in6_pktinfo): expected an array here in %s on line %d
bool(false)

Warning: socket_set_option(): error converting user data (path: in6_pktinfo): The key 'addr' is required in %s on line %d
bool(false)

Warning: socket_set_option(): error converting user data (path: in6_pktinfo): The key 'ifindex' is required in %s on line %d
bool(false)

Warning: socket_set_option(): error converting user data (path: in6_pktinfo > ifindex): no interface with name "nosuchif0" could be found in %s on line %d
bool(false)

Warning: socket_set_option(): error converting user data (path: in6_pktinfo > ifindex): the interface index cannot be negative or larger than 4294967295; given -1 in %s on line %d
bool(false)

Warning: socket_get_option(): unable to get socket option [92]: Protocol not available in %s on line %d
bool(false)
