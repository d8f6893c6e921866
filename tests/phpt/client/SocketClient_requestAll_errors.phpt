--TEST--
SocketClient::requestAll(): malformed input is a ValueError naming argument #1, and nothing is sent
--EXTENSIONS--
sockets
--SKIPIF--
<?php $needs = ['RSOCKETS_TCP_LINE']; require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use RSockets\SocketClient;
$c = new SocketClient('tcp://' . getenv('RSOCKETS_TCP_LINE'), ['framing' => 'line', 'timeout' => 2]);
$d = new SocketClient('tcp://' . getenv('RSOCKETS_TCP_LINE'), ['framing' => 'line', 'timeout' => 2]);
$cases = [
    'not a list' => ['a' => 'x'],
    'one element' => [[$c]],
    'three elements' => [[$c, 'x', 'y']],
    'keys swapped' => [[1 => 'x', 0 => $c]],
    'string keys' => [['c' => $c, 'p' => 'x']],
    'not a client' => ['k' => [new stdClass, 'x']],
    'payload not a string' => [[$c, 5]],
    'same client twice' => ['first' => [$c, 'a'], 3 => [$d, 'b'], 'again' => [$c, 'c']],
    'delimiter in a payload' => ['ok' => [$d, 'fine'], 'bad' => [$c, "two\nlines"]],
];
foreach ($cases as $name => $req) {
    try {
        SocketClient::requestAll($req);
        echo "$name: no error\n";
    } catch (ValueError $e) {
        echo "$name: ", $e->getMessage(), "\n";
    }
}
try {
    SocketClient::requestAll([[$c, 'x']], -1.0);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    SocketClient::requestAll('nope');
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
// Nothing was sent by the rejected calls: the next request gets its own reply.
var_dump($c->request('after'), $d->request('after too'), $c->getStats()['frames_sent']);
?>
--EXPECT--
not a list: RSockets\SocketClient::requestAll(): Argument #1 ($requests) must contain [RSockets\SocketClient $client, string $payload] lists, "a" is not one
one element: RSockets\SocketClient::requestAll(): Argument #1 ($requests) must contain [RSockets\SocketClient $client, string $payload] lists, 0 is not one
three elements: RSockets\SocketClient::requestAll(): Argument #1 ($requests) must contain [RSockets\SocketClient $client, string $payload] lists, 0 is not one
keys swapped: RSockets\SocketClient::requestAll(): Argument #1 ($requests) must contain [RSockets\SocketClient $client, string $payload] lists, 0 is not one
string keys: RSockets\SocketClient::requestAll(): Argument #1 ($requests) must contain [RSockets\SocketClient $client, string $payload] lists, 0 is not one
not a client: RSockets\SocketClient::requestAll(): Argument #1 ($requests) must contain [RSockets\SocketClient $client, string $payload] lists, "k" is not one
payload not a string: RSockets\SocketClient::requestAll(): Argument #1 ($requests) must contain [RSockets\SocketClient $client, string $payload] lists, 0 is not one
same client twice: RSockets\SocketClient::requestAll(): Argument #1 ($requests) must not contain the same client twice ("first" and "again")
delimiter in a payload: RSockets\SocketClient::requestAll(): Argument #1 ($requests) must not contain a payload with its client's frame delimiter ("bad" does)
RSockets\SocketClient::requestAll(): Argument #2 ($timeout) must be a finite number greater than or equal to 0
RSockets\SocketClient::requestAll(): Argument #1 ($requests) must be of type array, string given
string(5) "after"
string(9) "after too"
int(1)
