--TEST--
socket_create_pair(): two connected sockets in the by-reference array
--EXTENSIONS--
sockets
--FILE--
<?php
$pair = 'overwritten';
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair));
var_dump($pair);
var_dump(socket_write($pair[0], "ab\0cd"), bin2hex(socket_read($pair[1], 10)));
var_dump(socket_write($pair[1], "back"), socket_read($pair[0], 10));
var_dump(socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $d), count($d));
var_dump(socket_create_pair(AF_UNIX, SOCK_SEQPACKET, 0, $q), count($q));
?>
--EXPECT--
bool(true)
array(2) {
  [0]=>
  object(Socket)#1 (0) {
  }
  [1]=>
  object(Socket)#2 (0) {
  }
}
int(5)
string(10) "6162006364"
int(4)
string(4) "back"
bool(true)
int(2)
bool(true)
int(2)
