--TEST--
Socket: a class cannot extend it
--EXTENSIONS--
sockets
--FILE--
<?php
eval('class MySocket extends Socket {}');
echo "not reached\n";
?>
--EXPECTF--

Fatal error: Class MySocket cannot extend final class Socket in %s(2) : eval()'d code on line %d
