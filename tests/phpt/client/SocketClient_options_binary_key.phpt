--TEST--
SocketClient: an option key that is not UTF-8 is an unknown option (a ValueError), at the top and inside "framing"
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (!class_exists('RSockets\SocketClient')) die('skip'); ?>
--FILE--
<?php
use RSockets\SocketClient;
foreach ([["\xff" => 1], ['framing' => ["\xfe\xff" => "\n"]]] as $o) {
    try {
        new SocketClient('tcp://127.0.0.1:9', $o);
        echo "no error\n";
    } catch (ValueError $e) {
        // Bytes that are not UTF-8 show as U+FFFD (never an internal error).
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
ValueError: RSockets\SocketClient::__construct(): Unknown option "�"
ValueError: RSockets\SocketClient::__construct(): Option "framing" has an unknown key "��"
