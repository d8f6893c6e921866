--TEST--
socket_connect(): the port may not be null or missing for AF_INET and AF_INET6
--EXTENSIONS--
sockets
--FILE--
<?php
foreach ([AF_INET => '127.0.0.1', AF_INET6 => '::1'] as $domain => $addr) {
    $s = socket_create($domain, SOCK_STREAM, 0);
    foreach ([fn() => socket_connect($s, $addr), fn() => socket_connect($s, $addr, null)] as $f) {
        try {
            $f();
        } catch (ValueError $e) {
            echo $e->getMessage(), "\n";
        }
    }
}
?>
--EXPECT--
socket_connect(): Argument #3 ($port) cannot be null when the socket type is AF_INET
socket_connect(): Argument #3 ($port) cannot be null when the socket type is AF_INET
socket_connect(): Argument #3 ($port) cannot be null when the socket type is AF_INET6
socket_connect(): Argument #3 ($port) cannot be null when the socket type is AF_INET6
