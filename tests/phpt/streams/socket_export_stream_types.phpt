--TEST--
socket_export_stream(): the stream type follows the socket (tcp, udp, unix, udg, generic)
--EXTENSIONS--
sockets
--FILE--
<?php
function type($sock) {
    $st = socket_export_stream($sock);
    return str_replace('/ssl', '', stream_get_meta_data($st)['stream_type']);
}
var_dump(type(socket_create(AF_INET, SOCK_STREAM, SOL_TCP)));
var_dump(type(socket_create(AF_INET, SOCK_DGRAM, SOL_UDP)));
var_dump(type(socket_create(AF_UNIX, SOCK_STREAM, 0)));
var_dump(type(socket_create(AF_UNIX, SOCK_DGRAM, 0)));
var_dump(type(socket_create(AF_UNIX, SOCK_SEQPACKET, 0)));
?>
--EXPECT--
string(10) "tcp_socket"
string(10) "udp_socket"
string(11) "unix_socket"
string(10) "udg_socket"
string(14) "generic_socket"
