--TEST--
socket_addrinfo_lookup(): localhost with AI_CANONNAME, UDP, IPv4 only
--EXTENSIONS--
sockets
--FILE--
<?php
$r = socket_addrinfo_lookup('localhost', '53', ['ai_flags' => AI_CANONNAME, 'ai_family' => AF_INET, 'ai_socktype' => SOCK_DGRAM]);
var_dump(count($r) >= 1);
$e = socket_addrinfo_explain($r[0]);
var_dump(array_keys($e), $e['ai_flags'] === AI_CANONNAME, $e['ai_family'] === AF_INET,
    $e['ai_socktype'] === SOCK_DGRAM, $e['ai_protocol'] === SOL_UDP, is_string($e['ai_canonname']),
    $e['ai_addr']['sin_port'], str_starts_with($e['ai_addr']['sin_addr'], '127.'));
// The canonical name is only on the first entry.
$rest = false;
foreach (array_slice($r, 1) as $ai) {
    $rest = $rest || isset(socket_addrinfo_explain($ai)['ai_canonname']);
}
var_dump($rest);
?>
--EXPECT--
bool(true)
array(6) {
  [0]=>
  string(8) "ai_flags"
  [1]=>
  string(9) "ai_family"
  [2]=>
  string(11) "ai_socktype"
  [3]=>
  string(11) "ai_protocol"
  [4]=>
  string(12) "ai_canonname"
  [5]=>
  string(7) "ai_addr"
}
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(53)
bool(true)
bool(false)
