--TEST--
socket_set_option(): MCAST_JOIN_GROUP/LEAVE_GROUP and the source-specific requests, with malformed arrays (PHP 8.5: a non-array is a TypeError, an IP address on a non-INET socket a ValueError)
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (PHP_VERSION_ID < 80500) die('skip PHP 8.5+: multicast group checks'); ?>
--FILE--
<?php
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$g = '239.255.10.9';
var_dump(socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => 'lo']));
var_dump(socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => 1]));
var_dump(socket_last_error($u));
var_dump(socket_set_option($u, IPPROTO_IP, MCAST_BLOCK_SOURCE, ['group' => $g, 'source' => '10.1.2.3', 'interface' => 1]));
var_dump(socket_set_option($u, IPPROTO_IP, MCAST_UNBLOCK_SOURCE, ['group' => $g, 'source' => '10.1.2.3', 'interface' => 1]));
var_dump(socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_GROUP, ['group' => $g, 'interface' => 1]));
var_dump(socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_GROUP, ['group' => $g, 'interface' => 1]));
var_dump(socket_set_option($u, IPPROTO_IP, MCAST_JOIN_SOURCE_GROUP, ['group' => '232.1.1.1', 'source' => '127.0.0.1']));
var_dump(socket_set_option($u, IPPROTO_IP, MCAST_LEAVE_SOURCE_GROUP, ['group' => '232.1.1.1', 'source' => '127.0.0.1']));
foreach ([['interface' => 1], $g, ['group' => $g, 'interface' => -5], ['group' => $g, 'interface' => 1]] as $i => $v) {
    try {
        var_dump(socket_set_option($u, IPPROTO_IP, $i == 3 ? MCAST_BLOCK_SOURCE : MCAST_JOIN_GROUP, $v));
    } catch (ValueError|TypeError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => 'nosuchif0']));
var_dump(socket_set_option($u, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => '127.0.0.1']));
$x = socket_create(AF_UNIX, SOCK_DGRAM, 0);
try {
    var_dump(socket_set_option($x, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g]));
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECTF--
bool(true)

Warning: socket_set_option(): Unable to set socket option [98]: Address already in use in %s on line %d
bool(false)
int(98)
bool(true)
bool(true)
bool(true)

Warning: socket_set_option(): Unable to set socket option [99]: Cannot assign requested address in %s on line %d
bool(false)
bool(true)
bool(true)
No key "group" passed in optval
socket_set_option(): Argument #4 ($value) must be of type array when argument #3 ($option) is MCAST_LEAVE_GROUP, string given
Index must be between 0 and 4294967295
No key "source" passed in optval

Warning: socket_set_option(): No interface with name "nosuchif0" could be found in %s on line %d
bool(false)

Warning: socket_set_option(): Unable to set socket option [22]: Invalid argument in %s on line %d
bool(false)
ValueError: IP address used in the context of an unexpected type of socket
