<?php
// socket_addrinfo_bind() and socket_addrinfo_connect(): success and every failure path.
require __DIR__ . '/../_lib.php';
/** attempt(), then the global last error (printed and cleared). */
function t(string $label, callable $f): void
{
    attempt($label, $f);
    last_error();
}
$tcp = ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM];
$ai = socket_addrinfo_lookup('127.0.0.1', '0', $tcp)[0];
$l = null;
t('bind', function () use ($ai, &$l) { return $l = socket_addrinfo_bind($ai); });
t('listen', fn() => socket_listen($l));
socket_getsockname($l, $addr, $port);
t('addr', fn() => [$addr, $port > 0]);
$to = socket_addrinfo_lookup('127.0.0.1', (string) $port, $tcp)[0];
$c = null;
t('connect', function () use ($to, &$c) { return $c = socket_addrinfo_connect($to); });
$a = socket_accept($l);
t('io', fn() => [socket_write($c, 'abc'), socket_read($a, 10)]);
t('peer port matches', function () use ($c, $port) { socket_getpeername($c, $h, $p); return [$h, $p === $port]; });
t('rebind in use', fn() => socket_addrinfo_bind($to));
socket_close($a);
socket_close($c);
socket_close($l);
t('connect refused', fn() => socket_addrinfo_connect($to));
$raw = socket_addrinfo_lookup('127.0.0.1', null, ['ai_family' => AF_INET, 'ai_socktype' => SOCK_RAW])[0];
t('bind raw/0', fn() => socket_addrinfo_bind($raw));
t('connect raw/0', fn() => socket_addrinfo_connect($raw));
$u = socket_addrinfo_lookup('127.0.0.1', '0', ['ai_family' => AF_INET, 'ai_socktype' => SOCK_DGRAM])[0];
t('bind udp', fn() => socket_addrinfo_bind($u));
t('connect udp port 0', fn() => socket_addrinfo_connect($u));
$v6 = socket_addrinfo_lookup('::1', '0', ['ai_flags' => AI_NUMERICHOST, 'ai_socktype' => SOCK_STREAM])[0];
t('bind v6', fn() => ($s = @socket_addrinfo_bind($v6)) === false ? 'no ipv6' : socket_getsockname($s, $h6));
t('no args', fn() => socket_addrinfo_bind());
t('wrong type', fn() => socket_addrinfo_connect(new stdClass));
t('string', fn() => socket_addrinfo_bind('127.0.0.1'));
t('null', fn() => socket_addrinfo_connect(null));
t('too many', fn() => socket_addrinfo_connect($ai, 1));
