--TEST--
socket_create(): from PHP 8.4 $type may carry SOCK_NONBLOCK/SOCK_CLOEXEC; other types above 10 are a ValueError
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (PHP_VERSION_ID < 80400) die('skip PHP 8.4+ (socket_create-type.phpt before)'); ?>
--FILE--
<?php
foreach ([11, 2049, PHP_INT_MAX] as $type) {
    try {
        var_dump(socket_create(AF_INET, $type, 0) instanceof Socket);
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
--EXPECTF--
socket_create(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM optionally OR'ed with SOCK_CLOEXEC, SOCK_NONBLOCK
bool(true)
socket_create(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM optionally OR'ed with SOCK_CLOEXEC, SOCK_NONBLOCK
socket_create(): Argument #1 ($domain) must be one of AF_UNIX, %r(AF_PACKET, )?%rAF_INET6, or AF_INET
int(0)
