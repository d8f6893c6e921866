--TEST--
socket_strerror(): codes below -10000 are resolver (h_errno) errors
--EXTENSIONS--
sockets
--FILE--
<?php
foreach ([-10000, -10001, -10002, -10003, -10004, -10005, -11000, -2147483647] as $code) {
    var_dump(socket_strerror($code));
}
?>
--EXPECT--
string(20) "Unknown error -10000"
string(12) "Unknown host"
string(24) "Host name lookup failure"
string(20) "Unknown server error"
string(31) "No address associated with name"
string(22) "Unknown resolver error"
string(22) "Unknown resolver error"
string(22) "Unknown resolver error"
