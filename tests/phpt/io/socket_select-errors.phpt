--TEST--
socket_select(): argument errors
--EXTENSIONS--
sockets
--FILE--
<?php
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $p);
[$a, $b] = $p;

$n = null;
foreach ([[1], ['a' => $a, 'b' => "str"], [new stdClass], [null]] as $arr) {
    try { socket_select($arr, $n, $n, 0); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
$ok = [$a]; $bad = [1.5];
try { socket_select($ok, $bad, $n, 0); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { socket_select($n, $n, $bad, 0); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$empty = [];
try { socket_select($empty, $n, $n, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { socket_select($n, $n, $n, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$str = "x";
try { socket_select($str, $n, $n, 0); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { socket_select($ok, $n, $n); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { socket_select($ok, $n, $n, "soon"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
socket_close($b);
$closed = [$a, $b];
try { socket_select($closed, $n, $n, 0); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(count($closed));
--EXPECT--
socket_select(): Argument #1 ($read) must only have elements of type Socket, int given
socket_select(): Argument #1 ($read) must only have elements of type Socket, string given
socket_select(): Argument #1 ($read) must only have elements of type Socket, stdClass given
socket_select(): Argument #1 ($read) must only have elements of type Socket, null given
socket_select(): Argument #2 ($write) must only have elements of type Socket, float given
socket_select(): Argument #3 ($except) must only have elements of type Socket, float given
socket_select(): At least one array argument must be passed
socket_select(): At least one array argument must be passed
socket_select(): Argument #1 ($read) must be of type ?array, string given
socket_select() expects at least 4 arguments, 3 given
socket_select(): Argument #4 ($seconds) must be of type ?int, string given
TypeError: socket_select(): Argument #1 ($read) contains a closed socket
int(2)
