--TEST--
SocketClient: an invalid address is a ValueError naming argument #1; arguments are type-checked
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (!class_exists('RSockets\SocketClient')) die('skip'); ?>
--FILE--
<?php
use RSockets\SocketClient;
foreach (['127.0.0.1:80', 'http://x:80', 'tcp://host', 'tcp://host:0', 'tcp://host:70000', 'tcp://::1:80',
          'tcp://[::1:80', 'tcp://[x]:80', 'tcp://:80', 'unix://', 'tcp://h:8a', "unix:///tmp/a\0b"] as $a) {
    try {
        new SocketClient($a);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
try { new SocketClient(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { new SocketClient('tcp://h:1', 'x'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
?>
--EXPECT--
RSockets\SocketClient::__construct(): Argument #1 ($address) must be a valid socket address: expected tcp://host:port, tls://host:port, udp://host:port or unix:///path
RSockets\SocketClient::__construct(): Argument #1 ($address) must be a valid socket address: expected tcp://host:port, tls://host:port, udp://host:port or unix:///path
RSockets\SocketClient::__construct(): Argument #1 ($address) must be a valid socket address: expected :port after the host
RSockets\SocketClient::__construct(): Argument #1 ($address) must be a valid socket address: the port must be a number from 1 to 65535
RSockets\SocketClient::__construct(): Argument #1 ($address) must be a valid socket address: the port must be a number from 1 to 65535
RSockets\SocketClient::__construct(): Argument #1 ($address) must be a valid socket address: an IPv6 address must be written in brackets: [::1]:port
RSockets\SocketClient::__construct(): Argument #1 ($address) must be a valid socket address: missing ] after an IPv6 address
RSockets\SocketClient::__construct(): Argument #1 ($address) must be a valid socket address: not an IPv6 address between [ and ]
RSockets\SocketClient::__construct(): Argument #1 ($address) must be a valid socket address: the host is empty
RSockets\SocketClient::__construct(): Argument #1 ($address) must be a valid socket address: expected unix:///path
RSockets\SocketClient::__construct(): Argument #1 ($address) must be a valid socket address: the port must be a number from 1 to 65535
RSockets\SocketClient::__construct(): Argument #1 ($address) must be a valid socket address: the socket path contains a NUL byte
RSockets\SocketClient::__construct() expects at least 1 argument, 0 given
RSockets\SocketClient::__construct(): Argument #2 ($options) must be of type array, string given
