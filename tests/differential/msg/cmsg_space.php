<?php
// socket_cmsg_space(): values for every registered pair, ValueErrors, weak-mode coercion.
function t(callable $f, string $label) {
    try {
        echo $label, ": ";
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
t(fn() => socket_cmsg_space(IPPROTO_IPV6, IPV6_PKTINFO), 'IPV6_PKTINFO');
t(fn() => socket_cmsg_space(IPPROTO_IPV6, IPV6_HOPLIMIT), 'IPV6_HOPLIMIT');
t(fn() => socket_cmsg_space(IPPROTO_IPV6, IPV6_TCLASS), 'IPV6_TCLASS');
t(fn() => socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS), 'SCM_CREDENTIALS');
t(fn() => socket_cmsg_space(SOL_SOCKET, SCM_CREDENTIALS, 5), 'SCM_CREDENTIALS n=5');
foreach ([0, 1, 2, 3, 10, 253, 1000000, 2147483647] as $n) {
    t(fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, $n), "SCM_RIGHTS n=$n");
}
t(fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, -1), 'n=-1');
t(fn() => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 2147483648), 'n=2^31');
t(fn() => socket_cmsg_space(2147483648, 1), 'level=2^31');
t(fn() => socket_cmsg_space(-2147483649, 1), 'level=-2^31-1');
t(fn() => socket_cmsg_space(1, 2147483648), 'type=2^31');
t(fn() => socket_cmsg_space(SOL_SOCKET, 99), 'unknown type');
t(fn() => socket_cmsg_space(0, 8), 'IP_PKTINFO (not registered)');
t(fn() => socket_cmsg_space(IPPROTO_IPV6, IPV6_RECVPKTINFO), 'IPV6_RECVPKTINFO');
t(fn() => socket_cmsg_space(-1, -2, -3), 'all negative');
t(fn() => socket_cmsg_space("1", "1", "4"), 'numeric strings');
t(fn() => socket_cmsg_space(1.0, 1), 'float');
t(fn() => socket_cmsg_space("x", 1), 'non-numeric');
t(fn() => socket_cmsg_space(1), 'one argument');
t(fn() => socket_cmsg_space(1, 1, 1, 1), 'four arguments');
t(fn() => socket_cmsg_space(null, 1), 'null level');
$f = new ReflectionFunction('socket_cmsg_space');
echo $f, "\n";
echo new ReflectionFunction('socket_sendmsg'), "\n";
echo new ReflectionFunction('socket_recvmsg'), "\n";
