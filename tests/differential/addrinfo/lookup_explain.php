<?php
// socket_addrinfo_lookup() and socket_addrinfo_explain(): results, hints, every error path.
require __DIR__ . '/../_lib.php';
function explain_all($r)
{
    return $r === false ? false : array_map('socket_addrinfo_explain', $r);
}
$cases = [
    ['127.0.0.1', null, []],
    ['127.0.0.1', '80', ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM]],
    ['127.0.0.1', 'http', ['ai_socktype' => SOCK_STREAM]],
    ['::1', '443', ['ai_flags' => AI_NUMERICHOST, 'ai_socktype' => SOCK_DGRAM]],
    ['::ffff:1.2.3.4', null, ['ai_flags' => AI_NUMERICHOST, 'ai_socktype' => SOCK_STREAM]],
    ['fe80::1%1', '1', ['ai_flags' => AI_NUMERICHOST, 'ai_socktype' => SOCK_STREAM]],
    ['localhost', null, ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM, 'ai_flags' => AI_CANONNAME]],
    ['127.0.0.1', null, ['ai_family' => AF_INET, 'ai_socktype' => SOCK_RAW]],
    ['127.0.0.1', null, ['ai_family' => AF_INET, 'ai_socktype' => SOCK_RAW, 'ai_protocol' => 6]],
    ['127.0.0.1', null, ['ai_socktype' => SOCK_DGRAM, 'ai_protocol' => SOL_UDP]],
    ['127.0.0.1', null, ['ai_socktype' => SOCK_DGRAM, 'ai_protocol' => SOL_TCP]],
    ['127.0.0.1', null, ['ai_family' => AF_INET6]],
    ['127.0.0.1', null, ['ai_family' => AF_UNIX]],
    ['127.0.0.1', null, ['ai_family' => 9999]],
    ['127.0.0.1', null, ['ai_socktype' => 9999]],
    ['127.0.0.1', null, ['ai_flags' => -1]],
    ['not-numeric', null, ['ai_flags' => AI_NUMERICHOST]],
    ['127.0.0.1', 'not-numeric', ['ai_flags' => AI_NUMERICSERV]],
    ['', null, []],
    ['', '80', ['ai_socktype' => SOCK_STREAM]],
    ["127.0.0.1\0junk", "22\0junk", ['ai_socktype' => SOCK_STREAM]],
    ['127.0.0.1', null, [1, 2, 3]],
    ['127.0.0.1', null, [7 => 1, 'ai_socktype' => SOCK_STREAM]],
    ['127.0.0.1', null, ['ai_socktype' => '1']],
    ['127.0.0.1', null, ['ai_socktype' => '1x']],
    ['127.0.0.1', null, ['ai_socktype' => 1.5]],
    ['127.0.0.1', null, ['ai_socktype' => true]],
    ['127.0.0.1', null, ['ai_socktype' => null]],
    ['127.0.0.1', null, ['ai_socktype' => []]],
    ['127.0.0.1', null, ['ai_socktype' => [1]]],
    ['127.0.0.1', null, ['ai_socktype' => new stdClass]],
    ['127.0.0.1', null, ['ai_socktype' => 1 << 33 | 1]],
    ['127.0.0.1', null, ['ai_socktype' => SOCK_STREAM, 'bogus' => 1]],
    ['127.0.0.1', null, ['bogus' => 1, 'ai_socktype' => 'x']],
    ['127.0.0.1', null, ['ai_socktype ' => 1]],
    ['127.0.0.1', null, ["ai_socktype\0" => 1]],
];
foreach ($cases as $i => [$host, $service, $hints]) {
    attempt("case $i", fn() => explain_all(socket_addrinfo_lookup($host, $service, $hints)));
    echo 'last_error: ', socket_last_error(), "\n";
}
attempt('no args', fn() => socket_addrinfo_lookup());
attempt('too many', fn() => socket_addrinfo_lookup('a', 'b', [], 1));
attempt('host array', fn() => socket_addrinfo_lookup([]));
attempt('host null', fn() => socket_addrinfo_lookup(null));
attempt('host int', fn() => count(socket_addrinfo_lookup(127)) >= 0);
attempt('service int', fn() => explain_all(socket_addrinfo_lookup('127.0.0.1', 99, ['ai_socktype' => SOCK_STREAM])));
attempt('service array', fn() => socket_addrinfo_lookup('127.0.0.1', []));
attempt('hints null', fn() => socket_addrinfo_lookup('127.0.0.1', null, null));
attempt('hints string', fn() => socket_addrinfo_lookup('127.0.0.1', null, 'x'));
attempt('named', fn() => explain_all(socket_addrinfo_lookup(hints: ['ai_socktype' => SOCK_DGRAM], host: '127.0.0.1')));
attempt('explain no args', fn() => socket_addrinfo_explain());
attempt('explain socket', fn() => socket_addrinfo_explain(socket_create(AF_INET, SOCK_STREAM, 0)));
attempt('explain null', fn() => socket_addrinfo_explain(null));
$r = socket_addrinfo_lookup('127.0.0.1', null, ['ai_socktype' => SOCK_STREAM]);
var_dump($r);
var_dump($r[0]);
print_r($r[0]);
echo "\n";
var_export($r[0]);
echo "\n";
debug_zval_refcount: {
    var_dump(json_encode($r[0]), (array) $r[0], get_object_vars($r[0]), (string) spl_object_id($r[0]) !== '');
}
