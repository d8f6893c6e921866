<?php
// socket_select: EINTR (a signal during select) and descriptors beyond FD_SETSIZE.
require __DIR__ . '/_lib.inc';

[$a, $b] = pair();
$n = null;
if (function_exists('pcntl_alarm')) {
    pcntl_async_signals(true);
    pcntl_signal(SIGALRM, function () { echo "alarm\n"; });
    pcntl_alarm(1);
    $r = [$b];
    t('interrupted', fn() => [socket_select($r, $n, $n, 5), count($r), socket_last_error(), socket_last_error($b)]);
    pcntl_signal(SIGALRM, SIG_DFL);
}
$keep = [];
for ($i = 0; $i < 1030; $i++) {
    $keep[] = socket_create(AF_INET, SOCK_DGRAM, 0);
}
socket_clear_error();
$r = [$keep[0], $keep[1029]];
t('descriptor >= FD_SETSIZE', fn() => [socket_select($r, $n, $n, 0), count($r), socket_last_error()]);
$w = [$keep[1]]; $e = [$keep[1028]];
t('in except only', fn() => socket_select($n, $w, $e, 0));
$w = [$keep[5]];
t('low ones fine', fn() => [socket_select($n, $w, $n, 0), count($w)]);
$bad = [$keep[1029], 'x'];
t('type check first', fn() => socket_select($bad, $n, $n, 0));
