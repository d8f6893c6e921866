--TEST--
socket_addrinfo_connect(): connection refused, socket() failure, argument errors
--EXTENSIONS--
sockets
--FILE--
<?php
// A port nobody listens on: bind, read the port, close.
$ai = socket_addrinfo_lookup('127.0.0.1', '0', ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM]);
$tmp = socket_addrinfo_bind($ai[0]);
socket_getsockname($tmp, $addr, $port);
socket_close($tmp);
$to = socket_addrinfo_lookup('127.0.0.1', (string) $port, ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM]);
var_dump(socket_addrinfo_connect($to[0]));
var_dump(socket_last_error() === SOCKET_ECONNREFUSED);
$raw = socket_addrinfo_lookup('127.0.0.1', null, ['ai_family' => AF_INET, 'ai_socktype' => SOCK_RAW]);
var_dump(socket_addrinfo_connect($raw[0]));
var_dump(socket_last_error() === SOCKET_EPROTONOSUPPORT);
try {
    socket_addrinfo_connect(null);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
Warning: socket_addrinfo_connect(): Unable to connect address [%d]: Connection refused in %s on line %d
bool(false)
bool(true)

Warning: socket_addrinfo_connect(): Unable to create socket [%d]: Protocol not supported in %s on line %d
bool(false)
bool(true)
socket_addrinfo_connect(): Argument #1 ($address) must be of type AddressInfo, null given
