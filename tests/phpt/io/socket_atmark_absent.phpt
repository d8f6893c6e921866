--TEST--
socket_atmark() does not exist before PHP 8.3, as in the C extension
--EXTENSIONS--
sockets
--SKIPIF--
<?php
if (PHP_VERSION_ID >= 80300) die('skip socket_atmark() exists from PHP 8.3');
?>
--FILE--
<?php
var_dump(function_exists('socket_atmark'), defined('TCP_QUICKACK'), defined('SOCK_NONBLOCK'), defined('AF_PACKET'));
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(false)
