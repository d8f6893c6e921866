--TEST--
SocketClient: the exception classes extend \RuntimeException and behave like any PHP exception
--EXTENSIONS--
sockets
--SKIPIF--
<?php if (!class_exists('RSockets\SocketClient')) die('skip'); ?>
--FILE--
<?php
namespace RSockets;
foreach (['SocketException', 'ConnectException', 'TimeoutException', 'ConnectionClosedException', 'ProtocolException'] as $n) {
    $c = "RSockets\\$n";
    echo $n, ': ', get_parent_class($c), "\n";
}
$e = new TimeoutException("slow", 110);
var_dump($e->getMessage(), $e->getCode(), $e->getLine(), basename($e->getFile()));
function f() { throw new ProtocolException("bad"); }
try { f(); } catch (SocketException $e) { var_dump($e->getTrace()[0]['function']); }
class MyError extends ConnectException {}
var_dump(new MyError('x') instanceof \RuntimeException);
var_dump((new \ReflectionClass(SocketClient::class))->isFinal());
?>
--EXPECT--
SocketException: RuntimeException
ConnectException: RSockets\SocketException
TimeoutException: RSockets\SocketException
ConnectionClosedException: RSockets\SocketException
ProtocolException: RSockets\SocketException
string(4) "slow"
int(110)
int(7)
string(27) "SocketClient_exceptions.php"
string(10) "RSockets\f"
bool(true)
bool(true)
