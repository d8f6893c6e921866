--TEST--
socket_cmsg_space(): sizes of the supported control messages, ValueErrors otherwise
--EXTENSIONS--
sockets
--FILE--
<?php
var_dump(socket_cmsg_space(IPPROTO_IPV6, IPV6_PKTINFO));
var_dump(socket_cmsg_space(IPPROTO_IPV6, IPV6_HOPLIMIT));
var_dump(socket_cmsg_space(IPPROTO_IPV6, IPV6_TCLASS));
var_dump(socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS));
var_dump(socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS));
var_dump(socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1));
var_dump(socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 3));
var_dump(socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 2147483647));
foreach ([[SOL_SOCKET, 99, 0], [SOL_SOCKET, SCM_RIGHTS, -1], [2147483648, 1, 0], [1, -2147483649, 0], [1, 1, 2147483648]] as [$l, $t, $n]) {
    try {
        var_dump(socket_cmsg_space($l, $t, $n));
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
int(40)
int(24)
int(24)
int(32)
int(16)
int(24)
int(32)
int(8589934608)
Pair level 1 and/or type 99 is not supported
socket_cmsg_space(): Argument #3 ($num) must be greater than or equal to 0
socket_cmsg_space(): Argument #1 ($level) must be between -2147483648 and 2147483647
socket_cmsg_space(): Argument #2 ($type) must be between -2147483648 and 2147483647
socket_cmsg_space(): Argument #3 ($num) must be between -2147483648 and 2147483647
