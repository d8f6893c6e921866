<?php
// SocketClient over TLS, not persistent: COUNT × (connect, handshake, request(), close).
// Baseline: tls_connect_streams.php.
require __DIR__ . '/tls_common.php';
tls_client_loop(false);
