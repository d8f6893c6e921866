--TEST--
socket_recvmsg(): IPV6_PKTINFO received on ::1 (addr and ifindex of lo)
--EXTENSIONS--
sockets
--SKIPIF--
<?php
$s = @socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
if (!$s || !@socket_bind($s, '::1')) die('skip IPv6 loopback not available');
?>
--FILE--
<?php
$r = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
var_dump(socket_bind($r, '::1'));
socket_getsockname($r, $addr, $port);
var_dump(socket_set_option($r, IPPROTO_IPV6, IPV6_RECVPKTINFO, 1));

$s = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
var_dump(socket_sendmsg($s, ['name' => ['addr' => '::1', 'port' => $port], 'iov' => ['pktinfo']]));

$msg = ['controllen' => socket_cmsg_space(IPPROTO_IPV6, IPV6_PKTINFO)];
var_dump(socket_recvmsg($r, $msg));
$lo = @file_get_contents('/sys/class/net/lo/ifindex');
var_dump($msg['control'][0]['data']['ifindex'] === ($lo === false ? 1 : (int) $lo));
$msg['control'][0]['data']['ifindex'] = 'LO';
var_dump($msg);
?>
--EXPECT--
bool(true)
bool(true)
int(7)
int(7)
bool(true)
array(4) {
  ["name"]=>
  NULL
  ["control"]=>
  array(1) {
    [0]=>
    array(3) {
      ["level"]=>
      int(41)
      ["type"]=>
      int(50)
      ["data"]=>
      array(2) {
        ["addr"]=>
        string(3) "::1"
        ["ifindex"]=>
        string(2) "LO"
      }
    }
  }
  ["iov"]=>
  array(1) {
    [0]=>
    string(7) "pktinfo"
  }
  ["flags"]=>
  int(0)
}
