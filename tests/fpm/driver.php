<?php
// Sends HTTP requests to nginx and checks every reply. Usage:
//   php driver.php BASE_URL FIRST COUNT PERSISTENT(0|1) [OUT_JSON]
// Prints one JSON line: ok, failed, first failure, time taken, pids, reuse/reconnect counts.
[, $base, $first, $count, $persistent] = $argv;
$res = ['ok' => 0, 'failed' => 0, 'first_failure' => null, 'last_failure_index' => -1,
        'reused' => 0, 'reconnected_at' => null, 'pids' => [], 'seconds' => 0.0];
$ctx = stream_context_create(['http' => ['ignore_errors' => true, 'timeout' => 5, 'protocol_version' => 1.0]]);
$t = microtime(true);
for ($i = (int) $first; $i < $first + $count; $i++) {
    $body = @file_get_contents("$base/?id=$i&persistent=$persistent", false, $ctx);
    // http_get_last_response_headers() from PHP 8.4 ($http_response_header is deprecated in 8.5).
    // (named indirectly: the compiler of 8.5 deprecates the name wherever it appears).
    $legacy = 'http_response_header';
    $headers = function_exists('http_get_last_response_headers') ? http_get_last_response_headers() : ($$legacy ?? []);
    $status = isset($headers[0]) ? (int) explode(' ', $headers[0])[1] : 0;
    $parts = $body === false ? [] : explode('|', $body);
    if ($status === 200 && count($parts) === 4 && $parts[0] === "WAW;;0029;SAMPLE;$i;03") {
        $res['ok']++;
        $res['reused'] += (int) $parts[1];
        if ((int) $parts[2] > 0 && $res['reconnected_at'] === null) {
            $res['reconnected_at'] = $i;
        }
        $res['pids'][$parts[3]] = true;
    } else {
        $res['failed']++;
        $res['last_failure_index'] = $i;
        $res['first_failure'] ??= "request $i: HTTP $status: " . var_export($body, true);
    }
}
$res['seconds'] = microtime(true) - $t;
$res['pids'] = count($res['pids']);
echo json_encode($res), "\n";
