<?php
// SocketClient, persistent, over TLS: COUNT × (new client, request(), drop it); the pool
// hands the same TLS connection back each time. Baseline: tls_persistent_streams.php.
require __DIR__ . '/tls_common.php';
tls_client_loop(true);
