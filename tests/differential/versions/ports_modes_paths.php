<?php
require __DIR__ . "/../_lib.php";

// PHP 8.5: ports outside 0..65535 are ValueErrors (create_listen, bind, sendto; not connect);
// socket_shutdown modes must be SHUT_*. PHP 8.4: an AF_UNIX sendto path of 108+ bytes is a ValueError.
attempt('listen -1', fn() => socket_create_listen(-1) instanceof Socket);
attempt('listen 65536', fn() => socket_create_listen(65536) instanceof Socket);
$u = socket_create(AF_INET, SOCK_DGRAM, 0);
attempt('bind -1', fn() => socket_bind($u, '127.0.0.1', -1));
attempt('bind 65536', fn() => socket_bind($u, '127.0.0.1', 65536));
$u = socket_create(AF_INET, SOCK_DGRAM, 0);
attempt('bind 0', fn() => socket_bind($u, '127.0.0.1', 0));
attempt('connect 65536', fn() => socket_connect(socket_create(AF_INET, SOCK_DGRAM, 0), '127.0.0.1', 65536));
attempt('sendto 65536', fn() => socket_sendto($u, 'x', 1, 0, '127.0.0.1', 65536));
attempt('sendto -1', fn() => socket_sendto($u, 'x', 1, 0, '127.0.0.1', -1));
attempt('sendto -1 with length -1', fn() => socket_sendto($u, 'x', -1, 0, '127.0.0.1', -1));
attempt('sendto null port', fn() => socket_sendto($u, 'x', 1, 0, '127.0.0.1', null));
$c = socket_create(AF_INET, SOCK_DGRAM, 0);
socket_close($c);
attempt('closed bind -1', fn() => socket_bind($c, '127.0.0.1', -1));
attempt('closed sendto -1', fn() => socket_sendto($c, 'x', 1, 0, '127.0.0.1', -1));
attempt('closed shutdown 5', fn() => socket_shutdown($c, 5));
$x = socket_create(AF_UNIX, SOCK_DGRAM, 0);
$dir = sys_get_temp_dir();
attempt('unix sendto 107', fn() => socket_sendto($x, 'x', 1, 0, $dir . '/' . str_repeat('a', 106 - strlen($dir))));
attempt('unix sendto 108', fn() => socket_sendto($x, 'x', 1, 0, str_repeat('a', 108)));
attempt('unix sendto 200 port 70000', fn() => socket_sendto($x, 'x', 1, 0, str_repeat('a', 200), 70000));
attempt('unix bind port -1', fn() => socket_bind($x, $dir . '/nonexistent/x', -1));
attempt('sendmsg empty path', fn() => socket_sendmsg($x, ['name' => ['path' => ''], 'iov' => ['x']], 0));
$s = socket_create(AF_INET, SOCK_STREAM, 0);
foreach ([3, -1, 0, 1, 2, PHP_INT_MAX] as $mode) {
    attempt("shutdown $mode", fn() => socket_shutdown($s, $mode));
}
