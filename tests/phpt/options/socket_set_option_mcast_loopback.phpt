--TEST--
socket_set_option(): a UDP socket joined to a group on lo receives a datagram sent to it
--EXTENSIONS--
sockets
--SKIPIF--
<?php
// lo usually lacks the MULTICAST flag in containers; Linux still loops group traffic back on
// it, so skip only when a quick probe shows it does not.
if (!function_exists('socket_sendto')) die('skip socket_sendto() not available');
$flags = @file_get_contents('/sys/class/net/lo/flags');
if ($flags !== false && (hexdec(trim($flags)) & 0x1000)) return;
$g = '239.255.42.8';
$r = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($r, '0.0.0.0', 0);
socket_getsockname($r, $a, $p);
$t = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
if (!@socket_set_option($r, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $g, 'interface' => 'lo'])
    || !@socket_set_option($t, IPPROTO_IP, IP_MULTICAST_IF, 'lo')
    || @socket_sendto($t, 'x', 1, 0, $g, $p) !== 1) {
    die('skip lo has no MULTICAST flag and does not carry multicast');
}
socket_set_nonblock($r);
usleep(100000);
if (@socket_recvfrom($r, $b, 10, 0, $f) !== 1) die('skip lo has no MULTICAST flag and does not carry multicast');
?>
--FILE--
<?php
$group = '239.255.42.7';
$lo = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$rx = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_set_option($rx, SOL_SOCKET, SO_REUSEADDR, 1));
var_dump(socket_bind($rx, '0.0.0.0', 0));
socket_getsockname($rx, $a, $port);
var_dump(socket_set_option($rx, IPPROTO_IP, MCAST_JOIN_GROUP, ['group' => $group, 'interface' => 'lo']));
$tx = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_set_option($tx, IPPROTO_IP, IP_MULTICAST_IF, 'lo'));
var_dump(socket_get_option($tx, IPPROTO_IP, IP_MULTICAST_IF) === socket_get_option($tx, IPPROTO_IP, IP_MULTICAST_IF));
var_dump(socket_set_option($tx, IPPROTO_IP, IP_MULTICAST_LOOP, true));
var_dump(socket_set_option($tx, IPPROTO_IP, IP_MULTICAST_TTL, 1));
var_dump(socket_sendto($tx, "hello group", 11, 0, $group, $port));
socket_set_option($rx, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 2, 'usec' => 0]);
var_dump(socket_recvfrom($rx, $buf, 100, 0, $from, $fport));
var_dump($buf, $from);
var_dump(socket_set_option($rx, IPPROTO_IP, MCAST_LEAVE_GROUP, ['group' => $group, 'interface' => 'lo']));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(11)
int(11)
string(11) "hello group"
string(9) "127.0.0.1"
bool(true)
