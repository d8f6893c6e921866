<?php
// SCM_RIGHTS with a Socket object in the data array. C (PHP 8.2, 8.3.6, 8.5.7) writes the socket's
// descriptor one slot too far (the element loop of from_zval_write_fd_array counts from 1), so the
// slot that is sent still holds 0: the receiver gets descriptor 0, here stdin (/dev/null). Fixed
// upstream in php-src PR 22338 (Debian's 8.4.27 has the fix). rsockets sends the socket. The
// difference is declared per version in scm_rights_socket.php8.X.intended.
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
[$a, $b] = $pair;
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $passed);
[$x, $y] = $passed;
var_dump(socket_sendmsg($a, ['iov' => ['fd'], 'control' => [
    ['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$x]],
]]));
$m = ['controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 1)];
var_dump(socket_recvmsg($b, $m));
$got = $m['control'][0]['data'][0];
echo 'received: ', get_debug_type($got), "\n";
if ($got instanceof Socket) {
    // The socket that was passed: what is written through it arrives at its peer.
    var_dump(socket_write($got, 'through the passed socket'));
    var_dump(socket_read($y, 100));
} else {
    // Not the socket: the same file as this process's stdin.
    $in = fstat(STDIN);
    $st = fstat($got);
    var_dump([$st['dev'], $st['ino']] === [$in['dev'], $in['ino']]);
}
