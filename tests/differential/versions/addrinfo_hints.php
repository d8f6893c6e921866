<?php
require __DIR__ . "/../_lib.php";

// PHP 8.5: hints are checked: integer keys, non-int values, ranges, the family.
$cases = [
    'string' => ['ai_family' => 'x'], 'numeric string' => ['ai_family' => '2'], 'leading numeric' => ['ai_family' => '2abc'],
    'float' => ['ai_family' => 2.0], 'fraction' => ['ai_family' => 2.5], 'huge float' => ['ai_socktype' => 1e20],
    'array' => ['ai_flags' => []], 'null flags' => ['ai_flags' => null], 'null family' => ['ai_family' => null],
    'true' => ['ai_socktype' => true], 'object' => ['ai_family' => new stdClass],
    'INT_MAX+1' => ['ai_protocol' => 2147483648], 'PHP_INT_MAX' => ['ai_protocol' => PHP_INT_MAX],
    'PHP_INT_MIN' => ['ai_flags' => PHP_INT_MIN], 'flags -1' => ['ai_flags' => -1],
    'family 99' => ['ai_family' => 99], 'family 0' => ['ai_family' => 0], 'family AF_UNIX' => ['ai_family' => AF_UNIX],
    'packed' => [AF_INET, SOCK_DGRAM, 0, 0], 'numeric key' => [0 => 1], 'mixed' => ['ai_family' => AF_INET, 5 => 1],
    'unknown' => ['foo' => 1], 'unknown first' => ['foo' => 1, 'ai_socktype' => 'x'],
    'bad type first' => ['ai_socktype' => 'x', 'foo' => 1], 'numeric first' => [1 => 1, 'ai_socktype' => 'x'],
    'empty' => [],
];
foreach ($cases as $label => $hints) {
    attempt($label, function () use ($hints) {
        $r = socket_addrinfo_lookup('127.0.0.1', null, $hints);
        return is_array($r) ? array_map(fn($ai) => socket_addrinfo_explain($ai)['ai_socktype'], $r) : $r;
    });
}
$v = AF_INET;
$h = ['ai_family' => &$v, 'ai_socktype' => SOCK_STREAM];
attempt('reference', fn() => count(socket_addrinfo_lookup('127.0.0.1', null, $h)));
