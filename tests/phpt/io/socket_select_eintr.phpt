--TEST--
socket_select(): a signal interrupts select(2): warning and false
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (!function_exists('pcntl_alarm')) die('skip pcntl needed'); ?>
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

pcntl_async_signals(true);
pcntl_signal(SIGALRM, function () { echo "alarm\n"; });
pcntl_alarm(1);
$r = [$b]; $n = null;
var_dump(socket_select($r, $n, $n, 5));
var_dump(socket_last_error() === SOCKET_EINTR, count($r));
--EXPECTF--

Warning: socket_select(): Unable to select [4]: Interrupted system call in %s on line %d
alarm
bool(false)
bool(true)
int(1)
