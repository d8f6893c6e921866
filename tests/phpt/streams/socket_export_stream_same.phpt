--TEST--
socket_export_stream(): exporting twice gives the same stream; importing it back gives a new Socket
--EXTENSIONS--
sockets
--FILE--
<?php
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$st1 = socket_export_stream($s);
$st2 = socket_export_stream($s);
var_dump($st1 === $st2, (int) $st1 === (int) $st2);
$again = socket_import_stream($st1);
var_dump($again instanceof Socket, $again !== $s);
var_dump(socket_export_stream($again) === $st1);
try {
    socket_export_stream(STDIN);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
socket_close($s);
try {
    socket_export_stream($s);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
socket_export_stream(): Argument #1 ($socket) must be of type Socket, resource given
socket_export_stream(): Argument #1 ($socket) has already been closed
