--TEST--
php/examples/legacy_client.php: sends its packet to the echo server and prints the reply
--EXTENSIONS--
sockets
--FILE--
<?php
[$host, $port] = explode(':', getenv('RSOCKETS_TCP4'));
$argv = ['legacy_client.php', $host, $port];
include __DIR__ . '/../../../php/examples/legacy_client.php';
echo "done\n";
?>
--EXPECT--
Message To server :WAW;;0029;SAMPLE;6287877180782;03
Reply From Server  :WAW;;0029;SAMPLE;6287877180782;03
done
