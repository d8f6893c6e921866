--TEST--
socket_addrinfo_bind(): address in use, socket() failure, argument errors
--EXTENSIONS--
sockets
--FILE--
<?php
$ai = socket_addrinfo_lookup('127.0.0.1', '0', ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM]);
$l = socket_addrinfo_bind($ai[0]);
socket_listen($l);
socket_getsockname($l, $addr, $port);
$same = socket_addrinfo_lookup('127.0.0.1', (string) $port, ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM]);
var_dump(socket_addrinfo_bind($same[0]));
var_dump(socket_last_error() === SOCKET_EADDRINUSE);
// socket() itself fails: a raw socket with protocol 0.
$raw = socket_addrinfo_lookup('127.0.0.1', null, ['ai_family' => AF_INET, 'ai_socktype' => SOCK_RAW]);
var_dump(socket_addrinfo_bind($raw[0]));
var_dump(socket_last_error() === SOCKET_EPROTONOSUPPORT);
try {
    socket_addrinfo_bind($l);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    socket_addrinfo_bind('127.0.0.1');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
Warning: socket_addrinfo_bind(): Unable to bind address [%d]: Address already in use in %s on line %d
bool(false)
bool(true)

Warning: socket_addrinfo_bind(): Unable to create socket [%d]: Protocol not supported in %s on line %d
bool(false)
bool(true)
socket_addrinfo_bind(): Argument #1 ($address) must be of type AddressInfo, Socket given
socket_addrinfo_bind(): Argument #1 ($address) must be of type AddressInfo, string given
