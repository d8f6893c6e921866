--TEST--
socket_import_stream(): fsockopen() stream to the echo server; the import turns the read buffer off
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (!getenv('RSOCKETS_TCP4')) die('skip RSOCKETS_TCP4 not set'); ?>
--FILE--
<?php
[$host, $port] = explode(':', getenv('RSOCKETS_TCP4'));
$st = fsockopen($host, (int) $port, $errno, $errstr, 5);
$sock = socket_import_stream($st);
var_dump($sock instanceof Socket);
var_dump(socket_write($sock, "line one\nline two\n"));
// Unbuffered: fread() takes only what it asks for and leaves the rest to socket_read().
$first = '';
while (strlen($first) < 9 && !feof($st)) {
    $first .= fread($st, 9 - strlen($first));
}
var_dump($first);
$rest = '';
while (strlen($rest) < 9 && ($c = socket_read($sock, 100)) !== false && $c !== '') {
    $rest .= $c;
}
var_dump($rest);
?>
--EXPECT--
bool(true)
int(18)
string(9) "line one
"
string(9) "line two
"
