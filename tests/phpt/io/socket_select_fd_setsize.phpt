--TEST--
socket_select(): a descriptor >= FD_SETSIZE makes it fail with the FD_SETSIZE warning
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (trim(shell_exec('ulimit -n')) !== 'unlimited' && (int)shell_exec('ulimit -n') < 1100) die('skip needs more than 1100 descriptors'); ?>
--FILE--
<?php
$keep = [];
for ($i = 0; $i < 1030; $i++) {
    $keep[] = socket_create(AF_INET, SOCK_DGRAM, 0);
}
$r = [$keep[0], $keep[1029]]; $n = null;
var_dump(socket_select($r, $n, $n, 0), count($r));
var_dump(socket_last_error());
$w = [$keep[0]];
var_dump(socket_select($n, $w, $n, 0));
--EXPECTF--

Warning: socket_select(): You MUST recompile PHP with a larger value of FD_SETSIZE.
It is set to 1024, but you have descriptors numbered at least as high as %d.
 --enable-fd-setsize=%d is recommended, but you may want to set it
to equal the maximum number of open files supported by your system,
in order to avoid seeing this error again at a later date. in %s on line %d
bool(false)
int(2)
int(0)
int(1)
