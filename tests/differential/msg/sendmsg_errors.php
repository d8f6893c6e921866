<?php
// socket_sendmsg(): every malformed message array and its warning, on unix, IPv4 and IPv6 sockets.
require __DIR__ . '/../_lib.php';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $pair);
$u = $pair[0];
$v4 = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$v6 = @socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);

class S { function __toString(): string { return "7"; } }
class N { function __toString(): string { return "seven"; } }
class O {}

function t(Socket $sock, $msg, string $label, int $flags = 0): void
{
    echo "-- $label\n";
    attempt('socket_sendmsg', function () use ($sock, $msg, $flags) {
        return socket_sendmsg($sock, $msg, $flags);
    });
    last_error($sock);
}

// top level
t($u, [], 'empty message');
t($u, ['flags' => 1, 'other' => 2], 'unknown keys only');
t($u, ['iov' => 'abc'], 'iov not an array');
t($u, ['iov' => []], 'iov empty');
t($u, ['iov' => [1, 2.5, true, null]], 'iov scalars');
t($u, ['iov' => [[1]]], 'iov array element');
t($u, ['iov' => [new S]], 'iov object with __toString');
t($u, ['iov' => [new O]], 'iov object without __toString');
t($u, ['iov' => ['a'], 'control' => 'x'], 'control not an array');
t($u, ['iov' => ['a'], 'control' => []], 'control empty');
t($u, ['iov' => ['a'], 'control' => [1]], 'control element not an array');
t($u, ['iov' => ['a'], 'control' => [['level' => 'x', 'type' => 1]]], 'level non-numeric');
t($u, ['iov' => ['a'], 'control' => [['level' => [], 'type' => 1]]], 'level array');
t($u, ['iov' => ['a'], 'control' => [['level' => null, 'type' => 1]]], 'level null');
t($u, ['iov' => ['a'], 'control' => [['level' => 2147483648, 'type' => 1]]], 'level too big');
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => 'abc']]], 'type non-numeric');
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => new N]]], 'type object non-numeric');
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => new O]]], 'type object without __toString');
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => 99]]], 'unsupported pair');
t($u, ['iov' => ['a'], 'control' => [['level' => 0, 'type' => 8, 'data' => 1]]], 'IP_PKTINFO unsupported');
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS]]], 'SCM_RIGHTS no data');
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => 5]]], 'SCM_RIGHTS data not array');
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => []]]], 'SCM_RIGHTS data empty');
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [1]]]], 'SCM_RIGHTS int');
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => ['x']]]], 'SCM_RIGHTS string');
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [new O]]]], 'SCM_RIGHTS other object');
$closed = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_close($closed);
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$u, $closed]]]], 'SCM_RIGHTS closed socket');
$ctx = stream_context_create();
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$ctx]]]], 'SCM_RIGHTS non-stream resource');
$mem = fopen('php://memory', 'r+');
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$mem]]]], 'SCM_RIGHTS memory stream');
$f = fopen(__FILE__, 'r');
fclose($f);
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$f]]]], 'SCM_RIGHTS closed stream');
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => 1]]], 'ucred not array');
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => []]]], 'ucred no pid');
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => 1]]]], 'ucred no uid');
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => 1, 'uid' => 0]]]], 'ucred no gid');
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => -1, 'uid' => 0, 'gid' => 0]]]], 'ucred pid -1');
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => 2147483648, 'uid' => 0, 'gid' => 0]]]], 'ucred pid 2^31');
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => 1, 'uid' => -1, 'gid' => 0]]]], 'ucred uid -1');
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => 1, 'uid' => 0, 'gid' => 4294967296]]]], 'ucred gid 2^32');
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_CREDENTIALS, 'data' => ['pid' => 1, 'uid' => 0, 'gid' => 0]]]], 'ucred of another process');
t($u, ['iov' => ['a'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$u]],
    ['level' => SOL_SOCKET, 'type' => 77],
]], 'second element unsupported');
t($u, ['iov' => ['a'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => 'x']]], 'hoplimit string');
t($u, ['iov' => ['a'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => 1e30]]], 'hoplimit huge float');
t($u, ['iov' => ['a'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => "1e3"]]], 'hoplimit float string');
t($u, ['iov' => ['a'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => " 12 "]]], 'hoplimit padded string');
t($u, ['iov' => ['a'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => "12abc"]]], 'hoplimit leading-numeric string');
t($u, ['iov' => ['a'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => "ab\0cd"]]], 'hoplimit string with NUL');
t($u, ['iov' => ['a'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_HOPLIMIT, 'data' => new S]]], 'hoplimit object');
t($u, ['iov' => ['a'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => []]]], 'pktinfo no addr');
t($u, ['iov' => ['a'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1']]]], 'pktinfo no ifindex');
t($u, ['iov' => ['a'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1', 'ifindex' => -1]]]], 'pktinfo ifindex -1');
t($u, ['iov' => ['a'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1', 'ifindex' => 4294967296]]]], 'pktinfo ifindex 2^32');
t($u, ['iov' => ['a'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => '::1', 'ifindex' => 'nosuchif0']]]], 'pktinfo unknown interface');
t($u, ['iov' => ['a'], 'control' => [['level' => IPPROTO_IPV6, 'type' => IPV6_PKTINFO, 'data' => ['addr' => 'bad host name.invalid', 'ifindex' => 0]]]], 'pktinfo bad addr');

// references inside the array are not dereferenced (except where a string is taken)
$iovref = ['by', 'ref'];
t($u, ['iov' => &$iovref], 'iov by reference');
$str = 'x';
t($u, ['iov' => ['a', &$str]], 'iov element by reference');
$lv = SOL_SOCKET;
t($u, ['iov' => ['a'], 'control' => [['level' => &$lv, 'type' => SCM_RIGHTS, 'data' => [$u]]]], 'level by reference');
t($u, ['iov' => ['a'], 'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [&$u]]]], 'SCM_RIGHTS element by reference');
$nm = ['path' => '/x'];
t($u, ['name' => &$nm, 'iov' => ['a']], 'name by reference');

// name
t($u, ['name' => 'x', 'iov' => ['a']], 'name not an array');
t($u, ['name' => ['family' => 'x'], 'iov' => ['a']], 'name family non-numeric');
t($u, ['name' => ['family' => 99], 'iov' => ['a']], 'name unsupported family');
t($u, ['name' => ['family' => AF_INET], 'iov' => ['a']], 'AF_INET on unix socket');
t($u, ['name' => ['family' => AF_INET6], 'iov' => ['a']], 'AF_INET6 on unix socket');
t($u, ['name' => ['path' => ''], 'iov' => ['a']], 'unix empty path');
t($u, ['name' => ['path' => str_repeat('x', 108)], 'iov' => ['a']], 'unix path too long');
t($u, ['name' => ['path' => '/nonexistent/rsockets-msg'], 'iov' => ['a']], 'unix path missing');
t($u, ['name' => ['family' => 70000, 'path' => '/x'], 'iov' => ['a']], 'family out of range');
t($v4, ['name' => ['family' => AF_UNIX], 'iov' => ['a']], 'AF_UNIX on inet socket');
t($v4, ['name' => ['family' => AF_INET6], 'iov' => ['a']], 'AF_INET6 on inet socket');
t($v4, ['name' => ['addr' => 'no such host.invalid', 'port' => 1], 'iov' => ['a']], 'v4 bad host');
t($v4, ['name' => ['addr' => '127.0.0.1', 'port' => 65536], 'iov' => ['a']], 'v4 port too big');
t($v4, ['name' => ['addr' => '127.0.0.1', 'port' => -1], 'iov' => ['a']], 'v4 negative port');
t($v4, ['name' => ['addr' => '127.0.0.1', 'port' => '9x'], 'iov' => ['a']], 'v4 port non-numeric');
t($v4, ['name' => ['family' => null, 'addr' => '127.0.0.1', 'port' => 9], 'iov' => ['a']], 'v4 family null');
t($v4, ['name' => ['addr' => [1], 'port' => 9], 'iov' => ['a']], 'v4 addr array');
t($v4, ['name' => ['port' => 9], 'iov' => ['a']], 'v4 no addr (0.0.0.0)');
t($v4, [], 'v4 empty message (no destination)');
if ($v6) {
    t($v6, ['name' => ['addr' => 'no such host.invalid', 'port' => 1], 'iov' => ['a']], 'v6 bad host');
    t($v6, ['name' => ['addr' => '::1', 'port' => 1, 'flowinfo' => -1], 'iov' => ['a']], 'v6 flowinfo -1');
    t($v6, ['name' => ['addr' => '::1', 'port' => 1, 'scope_id' => 4294967296], 'iov' => ['a']], 'v6 scope_id 2^32');
}

// arguments
t($u, ['iov' => ['a']], 'flags 2^31', 2147483648);
attempt('socket_sendmsg($u)', fn() => socket_sendmsg($u));
attempt('socket_sendmsg($u, "x")', fn() => socket_sendmsg($u, "x"));
attempt('socket_sendmsg($closed, [])', fn() => socket_sendmsg($closed, []));
attempt('socket_sendmsg($closed, [], 2147483648)', fn() => socket_sendmsg($closed, [], 2147483648));
