<?php
// A DNS server that never answers: binds UDP and TCP port 53 on the address given and reads
// nothing. Prints "ready" once both are bound, exits 1 if either cannot be bound (the address
// is taken), then sleeps until killed. Core streams only: no extension needed.
//   usage: php -n silent-dns.php 127.X.Y.Z
$ip = $argv[1] ?? '127.0.0.1';
$udp = @stream_socket_server("udp://$ip:53", $errno, $errstr, STREAM_SERVER_BIND);
$tcp = @stream_socket_server("tcp://$ip:53", $errno2, $errstr2);
if ($udp === false || $tcp === false) {
    fwrite(STDERR, "silent-dns: cannot bind $ip:53: $errstr$errstr2\n");
    exit(1);
}
echo "ready\n";
while (true) {
    sleep(3600);
}
