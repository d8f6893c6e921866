<?php
// socket_sendto / socket_recvfrom over UDP (v4, v6), unix datagrams (bound, unnamed,
// abstract) and the echo server, with every error path and argument check.
require __DIR__ . '/_lib.inc';

$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($u, '127.0.0.1');
socket_getsockname($u, $ip, $port);
t('sendto self', fn() => socket_sendto($u, "hello\0v4", 100, 0, $ip, $port));
t('recvfrom', fn() => [socket_recvfrom($u, $buf, 100, 0, $from, $fport), $buf, $from, $fport === $port]);
t('sendto length 2', fn() => socket_sendto($u, "abcdef", 2, 0, 'localhost', $port));
t('recvfrom peek', fn() => [socket_recvfrom($u, $buf, 100, MSG_PEEK, $from, $fport), $buf]);
t('recvfrom short', fn() => [socket_recvfrom($u, $buf, 1, 0, $from, $fport), $buf]);
t('sendto "port" string', fn() => socket_sendto($u, "s", 1, 0, $ip, (string)$port));
t('recvfrom weak length', fn() => [socket_recvfrom($u, $buf, "10", "0", $from, $fport), $buf]);
t('sendto port + 65536', fn() => socket_sendto($u, "wrap", 4, 0, $ip, $port + 65536));
t('recvfrom wrap', fn() => [socket_recvfrom($u, $buf, 10, 0, $from, $fport), $buf]);
t('sendto empty', fn() => socket_sendto($u, "", 0, 0, $ip, $port));
t('recvfrom empty', fn() => [socket_recvfrom($u, $buf, 10, 0, $from, $fport), $buf]);
[$buf, $from, $fport] = ['b', 'f', 'p'];
t('recvfrom EAGAIN', fn() => [socket_recvfrom($u, $buf, 10, MSG_DONTWAIT, $from, $fport), $buf, $from, $fport, socket_last_error($u)]);
t('recvfrom 0', fn() => [socket_recvfrom($u, $buf, 0, 0, $from, $fport), $buf]);
t('recvfrom -1', fn() => socket_recvfrom($u, $buf, -1, 0, $from, $fport));
t('recvfrom no port', fn() => [socket_recvfrom($u, $buf, 10, 0, $from), $buf, $from]);
t('recvfrom no address', fn() => socket_recvfrom($u, $buf, 10, 0));
t('sendto no port', fn() => socket_sendto($u, "x", 1, 0, $ip));
t('sendto null port', fn() => socket_sendto($u, "x", 1, 0, $ip, null));
t('sendto negative length', fn() => socket_sendto($u, "x", -1, 0, $ip, $port));
t('sendto no address', fn() => socket_sendto($u, "x", 1, 0));
t('sendto bad host', fn() => [socket_sendto($u, "x", 1, 0, 'no.such.host.invalid', 1), socket_last_error($u)]);
t('sendto v6 literal on v4', fn() => socket_sendto($u, "x", 1, 0, '::1', 1));
t('sendto NUL in host', fn() => socket_sendto($u, "nul", 3, 0, "$ip\0junk", $port));
t('recvfrom nul', fn() => [socket_recvfrom($u, $buf, 10, 0, $from, $fport), $buf]);
t('sendto port null-ish weak', fn() => socket_sendto($u, "x", 1, 0, $ip, "abc"));
t('sendto bad flags', fn() => [socket_sendto($u, "x", 1, -1, $ip, $port), socket_last_error($u)]);
t('sendto broadcast denied', fn() => [socket_sendto($u, "x", 1, 0, '255.255.255.255', 9), socket_last_error($u)]);

// Typed references for $address and $port.
class Peer { public int $addr = 0; public string $port = ''; }
$peer = new Peer;
socket_sendto($u, "typed", 5, 0, $ip, $port);
t('recvfrom typed', fn() => [socket_recvfrom($u, $buf, 10, 0, $peer->addr, $peer->port), $buf, $peer]);

// IPv6.
$s6 = @socket_create(AF_INET6, SOCK_DGRAM, SOL_UDP);
if ($s6 && @socket_bind($s6, '::1')) {
    socket_getsockname($s6, $ip6, $port6);
    t('v6 sendto', fn() => socket_sendto($s6, "six", 3, 0, '::1', $port6));
    t('v6 recvfrom', fn() => [socket_recvfrom($s6, $buf, 10, 0, $from, $fport), $buf, $from, $fport === $port6]);
    t('v6 mapped', fn() => socket_sendto($s6, "m", 1, 0, '::ffff:127.0.0.1', $port));
    t('v6 no port', fn() => socket_sendto($s6, "x", 1, 0, '::1'));
    t('v6 no port recvfrom', fn() => socket_recvfrom($s6, $buf, 10, 0, $from));
    t('v6 EAGAIN', fn() => [socket_recvfrom($s6, $buf, 10, MSG_DONTWAIT, $from, $fport), socket_last_error($s6)]);
    t('v6 bad host', fn() => socket_sendto($s6, "x", 1, 0, 'no.such.host.invalid', 1));
    t('v6 v4 literal', fn() => socket_sendto($s6, "x", 1, 0, '127.0.0.1', 1));
} else {
    echo "no IPv6\n";
}
$t6 = socket_create(AF_INET6, SOCK_STREAM, SOL_TCP);
t('v6 tcp unconnected recvfrom', fn() => socket_recvfrom($t6, $buf, 10, 0, $from, $fport));

// Unix datagrams.
$dir = sys_get_temp_dir() . '/rsockets-diff-' . getmypid();
@mkdir($dir);
$pa = "$dir/a.sock"; $pb = "$dir/b.sock";
$ua = socket_create(AF_UNIX, SOCK_DGRAM, 0);
$ub = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($ua, $pa);
socket_bind($ub, $pb);
t('unix sendto', fn() => socket_sendto($ua, "to b", 4, 0, $pb));
$fport = 'untouched';
t('unix recvfrom', fn() => [socket_recvfrom($ub, $buf, 10, 0, $from, $fport), $buf, $from === $pa, $fport]);
t('unix sendto NUL cut', fn() => socket_sendto($ua, "cut", 3, 0, "$pb\0junk"));
t('unix recvfrom', fn() => [socket_recvfrom($ub, $buf, 10, 0, $from), $buf, $from === $pa]);
t('unix sendto port ignored', fn() => socket_sendto($ua, "p", 1, 0, $pb, 1234));
t('unix recvfrom', fn() => [socket_recvfrom($ub, $buf, 10, 0, $from), $buf]);
t('unix sendto missing', fn() => [socket_sendto($ua, "x", 1, 0, "$dir/none.sock"), socket_last_error($ua)]);
t('unix sendto empty', fn() => [socket_sendto($ua, "x", 1, 0, ""), socket_last_error($ua)]);
t('unix sendto too long', fn() => [socket_sendto($ua, "x", 1, 0, str_repeat('a', 200)), socket_last_error($ua)]);
t('unix recvfrom EAGAIN', fn() => [socket_recvfrom($ub, $buf, 10, MSG_DONTWAIT, $from), socket_last_error($ub)]);
// An unbound sender and an abstract one both show as "".
$anon = socket_create(AF_UNIX, SOCK_DGRAM, 0);
t('anon sendto', fn() => socket_sendto($anon, "anon", 4, 0, $pb));
t('anon recvfrom', fn() => [socket_recvfrom($ub, $buf, 10, 0, $from), $buf, $from]);
$abs = socket_create(AF_UNIX, SOCK_DGRAM, 0);
socket_bind($abs, "\0rsockets-abstract-" . getmypid());
t('abstract sendto', fn() => socket_sendto($abs, "abs", 3, 0, $pb));
t('abstract recvfrom', fn() => [socket_recvfrom($ub, $buf, 10, 0, $from), $buf, $from]);
t('sendto to abstract (cut at NUL)', fn() => [socket_sendto($ua, "x", 1, 0, "\0rsockets-abstract-" . getmypid()), socket_last_error($ua)]);
// Unix stream: recvfrom works and gives an empty address.
[$sa, $sb] = pair();
socket_write($sa, "stream");
t('unix stream recvfrom', fn() => [socket_recvfrom($sb, $buf, 10, 0, $from), $buf, $from]);
socket_close($ua); socket_close($ub);
unlink($pa); unlink($pb); rmdir($dir);
t('closed sendto', fn() => socket_sendto($ua, "x", 1, 0, $pb));
t('closed recvfrom', fn() => socket_recvfrom($ua, $buf, 1, 0, $from));

// Through the echo server.
if ($e = getenv('RSOCKETS_UDP4')) {
    [$h, $p] = explode(':', $e);
    $c = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
    t('echo4 sendto', fn() => socket_sendto($c, str_repeat("\xAB", 1000), 1000, 0, $h, (int)$p));
    t('echo4 recvfrom', fn() => [socket_recvfrom($c, $buf, 2000, 0, $from, $fport), strlen($buf), $buf === str_repeat("\xAB", 1000), $from, $fport == $p]);
}
if ($e = getenv('RSOCKETS_UDG')) {
    $me = sys_get_temp_dir() . '/rsockets-diff-udg-' . getmypid() . '.sock';
    @unlink($me);
    $c = socket_create(AF_UNIX, SOCK_DGRAM, 0);
    socket_bind($c, $me);
    t('udg sendto', fn() => socket_sendto($c, "echo me", 7, 0, $e));
    t('udg recvfrom', fn() => [socket_recvfrom($c, $buf, 100, 0, $from), $buf, $from === $e]);
    unlink($me);
}
