--TEST--
socket_sendmsg()/socket_recvmsg(): UDP over ::1 with a name (flowinfo, scope_id) and iov
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
$s = socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
var_dump(socket_bind($r, '::1'), socket_bind($s, '::1'));
socket_getsockname($r, $addr, $rport);
socket_getsockname($s, $addr, $sport);

var_dump(socket_sendmsg($s, [
    'name' => ['family' => AF_INET6, 'addr' => '::1', 'port' => $rport, 'flowinfo' => 0, 'scope_id' => 0],
    'iov' => ['six', ' ', 'bytes'],
]));
$msg = ['name' => ['family' => AF_INET6], 'controllen' => 1];
var_dump(socket_recvmsg($r, $msg));
var_dump($msg['name']['port'] === $sport);
unset($msg['name']['port']);
var_dump($msg);
?>
--EXPECT--
bool(true)
bool(true)
int(9)
int(9)
bool(true)
array(4) {
  ["name"]=>
  array(4) {
    ["family"]=>
    int(10)
    ["addr"]=>
    string(3) "::1"
    ["flowinfo"]=>
    int(0)
    ["scope_id"]=>
    int(0)
  }
  ["control"]=>
  array(0) {
  }
  ["iov"]=>
  array(1) {
    [0]=>
    string(9) "six bytes"
  }
  ["flags"]=>
  int(0)
}
