<?php
// SocketClient, reconnecting: COUNT × (new non-persistent client, request(), drop it, which
// closes the connection): the baseline of client_persistent.php.
require __DIR__ . '/client_common.php';
client_new_per_request(false);
