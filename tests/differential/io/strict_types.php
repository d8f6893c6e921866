<?php
declare(strict_types=1);
// The io and select functions under strict_types: no coercion, the engine's TypeErrors.
require __DIR__ . '/_lib.inc';

[$a, $b] = pair();
socket_write($a, "0123456789");
t('read "3"', fn() => socket_read($b, "3"));
t('read 3.0', fn() => socket_read($b, 3.0));
t('read true', fn() => socket_read($b, true));
t('read null', fn() => socket_read($b, null));
t('read mode "1"', fn() => socket_read($b, 3, "1"));
t('read ok', fn() => socket_read($b, 3));
t('write int', fn() => socket_write($a, 123));
t('write length "1"', fn() => socket_write($a, "ab", "1"));
t('write length null', fn() => socket_write($a, "ab", null));
t('send length "1"', fn() => socket_send($a, "ab", "1", 0));
t('send flags null', fn() => socket_send($a, "ab", 1, null));
t('send data 1', fn() => socket_send($a, 1, 1, 0));
t('recv length "5"', fn() => socket_recv($b, $d, "5", 0));
t('recv flags 0.0', fn() => socket_recv($b, $d, 5, 0.0));
t('recv ok', fn() => [socket_recv($b, $d, 100, 0), $d]);
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($u, '127.0.0.1');
socket_getsockname($u, $ip, $port);
t('sendto port "p"', fn() => socket_sendto($u, "x", 1, 0, $ip, (string)$port));
t('sendto address 1', fn() => socket_sendto($u, "x", 1, 0, 127, $port));
t('sendto ok', fn() => socket_sendto($u, "x", 1, 0, $ip, $port));
t('recvfrom length "1"', fn() => socket_recvfrom($u, $buf, "1", 0, $from, $p));
t('recvfrom ok', fn() => [socket_recvfrom($u, $buf, 10, 0, $from, $p), $buf, $from, $p === $port]);
$r = [$b]; $n = null;
t('select seconds "0"', fn() => socket_select($r, $n, $n, "0"));
t('select usec 1.0', fn() => socket_select($r, $n, $n, 0, 1.0));
t('select seconds 0.0', fn() => socket_select($r, $n, $n, 0.0));
t('select ok', fn() => socket_select($r, $n, $n, 0, 0));
