--TEST--
socket_addrinfo_explain(): the array shape for IPv4 and IPv6, and argument errors
--EXTENSIONS--
sockets
--FILE--
<?php
$v4 = socket_addrinfo_lookup('127.0.0.1', '8080', ['ai_socktype' => SOCK_DGRAM, 'ai_flags' => AI_NUMERICHOST]);
var_dump(socket_addrinfo_explain($v4[0]));
$v6 = socket_addrinfo_lookup('::1', '443', ['ai_socktype' => SOCK_STREAM, 'ai_flags' => AI_NUMERICHOST | AI_NUMERICSERV]);
var_dump(socket_addrinfo_explain($v6[0]));
$m = socket_addrinfo_lookup('::ffff:10.0.0.1', null, ['ai_socktype' => SOCK_STREAM, 'ai_flags' => AI_NUMERICHOST]);
var_dump(socket_addrinfo_explain($m[0])['ai_addr']);
try {
    socket_addrinfo_explain(new stdClass);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    socket_addrinfo_explain();
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
array(5) {
  ["ai_flags"]=>
  int(4)
  ["ai_family"]=>
  int(2)
  ["ai_socktype"]=>
  int(2)
  ["ai_protocol"]=>
  int(17)
  ["ai_addr"]=>
  array(2) {
    ["sin_port"]=>
    int(8080)
    ["sin_addr"]=>
    string(9) "127.0.0.1"
  }
}
array(5) {
  ["ai_flags"]=>
  int(1028)
  ["ai_family"]=>
  int(10)
  ["ai_socktype"]=>
  int(1)
  ["ai_protocol"]=>
  int(6)
  ["ai_addr"]=>
  array(2) {
    ["sin6_port"]=>
    int(443)
    ["sin6_addr"]=>
    string(3) "::1"
  }
}
array(2) {
  ["sin6_port"]=>
  int(0)
  ["sin6_addr"]=>
  string(15) "::ffff:10.0.0.1"
}
socket_addrinfo_explain(): Argument #1 ($address) must be of type AddressInfo, stdClass given
socket_addrinfo_explain() expects exactly 1 argument, 0 given
