--TEST--
socket_import_stream(): streams that are not sockets, closed streams, wrong arguments
--EXTENSIONS--
sockets
--FILE--
<?php
function t(callable $f) {
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
t(fn() => socket_import_stream(fopen('php://memory', 'r+')));
t(fn() => socket_import_stream(STDIN));
t(fn() => socket_import_stream(fopen(__FILE__, 'r')));
$f = fopen('php://memory', 'r');
fclose($f);
t(fn() => socket_import_stream($f));
t(fn() => socket_import_stream(stream_context_create()));
t(fn() => socket_import_stream('not a resource'));
t(fn() => socket_import_stream());
var_dump(socket_last_error());
?>
--EXPECTF--
Warning: socket_import_stream(): Cannot represent a stream of type MEMORY as a Socket Descriptor in %s on line %d
bool(false)

Warning: socket_import_stream(): Cannot represent a stream of type STDIO as a Socket Descriptor in %s on line %d
bool(false)

Warning: socket_import_stream(): Cannot represent a stream of type STDIO as a Socket Descriptor in %s on line %d
bool(false)
TypeError: socket_import_stream(): supplied resource is not a valid stream resource
TypeError: socket_import_stream(): supplied resource is not a valid stream resource
TypeError: socket_import_stream(): Argument #1 ($stream) must be of type resource, string given
ArgumentCountError: socket_import_stream() expects exactly 1 argument, 0 given
int(0)
