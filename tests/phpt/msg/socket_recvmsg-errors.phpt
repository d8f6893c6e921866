--TEST--
socket_recvmsg(): malformed message arrays, and recvmsg failing (warning even for EAGAIN)
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
foreach ([[], ['controllen' => 0], ['controllen' => 1, 'buffer_size' => -1], ['controllen' => 1, 'name' => ['family' => AF_INET6]]] as $m) {
    var_dump(socket_recvmsg($p[1], $m), $m);
}
socket_set_nonblock($p[1]);
$m = ['controllen' => 1];
var_dump(socket_recvmsg($p[1], $m), $m);
var_dump(socket_last_error(), socket_last_error($p[1]));
?>
--EXPECTF--
Warning: socket_recvmsg(): error converting user data (path: msghdr): The key 'controllen' is required in %s on line %d
bool(false)
array(0) {
}

Warning: socket_recvmsg(): error converting user data (path: msghdr > controllen): controllen cannot be 0 in %s on line %d
bool(false)
array(1) {
  ["controllen"]=>
  int(0)
}

Warning: socket_recvmsg(): error converting user data (path: msghdr > buffer_size): the buffer size must be between 1 and 104857600; given -1 in %s on line %d
bool(false)
array(2) {
  ["controllen"]=>
  int(1)
  ["buffer_size"]=>
  int(-1)
}

Warning: socket_recvmsg(): error converting user data (path: msghdr > name): the specified family (AF_INET6) is not supported on this socket in %s on line %d
bool(false)
array(2) {
  ["controllen"]=>
  int(1)
  ["name"]=>
  array(1) {
    ["family"]=>
    int(10)
  }
}

Warning: socket_recvmsg(): Error in recvmsg [11]: Resource temporarily unavailable in %s on line %d
bool(false)
array(1) {
  ["controllen"]=>
  int(1)
}
int(11)
int(0)
