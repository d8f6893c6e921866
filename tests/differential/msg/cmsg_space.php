<?php
// socket_cmsg_space(): values for every registered pair, ValueErrors, weak-mode coercion.
require __DIR__ . '/../_lib.php';
attempt('IPV6_PKTINFO', fn() => socket_cmsg_space(IPPROTO_IPV6, IPV6_PKTINFO));
attempt('IPV6_HOPLIMIT', fn() => socket_cmsg_space(IPPROTO_IPV6, IPV6_HOPLIMIT));
attempt('IPV6_TCLASS', fn() => socket_cmsg_space(IPPROTO_IPV6, IPV6_TCLASS));
attempt('SCM_CREDENTIALS', fn() => socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS));
attempt('SCM_CREDENTIALS n=5', fn() => socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS, 5));
foreach ([0, 1, 2, 3, 10, 253, 1000000, 2147483647] as $n) {
    attempt("SCM_RIGHTS n=$n", fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, $n));
}
attempt('n=-1', fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, -1));
attempt('n=2^31', fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 2147483648));
attempt('level=2^31', fn() => socket_cmsg_space(2147483648, 1));
attempt('level=-2^31-1', fn() => socket_cmsg_space(-2147483649, 1));
attempt('type=2^31', fn() => socket_cmsg_space(1, 2147483648));
attempt('unknown type', fn() => socket_cmsg_space(SOL_SOCKET, 99));
attempt('IP_PKTINFO (not registered)', fn() => socket_cmsg_space(0, 8));
attempt('IPV6_RECVPKTINFO', fn() => socket_cmsg_space(IPPROTO_IPV6, IPV6_RECVPKTINFO));
attempt('all negative', fn() => socket_cmsg_space(-1, -2, -3));
attempt('numeric strings', fn() => socket_cmsg_space("1", "1", "4"));
attempt('float', fn() => socket_cmsg_space(1.0, 1));
attempt('non-numeric', fn() => socket_cmsg_space("x", 1));
attempt('one argument', fn() => socket_cmsg_space(1));
attempt('four arguments', fn() => socket_cmsg_space(1, 1, 1, 1));
attempt('null level', fn() => socket_cmsg_space(null, 1));
$f = new ReflectionFunction('socket_cmsg_space');
echo $f, "\n";
echo new ReflectionFunction('socket_sendmsg'), "\n";
echo new ReflectionFunction('socket_recvmsg'), "\n";
