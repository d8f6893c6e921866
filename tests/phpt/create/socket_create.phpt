--TEST--
socket_create(): every domain with stream and datagram types
--EXTENSIONS--
sockets
--FILE--
<?php
foreach ([AF_INET, AF_INET6, AF_UNIX] as $domain) {
    foreach ([SOCK_STREAM, SOCK_DGRAM] as $type) {
        $s = socket_create($domain, $type, 0);
        var_dump($s instanceof Socket, socket_last_error($s));
    }
}
var_dump(socket_create(AF_INET, SOCK_STREAM, SOL_TCP) instanceof Socket);
var_dump(socket_create(AF_INET, SOCK_DGRAM, SOL_UDP) instanceof Socket);
var_dump(socket_create(AF_UNIX, SOCK_SEQPACKET, 0) instanceof Socket);
var_dump(socket_last_error());
?>
--EXPECT--
bool(true)
int(0)
bool(true)
int(0)
bool(true)
int(0)
bool(true)
int(0)
bool(true)
int(0)
bool(true)
int(0)
bool(true)
bool(true)
bool(true)
int(0)
