<?php
// Sends HTTP requests to nginx and checks every reply. Usage:
//   php driver.php BASE_URL FIRST COUNT PERSISTENT(0|1) [FAULT_PERCENT [ENDPOINTS]]
// Without FAULT_PERCENT: every request goes to the line endpoint and must be answered correctly.
// With it: request i goes to endpoint ENDPOINTS[i % n] (default line,chunk,raw) and gets an
// injected fault (see app.php) with that probability (seeded by i, so runs are repeatable).
// Prints one JSON line: ok, failed, first failure, time taken, pids, reuse/reconnect counts, and
// for fault runs: faults injected, checked replies, wrong (a reply that is not this request's,
// with the first few examples) and foreign (wrong replies naming another request's id), and
// failed_restart / failed_other: failures an echo-server restart explains, and the others.
[, $base, $first, $count, $persistent] = $argv;
$faultPct = isset($argv[5]) ? (float) $argv[5] : null;
$endpoints = explode(',', $argv[6] ?? 'line,chunk,raw');
const FAULTS = ['throw', 'exit', 'fatal', 'sendclose', 'drop', 'caught'];
$res = ['ok' => 0, 'failed' => 0, 'first_failure' => null, 'last_failure_index' => -1,
        'reused' => 0, 'reconnected_at' => null, 'pids' => [], 'seconds' => 0.0,
        'faults' => 0, 'checked' => 0, 'wrong' => 0, 'foreign' => 0, 'wrong_examples' => []];
$ctx = stream_context_create(['http' => ['ignore_errors' => true, 'timeout' => 5, 'protocol_version' => 1.0]]);

/** Is $reply the echo of request $i on $ep (raw: a non-empty prefix, request() reads one piece)? */
function belongs(string $reply, string $ep, int $i): bool
{
    if ($ep !== 'raw') {
        return $reply === "WAW;;0029;SAMPLE;$i;03";
    }
    $want = str_repeat(sprintf('#%07d', $i), 4);
    return $reply !== '' && str_starts_with($want, $reply);
}

/** Whether $reply carries an id other than $i. */
function foreign(string $reply, int $i): bool
{
    preg_match_all('/SAMPLE;(\d+);|#(\d{7})/', $reply, $m);
    foreach (array_merge($m[1], $m[2]) as $id) {
        if ($id !== '' && (int) $id !== $i) {
            return true;
        }
    }
    return false;
}

$t = microtime(true);
for ($i = (int) $first; $i < $first + $count; $i++) {
    $ep = 'line';
    $fault = 'none';
    if ($faultPct !== null) {
        mt_srand($i);
        $ep = $endpoints[$i % count($endpoints)];
        if (mt_rand(0, 9999) < $faultPct * 100) {
            $fault = FAULTS[mt_rand(0, count(FAULTS) - 1)];
            $res['faults']++;
        }
    }
    $body = @file_get_contents("$base/?id=$i&persistent=$persistent&ep=$ep&fault=$fault", false, $ctx);
    // http_get_last_response_headers() from PHP 8.4 ($http_response_header is deprecated in 8.5).
    // (named indirectly: the compiler of 8.5 deprecates the name wherever it appears).
    $legacy = 'http_response_header';
    $headers = function_exists('http_get_last_response_headers') ? http_get_last_response_headers() : ($$legacy ?? []);
    $status = isset($headers[0]) ? (int) explode(' ', $headers[0])[1] : 0;
    $parts = $body === false ? [] : explode('|', $body);
    $answered = $status === 200 && count($parts) === 4;
    // Raw (unframed) request() returns '' when the peer closed: the echo server restarting. That
    // is a failed request (explained by the restart), not a reply belonging to another request.
    if ($answered && $ep === 'raw' && $parts[0] === '') {
        $answered = false;
        $body = 'RSockets\\ConnectionClosedException: empty raw reply (peer closed)';
    }
    if ($answered) {
        $res['checked']++;
        if (!belongs($parts[0], $ep, $i)) {
            $res['wrong']++;
            $res['foreign'] += (int) foreign($parts[0], $i);
            if (count($res['wrong_examples']) < 3) {
                $res['wrong_examples'][] = "request $i ($ep, $fault): " . var_export($parts[0], true);
            }
        }
    }
    if ($answered && belongs($parts[0], $ep, $i)) {
        $res['ok']++;
        $res['reused'] += (int) $parts[1];
        if ((int) $parts[2] > 0 && $res['reconnected_at'] === null) {
            $res['reconnected_at'] = $i;
        }
        $res['pids'][$parts[3]] = true;
    } elseif ($fault === 'none' || $fault === 'drop' || $fault === 'caught') {
        $res['failed']++;
        // What an echo-server restart explains: refused while it is down, reset when the old
        // server closed its listener with the connection still in its accept queue, a pooled
        // connection to the old server found closed or reset when used.
        $kind = preg_match('/^RSockets\\\\(ConnectException: .*(refused|reset by peer)|ConnectionClosedException)/', (string) $body)
            ? 'restart' : 'other';
        $res["failed_$kind"] = ($res["failed_$kind"] ?? 0) + 1;
        if ($kind === 'other') {
            $res['first_other_failure'] ??= "request $i ($ep, $fault): HTTP $status: " . var_export($body, true);
        }
        $res['last_failure_index'] = $i;
        $res['first_failure'] ??= "request $i ($ep, $fault): HTTP $status: " . var_export($body, true);
    }
}
$res['seconds'] = microtime(true) - $t;
$res['pids'] = count($res['pids']);
echo json_encode($res), "\n";
