--TEST--
socket_create_pair(): the pair assigned to typed reference properties
--EXTENSIONS--
sockets
--FILE--
<?php
class Holder {
    public array $arr = [];
    public ?array $nullable = null;
    public int $int = 5;
    public string|array $union = '';
}
$h = new Holder;
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $h->arr), count($h->arr));
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $h->nullable), count($h->nullable));
var_dump(socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $h->union), is_array($h->union));
try {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $h->int);
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
var_dump($h->int);
$ref = &$h->arr;
var_dump(socket_create_pair(AF_UNIX, SOCK_DGRAM, 0, $ref), count($h->arr));
?>
--EXPECT--
bool(true)
int(2)
bool(true)
int(2)
bool(true)
bool(true)
Cannot assign array to reference held by property Holder::$int of type int
int(5)
bool(true)
int(2)
