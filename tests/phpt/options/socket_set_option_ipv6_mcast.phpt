--TEST--
socket_set_option(): IPV6_MULTICAST_IF/HOPS/LOOP and IPv6 group membership
--EXTENSIONS--
sockets
--SKIPIF--
<?php
if (!defined('IPPROTO_IPV6') || !@socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP)) die('skip no IPv6');
?>
--FILE--
<?php
$u = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
var_dump(socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF, 'lo'), socket_get_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF));
var_dump(socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF, 0), socket_get_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF));
var_dump(socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_IF, 'nosuchif0'));
var_dump(socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, -1), socket_get_option($u, IPPROTO_IPV6, IPV6_MULTICAST_HOPS));
var_dump(socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, "200"), socket_get_option($u, IPPROTO_IPV6, IPV6_MULTICAST_HOPS));
try {
    socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, 256);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(socket_set_option($u, IPPROTO_IPV6, IPV6_MULTICAST_LOOP, "0"), socket_get_option($u, IPPROTO_IPV6, IPV6_MULTICAST_LOOP));
$g = 'ff15::1:2';
var_dump(socket_set_option($u, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => 'lo']));
var_dump(socket_set_option($u, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => 'lo']));
var_dump(socket_set_option($u, IPPROTO_IPV6, MCAST_LEAVE_GROUP, ['group' => $g, 'interface' => 'lo']));
var_dump(socket_set_option($u, IPPROTO_IPV6, MCAST_JOIN_GROUP, ['group' => '239.1.1.1']));
?>
--EXPECTF--
bool(true)
int(1)
bool(true)
int(0)

Warning: socket_set_option(): No interface with name "nosuchif0" could be found in %s on line %d
bool(false)
bool(true)
int(1)
bool(true)
int(200)
socket_set_option(): Argument #4 ($value) must be between -1 and 255
bool(true)
int(0)
bool(true)

Warning: socket_set_option(): Unable to set socket option [98]: Address already in use in %s on line %d
bool(false)
bool(true)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
bool(false)
