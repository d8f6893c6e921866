--TEST--
socket_recv(): PHP_INT_MAX passes the length check and fails to allocate, as in C
--EXTENSIONS--
sockets
--SKIPIF--
<?php
// The engine's allocator reports the failure; under USE_ZEND_ALLOC=0 (valgrind runs) malloc does.
if (getenv('USE_ZEND_ALLOC') === '0') die('skip needs the Zend allocator');
?>
--INI--
memory_limit=128M
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
socket_write($p[0], "x");
echo "before\n";
socket_recv($p[1], $d, PHP_INT_MAX, 0);
echo "not reached\n";
--EXPECTF--
before
%Aexhausted (tried to allocate %d bytes)%A
