--TEST--
Module identity: sockets reports PHP_VERSION and owns only Socket and AddressInfo; the RSockets classes and RSockets\VERSION belong to module rsockets
--EXTENSIONS--
sockets
rsockets
--FILE--
<?php
var_dump(phpversion('sockets') === PHP_VERSION);
var_dump((new ReflectionExtension('sockets'))->getClassNames());
$r = new ReflectionExtension('rsockets');
var_dump(phpversion('rsockets') === RSockets\VERSION, $r->getVersion() === RSockets\VERSION);
var_dump(preg_match('/^\d+\.\d+\.\d+/', RSockets\VERSION) === 1);
var_dump($r->getDependencies());
var_dump(array_keys($r->getConstants()));
$classes = $r->getClassNames();
sort($classes);
var_dump($classes);
var_dump((new ReflectionClass(RSockets\SocketClient::class))->getExtensionName());
ob_start();
(new ReflectionExtension('sockets'))->info();
var_dump(str_contains(ob_get_clean(), 'rsockets ' . RSockets\VERSION));
?>
--EXPECT--
bool(true)
array(2) {
  [0]=>
  string(6) "Socket"
  [1]=>
  string(11) "AddressInfo"
}
bool(true)
bool(true)
bool(true)
array(1) {
  ["sockets"]=>
  string(8) "Required"
}
array(1) {
  [0]=>
  string(16) "RSockets\VERSION"
}
array(7) {
  [0]=>
  string(25) "RSockets\ConnectException"
  [1]=>
  string(34) "RSockets\ConnectionClosedException"
  [2]=>
  string(26) "RSockets\ProtocolException"
  [3]=>
  string(21) "RSockets\SocketClient"
  [4]=>
  string(24) "RSockets\SocketException"
  [5]=>
  string(25) "RSockets\TimeoutException"
  [6]=>
  string(21) "RSockets\TlsException"
}
string(8) "rsockets"
bool(true)
