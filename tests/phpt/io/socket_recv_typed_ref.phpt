--TEST--
socket_recv(): \$data assigned through a typed reference
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

class Box { public int $n = 0; public ?string $s = "old"; public string $t = "keep"; }
$box = new Box;
socket_send($a, "123", 3, 0);
var_dump(socket_recv($b, $box->n, 100, MSG_PEEK), $box->n);
try { socket_recv($b, $box->n, 100, MSG_DONTWAIT | MSG_PEEK); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
socket_send($a, "abc", 3, 0);
try { socket_recv($b, $box->n, 100, 0); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($box->n);
socket_recv($b, $box->s, 100, MSG_DONTWAIT);
var_dump($box->s);
try { socket_recv($b, $box->t, 100, MSG_DONTWAIT); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($box->t);
--EXPECT--
int(3)
int(123)
Cannot assign string to reference held by property Box::$n of type int
int(123)
NULL
Cannot assign null to reference held by property Box::$t of type string
string(4) "keep"
