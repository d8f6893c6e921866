--TEST--
socket_sendmsg()/socket_recvmsg(): UDP over 127.0.0.1 with a name and several iov strings
--EXTENSIONS--
sockets
--FILE--
<?php
$r = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$s = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
var_dump(socket_bind($r, '127.0.0.1'), socket_bind($s, '127.0.0.1'));
socket_getsockname($r, $addr, $rport);
socket_getsockname($s, $addr, $sport);

$n = socket_sendmsg($s, [
    'name' => ['family' => AF_INET, 'addr' => '127.0.0.1', 'port' => $rport],
    'iov' => ['one ', 'two ', 'three'],
]);
var_dump($n);

$msg = ['name' => [], 'buffer_size' => 64, 'controllen' => 1];
var_dump(socket_recvmsg($r, $msg));
var_dump($msg['name']['port'] === $sport);
$msg['name']['port'] = 'PORT';
var_dump($msg);
?>
--EXPECT--
bool(true)
bool(true)
int(13)
int(13)
bool(true)
array(4) {
  ["name"]=>
  array(3) {
    ["family"]=>
    int(2)
    ["addr"]=>
    string(9) "127.0.0.1"
    ["port"]=>
    string(4) "PORT"
  }
  ["control"]=>
  array(0) {
  }
  ["iov"]=>
  array(1) {
    [0]=>
    string(13) "one two three"
  }
  ["flags"]=>
  int(0)
}
