<?php
// PHP streams over TLS: COUNT × (connect, handshake, one line out and back, fclose):
// the baseline of tls_connect.php.
require __DIR__ . '/tls_common.php';
tls_streams_loop(false);
