<?php
// SocketClient, persistent: COUNT × (new client, request(), drop it); the persistent pool hands
// the same connection back each time (the baseline, client_reconnect.php, connects each time).
require __DIR__ . '/client_common.php';
client_new_per_request(true);
