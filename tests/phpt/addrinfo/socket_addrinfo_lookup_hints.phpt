--TEST--
socket_addrinfo_lookup(): hints are read as C does (zval_get_long, packed arrays and integer keys ignored)
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80500) die('skip PHP < 8.5 (socket_addrinfo_lookup_hints-85.phpt from 8.5)'); ?>
--FILE--
<?php
function families($r) {
    return $r === false ? false : array_map(fn($ai) => socket_addrinfo_explain($ai)['ai_socktype'], $r);
}
// A packed array is not looked at: no ValueError, no hints.
var_dump(count(socket_addrinfo_lookup('127.0.0.1', null, [1, 2, 3])) >= 2);
// Integer keys of a hash are skipped.
var_dump(families(socket_addrinfo_lookup('127.0.0.1', null, [7 => 'x', 'ai_socktype' => SOCK_DGRAM])));
// Values are converted with zval_get_long(): numeric strings, floats, bools, arrays.
var_dump(families(socket_addrinfo_lookup('127.0.0.1', null, ['ai_socktype' => "2", 'ai_family' => 2.9])));
var_dump(families(socket_addrinfo_lookup('127.0.0.1', null, ['ai_socktype' => true, 'ai_family' => "2abc"])));
var_dump(families(socket_addrinfo_lookup('127.0.0.1', null, ['ai_socktype' => [5], 'ai_protocol' => null])));
// An object: the engine's conversion warning, then 1.
var_dump(families(socket_addrinfo_lookup('127.0.0.1', null, ['ai_socktype' => new stdClass])));
// A reference is followed.
$t = SOCK_STREAM;
$h = ['ai_socktype' => &$t];
var_dump(families(socket_addrinfo_lookup('127.0.0.1', null, $h)));
// The host and the service are C strings: cut at the first NUL byte.
$r = socket_addrinfo_lookup("127.0.0.1\0ignored", "81\0x", ['ai_socktype' => SOCK_STREAM]);
var_dump(socket_addrinfo_explain($r[0])['ai_addr']);
?>
--EXPECTF--
bool(true)
array(1) {
  [0]=>
  int(2)
}
array(1) {
  [0]=>
  int(2)
}
array(1) {
  [0]=>
  int(1)
}
array(1) {
  [0]=>
  int(1)
}

Warning: Object of class stdClass could not be converted to int in %s on line %d
array(1) {
  [0]=>
  int(1)
}
array(1) {
  [0]=>
  int(1)
}
array(2) {
  ["sin_port"]=>
  int(81)
  ["sin_addr"]=>
  string(9) "127.0.0.1"
}
