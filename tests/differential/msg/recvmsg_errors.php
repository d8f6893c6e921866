<?php
// socket_recvmsg(): malformed message arrays (the by-ref array is left alone), argument errors,
// recvmsg failures (the warning even for EAGAIN; only the global last error is set).
require __DIR__ . '/../_lib.php';
socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $pair);
[$a, $b] = $pair;
$v4 = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
class O {}

function t(Socket $sock, $msg, string $label, int $flags = 0): void
{
    echo "-- $label\n";
    attempt('socket_recvmsg', function () use ($sock, &$msg, $flags) {
        return socket_recvmsg($sock, $msg, $flags);
    });
    echo "message: ", json_encode($msg), "\n";
    last_error($sock);
    last_error();
}

t($b, [], 'no controllen');
t($b, ['buffer_size' => 10], 'buffer_size but no controllen');
t($b, ['controllen' => 0], 'controllen 0');
t($b, ['controllen' => -1], 'controllen -1');
t($b, ['controllen' => 4294967296], 'controllen 2^32');
t($b, ['controllen' => 'x'], 'controllen non-numeric');
t($b, ['controllen' => [1]], 'controllen array');
t($b, ['controllen' => new O], 'controllen object');
t($b, ['buffer_size' => -1, 'controllen' => 1], 'buffer_size -1');
t($b, ['buffer_size' => 104857601, 'controllen' => 1], 'buffer_size too large');
t($b, ['buffer_size' => 'abc', 'controllen' => 1], 'buffer_size non-numeric');
t($b, ['buffer_size' => null, 'controllen' => 1], 'buffer_size null');
t($b, ['name' => 1, 'controllen' => 1], 'name not an array');
t($b, ['name' => ['family' => AF_INET], 'controllen' => 1], 'name AF_INET on unix socket');
t($b, ['name' => ['family' => 99], 'controllen' => 1], 'name unsupported family');
t($b, ['name' => ['family' => 'x'], 'controllen' => 1], 'name family non-numeric');
t($v4, ['name' => ['family' => AF_UNIX], 'controllen' => 1], 'name AF_UNIX on inet socket');
t($v4, ['name' => ['family' => AF_INET6], 'controllen' => 1], 'name AF_INET6 on inet socket');

socket_set_nonblock($b);
t($b, ['controllen' => 1], 'nothing to read (EAGAIN)');
t($b, ['controllen' => 1], 'MSG_DONTWAIT', MSG_DONTWAIT);
t($v4, ['controllen' => 1], 'unbound UDP socket, MSG_DONTWAIT', MSG_DONTWAIT);
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
t($s, ['controllen' => 1], 'unconnected TCP socket');

t($b, ['controllen' => 1], 'flags 2^31', 2147483648);
attempt('socket_recvmsg($b)', fn() => socket_recvmsg($b));
$x = 'str';
attempt('socket_recvmsg($b, $x)', function () use ($b, &$x) { return socket_recvmsg($b, $x); });
$closed = socket_create(AF_UNIX, SOCK_STREAM, 0);
socket_close($closed);
$m = [];
attempt('socket_recvmsg($closed, $m)', function () use ($closed, &$m) { return socket_recvmsg($closed, $m); });
