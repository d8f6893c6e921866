<?php
// socket_recvfrom() with a length of PHP_INT_MAX: false, as for any length the buffer cannot hold.
// C ext/sockets before php-src PR 16382 (October 2024; Ubuntu 24.04's 8.3.6 among them) checks
// `(length + 2) < 3`, a signed overflow the compiler may assume away: zend_string_alloc(PHP_INT_MAX)
// follows and the process dies with a memory-limit fatal error, taking the rest of the script with it (hence a script of its
// own). 8.2.36, 8.4 and 8.5 return false, as rsockets does. The difference is declared in
// recvfrom_huge_length.php8.3.6.intended.
require __DIR__ . '/_lib.inc';

$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($u, '127.0.0.1');
t('recvfrom PHP_INT_MAX', fn() => socket_recvfrom($u, $buf, PHP_INT_MAX, 0, $from, $fport));
t('buffer untouched', fn() => $buf ?? 'unset');
t('after', fn() => socket_close($u));
