--TEST--
socket_create_pair(): ValueErrors, then socketpair(2) failures warn and leave the array alone
--EXTENSIONS--
sockets
--FILE--
<?php
$keep = 'untouched';
foreach ([fn() => socket_create_pair(0, SOCK_STREAM, 0, $keep), fn() => socket_create_pair(AF_UNIX, 11, 0, $keep)] as $f) {
    try {
        $f();
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
var_dump(socket_last_error());
var_dump(socket_create_pair(AF_INET, SOCK_STREAM, 0, $keep));
var_dump($keep, socket_last_error() === SOCKET_EOPNOTSUPP);
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 6, $keep));
var_dump($keep, socket_last_error() === SOCKET_EPROTONOSUPPORT);
try {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0);
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
socket_create_pair(): Argument #1 ($domain) must be one of AF_UNIX, AF_INET6, or AF_INET
socket_create_pair(): Argument #2 ($type) must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM%r( optionally OR'ed with SOCK_CLOEXEC, SOCK_NONBLOCK)?%r
int(0)

Warning: socket_create_pair(): Unable to create socket pair [95]: Operation not supported in %s on line %d
bool(false)
string(9) "untouched"
bool(true)

Warning: socket_create_pair(): Unable to create socket pair [93]: Protocol not supported in %s on line %d
bool(false)
string(9) "untouched"
bool(true)
socket_create_pair() expects exactly 4 arguments, 3 given
