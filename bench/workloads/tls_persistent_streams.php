<?php
// PHP streams, persistent, over TLS: COUNT × (stream_socket_client with
// STREAM_CLIENT_PERSISTENT, one line out and back): the baseline of tls_persistent.php.
require __DIR__ . '/tls_common.php';
tls_streams_loop(true);
