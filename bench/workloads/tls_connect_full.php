<?php
// SocketClient over TLS, not persistent, never resuming: COUNT × (connect, full handshake,
// request(), close). Baseline: tls_connect_streams.php (PHP's streams never resume either).
require __DIR__ . '/tls_common.php';
tls_client_loop(false, true);
