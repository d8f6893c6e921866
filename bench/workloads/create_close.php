<?php
// Memory: COUNT × socket_create + socket_close; prints the resident set after a warm-up of
// 10,000 cycles and at the end (a leak of even 8 bytes a cycle would show as ~8 MB).
require __DIR__ . '/lib.php';
bench_require('socket_create', 'socket_close');
[, , $n] = bench_args(1000000);

$cycle = function (): void {
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    if ($s === false) {
        bench_socket_error('socket_create');
    }
    socket_close($s);
};
for ($i = 0; $i < 10000; $i++) {
    $cycle();
}
gc_collect_cycles();
bench_status_kb('VmRSS'); // compiles the regex before the measurement
$rss_before = bench_status_kb('VmRSS');
$mem_before = memory_get_usage();
$t = hrtime(true);
for ($i = 0; $i < $n; $i++) {
    $cycle();
}
gc_collect_cycles();
bench_report($t, [
    'rss_before_kb' => $rss_before,
    'rss_after_kb' => bench_status_kb('VmRSS'),
    'zend_mem_growth' => memory_get_usage() - $mem_before,
]);
