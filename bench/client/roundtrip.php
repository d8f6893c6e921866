<?php
// One request/response exchange repeated N times against the line echo server.
//   php roundtrip.php MODE HOST:PORT N     MODE: legacy | client | client-raw
// legacy: the hand-rolled socket_create/connect/socket_write loop/socket_read loop of legacy code
//         (run it under the C extension); client: SocketClient::request() with line framing;
//         client-raw: SocketClient send() + receive() without framing.
// Prints "MODE N seconds round_trips_per_second".
[, $mode, $addr, $n] = $argv;
$n = (int) $n;
[$host, $port] = explode(':', $addr);
$payload = "WAW;;0029;SAMPLE;6287877180782;03";
$line = "$payload\n";
if ($mode === 'legacy') {
    $s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP) or die("create\n");
    socket_connect($s, $host, (int) $port) or die("connect\n");
    $t = microtime(true);
    for ($i = 0; $i < $n; $i++) {
        $off = 0;
        while ($off < strlen($line)) {
            $w = socket_write($s, substr($line, $off));
            if ($w === false) die("write\n");
            $off += $w;
        }
        $reply = '';
        while (!str_ends_with($reply, "\n")) {
            $r = socket_read($s, 65536);
            if ($r === false || $r === '') die("read\n");
            $reply .= $r;
        }
        if ($reply !== $line) die("bad reply\n");
    }
} else {
    $framed = $mode === 'client';
    $c = new RSockets\SocketClient("tcp://$addr", $framed ? ['framing' => 'line'] : []);
    $t = microtime(true);
    for ($i = 0; $i < $n; $i++) {
        if ($framed) {
            $reply = $c->request($payload);
            if ($reply !== $payload) die("bad reply\n");
        } else {
            $c->send($line);
            $reply = $c->receive();
            if ($reply !== $line) die("bad reply\n");
        }
    }
}
$dt = microtime(true) - $t;
printf("%s %d %.3f %.0f\n", $mode, $n, $dt, $n / $dt);
