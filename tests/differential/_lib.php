<?php
// Shared helpers for the differential scripts (not a test: run.sh skips files starting with `_`).
// Everything printed must be the same under the C extension and under rsockets, so print values,
// never object ids, ports or temporary paths (run.sh normalises only the RSOCKETS_* values).

/** Prints "label: " and var_dump($value). */
function show(string $label, mixed $value): void
{
    echo $label, ': ';
    var_dump($value);
}

/**
 * Prints "label: " then the var_dump of $f()'s result, or "Class: message" for what it threw
 * (warnings it emits appear in between, as display_errors prints them). Returns the result
 * (null when it threw).
 */
function attempt(string $label, callable $f): mixed
{
    echo $label, ': ';
    try {
        $r = $f();
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
        return null;
    }
    var_dump($r);
    return $r;
}

/** Prints socket_last_error($socket) (or the global one) and clears it. */
function last_error(?Socket $socket = null): void
{
    $e = $socket === null ? socket_last_error() : socket_last_error($socket);
    echo 'last_error', $socket === null ? '(global)' : '', ': ', $e, $e ? ' ' . socket_strerror($e) : '', "\n";
    $socket === null ? socket_clear_error() : socket_clear_error($socket);
}

/** The host and port of an RSOCKETS_* endpoint "host:port" or "[v6]:port", or null if unset. */
function endpoint(string $var): ?array
{
    $v = getenv($var);
    if ($v === false || !preg_match('/^\[?(.*?)\]?:(\d+)$/', $v, $m)) {
        return null;
    }
    return [$m[1], (int) $m[2]];
}
