--TEST--
runner self-test: the echo server's addresses reach the test through the environment
--DESCRIPTION--
Checks docker/run-tests.sh, not the extension: it exports the echo server's endpoints to every
test, and run-tests.php hands its environment on to the test process. Uses streams only, so it
passes whether or not module sockets is loaded.
--FILE--
<?php
$tcp4 = getenv('RSOCKETS_TCP4');
var_dump(is_string($tcp4) && preg_match('/^127\.0\.0\.1:[1-9][0-9]*$/', $tcp4) === 1);
var_dump(is_file((string) getenv('RSOCKETS_ECHO_BIN')));
var_dump(file_exists((string) getenv('RSOCKETS_UNIX')));
// Unset (false) when ::1 is unavailable, a [::1]:port address otherwise.
$tcp6 = getenv('RSOCKETS_TCP6');
var_dump($tcp6 === false || preg_match('/^\[::1\]:[1-9][0-9]*$/', $tcp6) === 1);

$c = stream_socket_client("tcp://$tcp4", $errno, $errstr, 5);
if ($c === false) {
    die("connect to $tcp4 failed: [$errno] $errstr\n");
}
stream_set_timeout($c, 5);
$msg = "hello rsockets\n";
var_dump(fwrite($c, $msg));
$echoed = '';
while (strlen($echoed) < strlen($msg) && !feof($c) && !stream_get_meta_data($c)['timed_out']) {
    $echoed .= fread($c, 1024);
}
var_dump($echoed === $msg);
fclose($c);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
int(15)
bool(true)
