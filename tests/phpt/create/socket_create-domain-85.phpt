--TEST--
socket_create(): a domain other than AF_UNIX, AF_INET6, AF_INET is a ValueError (PHP 8.5: the message names AF_PACKET)
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (PHP_VERSION_ID < 80500) die('skip PHP 8.5+: AF_PACKET is a domain'); ?>
--FILE--
<?php
foreach ([0, 3, -1, 99, PHP_INT_MAX] as $domain) {
    try {
        socket_create($domain, SOCK_STREAM, 0);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(socket_last_error());
?>
--EXPECTF--
socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_PACKET, AF_INET6, or AF_INET
socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_PACKET, AF_INET6, or AF_INET
socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_PACKET, AF_INET6, or AF_INET
socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_PACKET, AF_INET6, or AF_INET
socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_PACKET, AF_INET6, or AF_INET
int(0)
