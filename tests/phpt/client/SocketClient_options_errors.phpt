--TEST--
SocketClient: options are validated; an unknown key or a wrong type is a ValueError/TypeError naming it
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (!class_exists('RSockets\SocketClient')) die('skip'); ?>
--FILE--
<?php
use RSockets\SocketClient;
$cases = [
    ['tmeout' => 1],
    [5],
    ['timeout' => '1'],
    ['timeout' => true],
    ['timeout' => 0],
    ['timeout' => -1.5],
    ['timeout' => INF],
    ['connect_timeout' => null],
    ['read_timeout' => []],
    ['write_timeout' => 0.0],
    ['framing' => 'lines'],
    ['framing' => 1],
    ['framing' => []],
    ['framing' => ['length' => 'Q']],
    ['framing' => ['length' => 4]],
    ['framing' => ['delimiter' => '']],
    ['framing' => ['delimiter' => 5]],
    ['framing' => ['delimiter' => "\n", 'length' => 'N']],
    ['framing' => ['delimiter' => "\n", 'length_includes_header' => true]],
    ['framing' => ['length' => 'N', 'length_includes_header' => 1]],
    ['framing' => ['length' => 'N', 'size' => 4]],
    ['max_frame' => 0],
    ['max_frame' => '1'],
    ['tcp_nodelay' => 1],
    ['keepalive' => 'yes'],
    ['bind' => 127],
    ['retries' => -1],
    ['retries' => 1.5],
    ['retry_delay' => -1],
    ['retry_delay' => 'x'],
    ['persistent' => 1],
];
foreach ($cases as $o) {
    try {
        new SocketClient('tcp://127.0.0.1:9', $o);
        echo "no error\n";
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
ValueError: RSockets\SocketClient::__construct(): Unknown option "tmeout"
ValueError: RSockets\SocketClient::__construct(): Unknown option 0 (options are named)
TypeError: RSockets\SocketClient::__construct(): Option "timeout" must be of type int|float, string given
TypeError: RSockets\SocketClient::__construct(): Option "timeout" must be of type int|float, %r(bool|true)%r given
ValueError: RSockets\SocketClient::__construct(): Option "timeout" must be a number of seconds greater than 0
ValueError: RSockets\SocketClient::__construct(): Option "timeout" must be a number of seconds greater than 0
ValueError: RSockets\SocketClient::__construct(): Option "timeout" must be a number of seconds greater than 0
TypeError: RSockets\SocketClient::__construct(): Option "connect_timeout" must be of type int|float, null given
TypeError: RSockets\SocketClient::__construct(): Option "read_timeout" must be of type int|float, array given
ValueError: RSockets\SocketClient::__construct(): Option "write_timeout" must be a number of seconds greater than 0
ValueError: RSockets\SocketClient::__construct(): Option "framing" must be "none", "line", ["delimiter" => string] or ["length" => "n"|"N"|"v"|"V"|"J"|"P"|"C"]
TypeError: RSockets\SocketClient::__construct(): Option "framing" must be of type array|string|null, int given
ValueError: RSockets\SocketClient::__construct(): Option "framing" must be "none", "line", ["delimiter" => string] or ["length" => "n"|"N"|"v"|"V"|"J"|"P"|"C"]
ValueError: RSockets\SocketClient::__construct(): Option "framing" key "length" must be one of the pack() codes "n", "N", "v", "V", "J", "P", "C"
TypeError: RSockets\SocketClient::__construct(): Option "framing" key "length" must be of type string, int given
ValueError: RSockets\SocketClient::__construct(): Option "framing" key "delimiter" must not be empty
TypeError: RSockets\SocketClient::__construct(): Option "framing" key "delimiter" must be of type string, int given
ValueError: RSockets\SocketClient::__construct(): Option "framing" takes either "delimiter" or "length", not both
ValueError: RSockets\SocketClient::__construct(): Option "framing" key "length_includes_header" needs "length"
TypeError: RSockets\SocketClient::__construct(): Option "framing" key "length_includes_header" must be of type bool, int given
ValueError: RSockets\SocketClient::__construct(): Option "framing" has an unknown key "size"
ValueError: RSockets\SocketClient::__construct(): Option "max_frame" must be between 1 and 4294967295
TypeError: RSockets\SocketClient::__construct(): Option "max_frame" must be of type int, string given
TypeError: RSockets\SocketClient::__construct(): Option "tcp_nodelay" must be of type bool, int given
TypeError: RSockets\SocketClient::__construct(): Option "keepalive" must be of type bool, string given
TypeError: RSockets\SocketClient::__construct(): Option "bind" must be of type string, int given
ValueError: RSockets\SocketClient::__construct(): Option "retries" must be between 0 and 1000
TypeError: RSockets\SocketClient::__construct(): Option "retries" must be of type int, float given
ValueError: RSockets\SocketClient::__construct(): Option "retry_delay" must be a number of seconds, 0 or more
TypeError: RSockets\SocketClient::__construct(): Option "retry_delay" must be of type int|float, string given
TypeError: RSockets\SocketClient::__construct(): Option "persistent" must be of type string|bool, int given
