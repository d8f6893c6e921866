--TEST--
socket_create_listen(): the default backlog is 128 before PHP 8.4 and SOMAXCONN from 8.4 (as ss(8) shows it, capped by net.core.somaxconn)
--EXTENSIONS--
sockets
--SKIPIF--
<?php
if (!function_exists('shell_exec') || trim((string) shell_exec('command -v ss')) === '') die('skip needs ss(8)');
if (!is_readable('/proc/sys/net/core/somaxconn')) die('skip needs /proc/sys/net/core/somaxconn');
?>
--FILE--
<?php
$l = socket_create_listen(0);
socket_getsockname($l, $addr, $port);
$backlog = trim((string) shell_exec("ss -ltnH sport = :$port | awk '{print \$3}'"));
$want = min(PHP_VERSION_ID >= 80400 ? SOMAXCONN : 128, (int) file_get_contents('/proc/sys/net/core/somaxconn'));
var_dump($backlog === (string) $want);
$l2 = socket_create_listen(0, 7);
socket_getsockname($l2, $addr, $port);
var_dump(trim((string) shell_exec("ss -ltnH sport = :$port | awk '{print \$3}'")));
?>
--EXPECT--
bool(true)
string(1) "7"
