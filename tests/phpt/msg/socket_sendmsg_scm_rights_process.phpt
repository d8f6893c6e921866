--TEST--
socket_sendmsg()/socket_recvmsg(): SCM_RIGHTS passes a Socket object and a stream to another process
--EXTENSIONS--
sockets
--DESCRIPTION--
The C extension writes a Socket object's descriptor one slot too far and sends descriptor 0 in
its place; rsockets sends the socket itself, which the child receives as a Socket object.
--FILE--
<?php
$dir = sys_get_temp_dir();
$path = "$dir/rsockets-msg-rights-" . getmypid() . ".sock";
$childScript = "$dir/rsockets-msg-rights-" . getmypid() . ".php";
@unlink($path);
file_put_contents($childScript, <<<'CHILD'
<?php
$c = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_connect($c, $argv[1]));
$m = ['controllen' => socket_cmsg_space(SOL_SOCKET, SCM_RIGHTS, 2)];
var_dump(socket_recvmsg($c, $m), $m['iov']);
[$sock, $file] = $m['control'][0]['data'];
var_dump($sock instanceof Socket, get_resource_type($file));
var_dump(socket_getsockname($sock, $addr), $addr);
var_dump(socket_write($sock, "hello through the passed socket"));
var_dump(fgets($file));
CHILD);

$l = socket_create(AF_UNIX, SOCK_STREAM, 0);
var_dump(socket_bind($l, $path), socket_listen($l));

$cmd = escapeshellarg(PHP_BINARY) . ' ' . (getenv('TEST_PHP_EXTRA_ARGS') ?: '') . ' '
    . escapeshellarg($childScript) . ' ' . escapeshellarg($path);
$proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);

$conn = socket_accept($l);
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair));
$f = tmpfile();
fwrite($f, "a line from the parent's file\n");
rewind($f);
var_dump(socket_sendmsg($conn, [
    'iov' => ['fds'],
    'control' => [['level' => SOL_SOCKET, 'type' => SCM_RIGHTS, 'data' => [$pair[0], $f]]],
]));
var_dump(socket_read($pair[1], 100));

echo "--- child ---\n";
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]);
var_dump(proc_close($proc));
?>
--CLEAN--
<?php
$dir = sys_get_temp_dir();
foreach (glob("$dir/rsockets-msg-rights-*") as $f) @unlink($f);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
int(3)
string(31) "hello through the passed socket"
--- child ---
bool(true)
int(3)
array(1) {
  [0]=>
  string(3) "fds"
}
bool(true)
string(6) "stream"
bool(true)
string(0) ""
int(31)
string(30) "a line from the parent's file
"
int(0)
