--TEST--
socket_sendmsg()/socket_recvmsg(): unix datagram sockets with path and abstract names
--EXTENSIONS--
sockets
--FILE--
<?php
$dir = sys_get_temp_dir();
$p1 = "$dir/rsockets-msg-names-" . getmypid() . "-1.sock";
$p2 = "$dir/rsockets-msg-names-" . getmypid() . "-2.sock";
@unlink($p1);
@unlink($p2);
$s1 = socket_create(AF_UNIX, SOCK_DGRAM, 0);
$s2 = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($s1, $p1), socket_bind($s2, $p2));

var_dump(socket_sendmsg($s1, ['name' => ['path' => $p2], 'iov' => ['to p2']]));
$m = ['name' => [], 'controllen' => 1];
var_dump(socket_recvmsg($s2, $m), $m['name'] === ['family' => AF_UNIX, 'path' => $p1], $m['iov']);

$abs = "\0rsockets-msg-names-" . getmypid();
$s3 = socket_create(AF_UNIX, SOCK_DGRAM, 0);
var_dump(socket_bind($s3, $abs));
var_dump(socket_sendmsg($s1, ['name' => ['family' => AF_UNIX, 'path' => $abs], 'iov' => ['abstract']]));
$m = ['name' => ['family' => AF_UNIX], 'controllen' => 1];
var_dump(socket_recvmsg($s3, $m), $m['name']['path'] === $p1);
// A reply from the abstract socket: its name reads back as an empty path.
var_dump(socket_sendmsg($s3, ['name' => ['path' => $p1], 'iov' => ['reply']]));
$m = ['name' => [], 'controllen' => 1];
var_dump(socket_recvmsg($s1, $m), $m['name']);
// No such path.
var_dump(socket_sendmsg($s1, ['name' => ['path' => "$dir/rsockets-msg-names-none"], 'iov' => ['x']]));
var_dump(socket_last_error($s1));
unlink($p1);
unlink($p2);
?>
--EXPECTF--
bool(true)
bool(true)
int(5)
int(5)
bool(true)
array(1) {
  [0]=>
  string(5) "to p2"
}
bool(true)
int(8)
int(8)
bool(true)
int(5)
int(5)
array(2) {
  ["family"]=>
  int(1)
  ["path"]=>
  string(0) ""
}

Warning: socket_sendmsg(): Error in sendmsg [2]: No such file or directory in %s on line %d
bool(false)
int(2)
