<?php
// Shared by every workload: arguments, the "missing function" guard, timing and the one JSON
// line each script prints for bench/run.sh:
//   {"seconds":S,"rss_kb":K,...}   peak RSS is VmHWM from /proc/self/status (the process's
//                                  resident high-water mark, not memory_get_peak_usage())
//   {"missing":"socket_send"}      a function or class the loaded extension lacks: "n/a"
//   {"error":"..."}                the workload failed (exit status 1)
//
// Usage: php WORKLOAD.php ADDRESS COUNT   (or env BENCH_ADDR, BENCH_COUNT)
// ADDRESS is HOST:PORT of the echo server's TCP or UDP endpoint.

declare(strict_types=1);

/** @return array{string, int, int} host, port, count */
function bench_args(int $default_count): array
{
    global $argv;
    $addr = $argv[1] ?? (getenv('BENCH_ADDR') ?: '127.0.0.1:0');
    $count = (int) ($argv[2] ?? (getenv('BENCH_COUNT') ?: $default_count));
    $colon = strrpos($addr, ':');
    if ($colon === false) {
        bench_fail("bad address $addr (HOST:PORT)");
    }
    return [trim(substr($addr, 0, $colon), '[]'), (int) substr($addr, $colon + 1), $count];
}

/** Prints {"missing":...} and exits unless every function exists. */
function bench_require(string ...$functions): void
{
    foreach ($functions as $f) {
        if (!function_exists($f)) {
            echo json_encode(['missing' => $f]), "\n";
            exit(0);
        }
    }
}

function bench_fail(string $why): never
{
    echo json_encode(['error' => $why]), "\n";
    exit(1);
}

/** A field of /proc/self/status in kB (VmHWM = peak RSS, VmRSS = current RSS). */
function bench_status_kb(string $field = 'VmHWM'): int
{
    $status = @file_get_contents('/proc/self/status');
    if ($status !== false && preg_match('/^' . $field . ':\s+(\d+) kB/m', $status, $m)) {
        return (int) $m[1];
    }
    return 0;
}

function bench_report(int $start_ns, array $extra = []): void
{
    $seconds = (hrtime(true) - $start_ns) / 1e9;
    echo json_encode(['seconds' => round($seconds, 6), 'rss_kb' => bench_status_kb()] + $extra), "\n";
}

function bench_socket_error(string $what, $socket = null): never
{
    $code = $socket instanceof Socket ? socket_last_error($socket) : socket_last_error();
    bench_fail("$what: [$code] " . socket_strerror($code));
}

/** socket_create + socket_connect to HOST:PORT over TCP. */
function bench_connect(string $host, int $port): Socket
{
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    if ($s === false) {
        bench_socket_error('socket_create');
    }
    if (!socket_connect($s, $host, $port)) {
        bench_socket_error('socket_connect', $s);
    }
    return $s;
}

/** socket_write all of $data. */
function bench_write_all(Socket $s, string $data): void
{
    $len = strlen($data);
    $off = 0;
    while ($off < $len) {
        $n = socket_write($s, $off === 0 ? $data : substr($data, $off));
        if ($n === false || $n === 0) {
            bench_socket_error('socket_write', $s);
        }
        $off += $n;
    }
}

/** socket_read until $len bytes have come back. */
function bench_read_exact(Socket $s, int $len): void
{
    bench_read_rest($s, '', $len);
}

/**
 * After a first socket_read that gave $first (false, or fewer than $len bytes), reads the rest
 * of $len bytes. The hot loops inline the first read and call this only when it fell short.
 */
function bench_read_rest(Socket $s, string|false $first, int $len): void
{
    if ($first === false) {
        bench_socket_error('socket_read', $s);
    }
    $got = strlen($first);
    while ($got < $len) {
        $r = socket_read($s, $len - $got);
        if ($r === false || $r === '') {
            bench_socket_error('socket_read', $s);
        }
        $got += strlen($r);
    }
}
