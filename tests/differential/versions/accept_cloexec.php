<?php
require __DIR__ . "/../_lib.php";

// PHP 8.4+: the socket socket_accept() returns is close-on-exec (FD_CLOEXEC in /proc fdinfo).
function cloexec_sockets(): array
{
    $out = [];
    foreach (scandir('/proc/self/fd') as $fd) {
        if (!preg_match("/^\d+$/", $fd) || !str_starts_with((string) @readlink("/proc/self/fd/$fd"), 'socket:')) {
            continue;
        }
        preg_match('/^flags:\s+([0-7]+)/m', (string) @file_get_contents("/proc/self/fdinfo/$fd"), $m);
        $out[] = isset($m[1]) ? (bool) (octdec($m[1]) & 02000000) : null;
    }
    return $out;
}
$l = socket_create_listen(0);
socket_getsockname($l, $a, $port);
$c = socket_create(AF_INET, SOCK_STREAM, 0);
socket_connect($c, '127.0.0.1', $port);
show('before accept', cloexec_sockets());
$acc = socket_accept($l);
show('after accept', cloexec_sockets());
