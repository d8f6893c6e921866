--TEST--
socket_strerror(): errno texts
--EXTENSIONS--
sockets
--FILE--
<?php
foreach ([0, 1, 11, 22, 32, 98, 104, 110, 111, 100000, -1, 2147483647] as $code) {
    var_dump(socket_strerror($code));
}
var_dump(socket_strerror(SOCKET_ECONNREFUSED), socket_strerror("111"), socket_strerror(111.0));
?>
--EXPECT--
string(7) "Success"
string(23) "Operation not permitted"
string(32) "Resource temporarily unavailable"
string(16) "Invalid argument"
string(11) "Broken pipe"
string(22) "Address already in use"
string(24) "Connection reset by peer"
string(20) "Connection timed out"
string(18) "Connection refused"
string(20) "Unknown error 100000"
string(16) "Unknown error -1"
string(24) "Unknown error 2147483647"
string(18) "Connection refused"
string(18) "Connection refused"
string(18) "Connection refused"
