--TEST--
socket_create(): a type above 10 is a ValueError, checked after the domain
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80400) die('skip PHP < 8.4 (socket_create-type-84.phpt from 8.4)'); ?>
--FILE--
<?php
foreach ([11, 2049, PHP_INT_MAX] as $type) {
    try {
        socket_create(AF_INET, $type, 0);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    socket_create(0, 11, 0);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
var_dump(socket_last_error());
?>
--EXPECT--
socket_create(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM
socket_create(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM
socket_create(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM
socket_create(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
int(0)
