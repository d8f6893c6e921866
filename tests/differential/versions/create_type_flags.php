<?php
require __DIR__ . "/../_lib.php";

// PHP 8.4+: SOCK_NONBLOCK/SOCK_CLOEXEC in $type; the type message names them.
$nb = defined('SOCK_NONBLOCK') ? SOCK_NONBLOCK : 2048;
$ce = defined('SOCK_CLOEXEC') ? SOCK_CLOEXEC : 524288;
attempt('create 11', fn() => socket_create(AF_INET, 11, 0));
attempt('create nonblock', function () use ($nb) {
    $s = socket_create(AF_INET, SOCK_STREAM | $nb, 0);
    $st = socket_export_stream($s);
    return [stream_get_meta_data($st)['blocked'], socket_read($s, 10)];
});
attempt('create cloexec|nonblock|11', fn() => socket_create(AF_INET, 11 | $nb | $ce, 0));
attempt('pair nonblock', function () use ($nb) { $p = []; socket_create_pair(AF_UNIX, SOCK_STREAM | $nb, 0, $p); return @socket_read($p[0], 10); });
attempt('pair cloexec', function () use ($ce) { $p = []; return socket_create_pair(AF_UNIX, SOCK_STREAM | $ce, 0, $p); });
attempt('pair 11', function () { $p = []; return socket_create_pair(AF_UNIX, 11, 0, $p); });
attempt('create domain 99', fn() => socket_create(99, SOCK_STREAM, 0));
attempt('pair domain 99', function () { $p = []; return socket_create_pair(99, SOCK_STREAM, 0, $p); });
