--TEST--
socket_addrinfo_lookup(): 127.0.0.1 with family and socktype hints gives one AddressInfo
--EXTENSIONS--
sockets
--FILE--
<?php
$r = socket_addrinfo_lookup('127.0.0.1', '80', ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM]);
var_dump($r);
var_dump(socket_addrinfo_explain($r[0]));
// No hints: one entry per socket type.
$all = socket_addrinfo_lookup('127.0.0.1');
var_dump(count($all) >= 2);
foreach ($all as $ai) {
    var_dump($ai instanceof AddressInfo);
}
?>
--EXPECTF--
array(1) {
  [0]=>
  object(AddressInfo)#%d (0) {
  }
}
array(5) {
  ["ai_flags"]=>
  int(0)
  ["ai_family"]=>
  int(2)
  ["ai_socktype"]=>
  int(1)
  ["ai_protocol"]=>
  int(6)
  ["ai_addr"]=>
  array(2) {
    ["sin_port"]=>
    int(80)
    ["sin_addr"]=>
    string(9) "127.0.0.1"
  }
}
bool(true)
%Abool(true)
