--TEST--
socket_addrinfo_connect(): to the echo server (TCP, IPv4)
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (!getenv('RSOCKETS_TCP4')) die('skip RSOCKETS_TCP4 not set'); ?>
--FILE--
<?php
[$host, $port] = explode(':', getenv('RSOCKETS_TCP4'));
$ai = socket_addrinfo_lookup($host, $port, ['ai_family' => AF_INET, 'ai_socktype' => SOCK_STREAM]);
$c = socket_addrinfo_connect($ai[0]);
var_dump($c instanceof Socket);
var_dump(socket_write($c, "echo me\n"));
$got = '';
while (strlen($got) < 8 && ($chunk = socket_read($c, 100)) !== false && $chunk !== '') {
    $got .= $chunk;
}
var_dump($got);
?>
--EXPECT--
bool(true)
int(8)
string(8) "echo me
"
