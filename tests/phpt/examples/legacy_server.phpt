--TEST--
php/examples/legacy_server.php: started on port 0, it serves two runs of legacy_client.php and exits
--EXTENSIONS--
sockets
--SKIPIF--
<?php
if (!is_readable('/proc/self/cmdline')) die('skip needs /proc/self/cmdline to start PHP as this test runs');
?>
--FILE--
<?php
// Start the server with the same PHP binary and options as this test (so with the same sockets
// extension): this process's command line up to the script.
$cmdline = explode("\0", rtrim(file_get_contents('/proc/self/cmdline'), "\0"));
$self = realpath($_SERVER['SCRIPT_FILENAME']);
$cmd = [];
foreach ($cmdline as $arg) {
    if ($arg === '-f' || @realpath($arg) === $self) {
        break;
    }
    $cmd[] = $arg;
}
$cmd[0] = PHP_BINARY;
array_push($cmd, __DIR__ . '/../../../php/examples/legacy_server.php', '2', '127.0.0.1', '0');

$server = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$first = fgets($pipes[1]);
if (!preg_match('/^Listening on 127\.0\.0\.1:([1-9][0-9]*)$/', rtrim($first), $m)) {
    die('server did not start: ' . $first . stream_get_contents($pipes[2]));
}
echo "server: Listening on 127.0.0.1:PORT\n";

for ($i = 0; $i < 2; $i++) {
    $argv = ['legacy_client.php', '127.0.0.1', $m[1]];
    include __DIR__ . '/../../../php/examples/legacy_client.php';
}
echo 'server: ', stream_get_contents($pipes[1]);
echo 'server stderr: ', stream_get_contents($pipes[2]), "\n";
var_dump(proc_close($server));
?>
--EXPECT--
server: Listening on 127.0.0.1:PORT
Message To server :WAW;;0029;SAMPLE;6287877180782;03
Reply From Server  :WAW;;0029;SAMPLE;6287877180782;03
Message To server :WAW;;0029;SAMPLE;6287877180782;03
Reply From Server  :WAW;;0029;SAMPLE;6287877180782;03
server: Received: WAW;;0029;SAMPLE;6287877180782;03
Received: WAW;;0029;SAMPLE;6287877180782;03
Served 2 connection(s)
server stderr: 
int(0)
