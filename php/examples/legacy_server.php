<?php
/*
 * A TCP server in the style of the classic ext/sockets tutorial: bind, listen, then for each
 * connection read one packet and write it back. It serves CONNECTIONS connections and exits.
 * It runs unchanged on PHP's C ext/sockets and on rsockets.
 *
 *   php legacy_server.php [CONNECTIONS [ADDRESS [PORT]]]      (defaults: 1 127.0.0.1 0)
 *
 * Port 0 lets the system choose a free port; the first line printed is always
 * "Listening on ADDRESS:PORT" with the real port, so a caller can connect to it.
 */
$connections = (int) ($argv[1] ?? 1);
$address = $argv[2] ?? '127.0.0.1';
$port = (int) ($argv[3] ?? 0);

if (($sock = socket_create(AF_INET, SOCK_STREAM, SOL_TCP)) === false) {
    die("socket_create() failed: reason: " . socket_strerror(socket_last_error()) . "\n");
}
if (socket_bind($sock, $address, $port) === false) {
    die("socket_bind() failed: reason: " . socket_strerror(socket_last_error($sock)) . "\n");
}
if (socket_listen($sock, 5) === false) {
    die("socket_listen() failed: reason: " . socket_strerror(socket_last_error($sock)) . "\n");
}
socket_getsockname($sock, $address, $port);
echo "Listening on $address:$port\n";

for ($served = 0; $served < $connections; $served++) {
    if (($msgsock = socket_accept($sock)) === false) {
        echo "socket_accept() failed: reason: " . socket_strerror(socket_last_error()) . "\n";
        break;
    }
    if (false === ($buf = socket_read($msgsock, 2048, PHP_BINARY_READ))) {
        echo "socket_read() failed: reason: " . socket_strerror(socket_last_error($msgsock)) . "\n";
    } else {
        echo "Received: $buf\n";
        socket_write($msgsock, $buf, strlen($buf));
    }
    socket_close($msgsock);
}
socket_close($sock);
echo "Served $served connection(s)\n";
