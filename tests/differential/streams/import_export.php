<?php
// socket_import_stream() / socket_export_stream(): results, stream metadata, every error path.
require __DIR__ . '/../_lib.php';
function meta($st)
{
    $m = stream_get_meta_data($st);
    $m['stream_type'] = str_replace('/ssl', '', $m['stream_type']);
    return $m;
}
echo new ReflectionFunction('socket_import_stream');
echo new ReflectionFunction('socket_export_stream');

// Export: every kind of socket.
$kinds = [
    'tcp4' => [AF_INET, SOCK_STREAM, SOL_TCP],
    'udp4' => [AF_INET, SOCK_DGRAM, SOL_UDP],
    'tcp6' => [AF_INET6, SOCK_STREAM, 0],
    'udp6' => [AF_INET6, SOCK_DGRAM, 0],
    'unix' => [AF_UNIX, SOCK_STREAM, 0],
    'udg' => [AF_UNIX, SOCK_DGRAM, 0],
    'seqpacket' => [AF_UNIX, SOCK_SEQPACKET, 0],
    'raw' => [AF_INET, SOCK_RAW, 1],
];
foreach ($kinds as $name => [$d, $ty, $p]) {
    $s = @socket_create($d, $ty, $p);
    if ($s === false) {
        echo "$name: unavailable\n";
        continue;
    }
    attempt("export $name", fn() => meta(socket_export_stream($s)));
    attempt("export $name again", fn() => socket_export_stream($s) === socket_export_stream($s));
}
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_set_nonblock($s);
attempt('export nonblocking', fn() => meta(socket_export_stream($s))['blocked']);
ini_set('default_socket_timeout', '3');
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
attempt('export resource type', fn() => get_resource_type(socket_export_stream($s)));
socket_close($s);
attempt('export closed', fn() => socket_export_stream($s));
attempt('export no args', fn() => socket_export_stream());
attempt('export resource', fn() => socket_export_stream(STDIN));
attempt('export null', fn() => socket_export_stream(null));

// Import: every kind of stream.
$srv = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$name = stream_socket_get_name($srv, false);
$cli = stream_socket_client("tcp://$name", $errno, $errstr, 5);
$acc = stream_socket_accept($srv, 5);
$udp = stream_socket_server('udp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND);
$pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$dpair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_DGRAM, 0);
foreach (['server' => $srv, 'client' => $cli, 'accepted' => $acc, 'udp' => $udp, 'pair' => $pair[0], 'dgram pair' => $dpair[0]] as $label => $st) {
    attempt("import $label", function () use ($st) {
        $sock = socket_import_stream($st);
        socket_getsockname($sock, $a);
        return [$sock, is_string($a), meta($st)['unread_bytes'], socket_export_stream($sock) === $st];
    });
}
stream_set_blocking($cli, false);
attempt('import nonblocking then set_block', function () use ($cli) {
    $sock = socket_import_stream($cli);
    return [socket_set_block($sock), meta($cli)['blocked'], socket_set_nonblock($sock), meta($cli)['blocked']];
});
attempt('import memory', fn() => socket_import_stream(fopen('php://memory', 'r')));
attempt('import temp', fn() => socket_import_stream(fopen('php://temp', 'r')));
attempt('import file', fn() => socket_import_stream(fopen(__FILE__, 'r')));
attempt('import stdin', fn() => socket_import_stream(STDIN));
attempt('import output', fn() => socket_import_stream(fopen('php://output', 'w')));
attempt('import dir', fn() => socket_import_stream(opendir(__DIR__)));
attempt('import pipe', function () {
    $p = proc_open(['true'], [0 => ['pipe', 'r']], $pipes);
    $r = socket_import_stream($pipes[0]);
    proc_close($p);
    return $r;
});
$f = fopen('php://memory', 'r');
fclose($f);
attempt('import closed', fn() => socket_import_stream($f));
attempt('import context', fn() => socket_import_stream(stream_context_create()));
attempt('import string', fn() => socket_import_stream('x'));
attempt('import null', fn() => socket_import_stream(null));
attempt('import socket object', fn() => socket_import_stream(socket_create(AF_INET, SOCK_STREAM, 0)));
attempt('import no args', fn() => socket_import_stream());
echo 'last_error: ', socket_last_error(), "\n";
