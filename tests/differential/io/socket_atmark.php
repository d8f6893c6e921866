<?php
// socket_atmark() (PHP 8.3+): false before the urgent byte's mark, true at it; the ioctl's
// error on a socket without a mark (UDP: ENOTTY) with C's warning; closed socket, argument errors.
if (PHP_VERSION_ID < 80300) {
    var_dump(function_exists('socket_atmark'));
    exit;
}
$l = socket_create_listen(0);
socket_getsockname($l, $a, $p);
$c = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($c, '127.0.0.1', $p);
$s = socket_accept($l);
var_dump(socket_atmark($s));
socket_send($c, "ab", 2, 0);
socket_send($c, "!", 1, MSG_OOB);
var_dump(socket_recv($s, $buf, 2, MSG_WAITALL), $buf);
var_dump(socket_atmark($s));
$u = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_atmark($u), socket_last_error($u), socket_last_error());
$d = socket_create(AF_INET, SOCK_DGRAM, 0);
var_dump(socket_atmark($d), socket_last_error($d), socket_last_error());
socket_close($d);
foreach ([[$d], [], [1]] as $args) {
    try {
        socket_atmark(...$args);
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
