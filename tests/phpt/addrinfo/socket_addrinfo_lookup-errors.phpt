--TEST--
socket_addrinfo_lookup(): argument errors, unknown hint keys, failed lookups
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80500) die('skip PHP < 8.5 (socket_addrinfo_lookup-errors-85.phpt from 8.5)'); ?>
--FILE--
<?php
function t(callable $f) {
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
t(fn() => socket_addrinfo_lookup('127.0.0.1', null, ['ai_flags' => 0, 'foo' => 1]));
t(fn() => socket_addrinfo_lookup('127.0.0.1', null, ['AI_FAMILY' => AF_INET]));
t(fn() => socket_addrinfo_lookup());
t(fn() => socket_addrinfo_lookup([]));
t(fn() => socket_addrinfo_lookup('127.0.0.1', []));
t(fn() => socket_addrinfo_lookup('127.0.0.1', null, 1));
t(fn() => socket_addrinfo_lookup('127.0.0.1', null, [], 1));
// getaddrinfo() failures are a plain false, with no warning and no last error.
t(fn() => socket_addrinfo_lookup('not-an-address', null, ['ai_flags' => AI_NUMERICHOST]));
t(fn() => socket_addrinfo_lookup('127.0.0.1', 'no-such-service-name', ['ai_flags' => AI_NUMERICSERV]));
t(fn() => socket_addrinfo_lookup('127.0.0.1', null, ['ai_socktype' => 12345]));
t(fn() => socket_addrinfo_lookup('127.0.0.1', null, ['ai_family' => 12345]));
var_dump(socket_last_error());
?>
--EXPECT--
ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
ValueError: socket_addrinfo_lookup(): Argument #3 ($hints) must only contain array keys "ai_flags", "ai_socktype", "ai_protocol", or "ai_family"
ArgumentCountError: socket_addrinfo_lookup() expects at least 1 argument, 0 given
TypeError: socket_addrinfo_lookup(): Argument #1 ($host) must be of type string, array given
TypeError: socket_addrinfo_lookup(): Argument #2 ($service) must be of type ?string, array given
TypeError: socket_addrinfo_lookup(): Argument #3 ($hints) must be of type array, int given
ArgumentCountError: socket_addrinfo_lookup() expects at most 3 arguments, 4 given
bool(false)
bool(false)
bool(false)
bool(false)
int(0)
