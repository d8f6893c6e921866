--TEST--
socket_addrinfo_lookup(): hints from PHP 8.5: integer keys, non-int values, ranges and the family are checked in order
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (PHP_VERSION_ID < 80500) die('skip PHP 8.5+ (socket_addrinfo_lookup_hints.phpt before)'); ?>
--FILE--
<?php
function families($r) {
    return $r === false ? false : array_map(fn($ai) => socket_addrinfo_explain($ai)['ai_socktype'], $r);
}
function t(array $hints) {
    try {
        var_dump(families(socket_addrinfo_lookup('127.0.0.1', null, $hints)));
    } catch (TypeError|ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
// Packed arrays and integer keys are ValueErrors, wherever they stand.
t([1, 2, 3]);
t([7 => 'x', 'ai_socktype' => SOCK_DGRAM]);
t(['ai_socktype' => SOCK_DGRAM, 7 => 'x']);
t([]);
// Values go through zval_try_get_long(): numeric strings, floats, bools and null pass, with
// the engine's warnings; what cannot be an int is a TypeError naming the value.
t(['ai_socktype' => "2", 'ai_family' => 2.9]);
t(['ai_socktype' => true, 'ai_family' => "2abc"]);
t(['ai_socktype' => [5]]);
t(['ai_protocol' => null, 'ai_socktype' => SOCK_DGRAM]);
t(['ai_socktype' => new stdClass]);
t(['ai_family' => "inet"]);
t(['ai_flags' => false, 'ai_socktype' => 1e30]);
// Ranges: 0..INT_MAX; the family AF_INET or AF_INET6 (so not 0, not null).
t(['ai_flags' => -1]);
t(['ai_protocol' => 2147483648]);
t(['ai_socktype' => 2147483647]);
t(['ai_family' => 0]);
t(['ai_family' => null]);
t(['ai_family' => AF_UNIX]);
t(['ai_family' => AF_INET6, 'ai_socktype' => SOCK_STREAM]);
// Checked in order: the first bad element decides.
t(['foo' => 1, 'ai_socktype' => 'x']);
t(['ai_socktype' => 'x', 'foo' => 1]);
// A reference is followed.
$t = SOCK_STREAM;
$h = ['ai_socktype' => &$t];
t($h);
// The host and the service are C strings: cut at the first NUL byte.
$r = socket_addrinfo_lookup("127.0.0.1\0ignored", "81\0x", ['ai_socktype' => SOCK_STREAM]);
var_dump(socket_addrinfo_explain($r[0])['ai_addr']);
?>
--EXPECTF--
ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}

Deprecated: Implicit conversion from float 2.9 to int loses precision in %s on line %d
array(1) {
  [0]=>
  int(2)
}

Warning: A non-numeric value encountered in %s on line %d
array(1) {
  [0]=>
  int(1)
}
TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_socktype" key must be of type int, array given
array(1) {
  [0]=>
  int(2)
}
TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_socktype" key must be of type int, stdClass given
TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be of type int, string given

Warning: The float 1.0E+30 is not representable as an int, cast occurred in %s on line %d
ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_socktype" key must be between 0 and 2147483647
ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_flags" key must be between 0 and 2147483647
ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_protocol" key must be between 0 and 2147483647
bool(false)
ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be AF_INET or AF_INET6
ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be AF_INET or AF_INET6
ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_family" key must be AF_INET or AF_INET6
bool(false)
ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) "ai_socktype" key must be of type int, string given
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
