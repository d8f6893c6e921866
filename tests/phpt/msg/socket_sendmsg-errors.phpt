--TEST--
socket_sendmsg(): malformed message arrays give a warning naming the path and return false
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $p);
$v4 = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$tests = [
    [$p[0], ['iov' => 'x']],
    [$p[0], ['iov' => ['a'], 'control' => [1]]],
    [$p[0], ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => ['x']]]]],
    [$p[0], ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$p[0]]], ['level' => 1, 'type' => 99]]]],
    [$p[0], ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => 1, 'uid' => -1]]]]],
    [$p[0], ['iov' => ['a'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1']]]]],
    [$p[0], ['name' => ['family' => AF_INET], 'iov' => ['a']]],
    [$p[0], ['name' => ['path' => str_repeat('x', 108)], 'iov' => ['a']]],
    [$v4, ['name' => ['addr' => '127.0.0.1', 'port' => 70000], 'iov' => ['a']]],
    [$v4, ['name' => ['addr' => '127.0.0.1', 'port' => 'abc'], 'iov' => ['a']]],
];
foreach ($tests as [$sock, $msg]) {
    var_dump(socket_sendmsg($sock, $msg));
}
try {
    socket_sendmsg($p[0], [], 1 << 40);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
Warning: socket_sendmsg(): error converting user data (path: msghdr > iov): expected an array here in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0): expected an array here in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > element #1): expected a Socket object or a stream resource in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #1): cmsghdr with level 1 and type 99 not supported in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data > uid): given PHP integer is out of bounds for a uid_t value in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > control > element #0 > data): The key 'ifindex' is required in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > name): the specified family (number 2) is not supported on this socket in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > name > path): the path is too long, the maximum permitted length is 107 in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > name > port): given PHP integer is out of bounds for an unsigned 16-bit integer in %s on line %d
bool(false)

Warning: socket_sendmsg(): error converting user data (path: msghdr > name > port): expected an integer, but got a non numeric string (possibly from a converted object): 'abc' in %s on line %d
bool(false)
socket_sendmsg(): Argument #3 ($flags) must be between -2147483648 and 2147483647
