--TEST--
socket_set_option(): IP_MULTICAST_TTL (0..255) and IP_MULTICAST_LOOP (any value as bool)
--EXTENSIONS--
sockets
--FILE--
<?php
$u = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
foreach ([0, 255, "9", 3.7] as $v) {
    var_dump(socket_set_option($u, IPPROTO_IP, IP_MULTICAST_TTL, $v), socket_get_option($u, IPPROTO_IP, IP_MULTICAST_TTL));
}
foreach ([-1, 256, "300"] as $v) {
    try {
        socket_set_option($u, IPPROTO_IP, IP_MULTICAST_TTL, $v);
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}
foreach ([0, "a", [], [0], null] as $v) {
    var_dump(socket_set_option($u, IPPROTO_IP, IP_MULTICAST_LOOP, $v), socket_get_option($u, IPPROTO_IP, IP_MULTICAST_LOOP));
}
?>
--EXPECTF--
bool(true)
int(0)
bool(true)
int(255)
bool(true)
int(9)
bool(true)
int(3)
socket_set_option(): Argument #4 ($value) must be between 0 and 255
socket_set_option(): Argument #4 ($value) must be between 0 and 255
socket_set_option(): Argument #4 ($value) must be between 0 and 255
bool(true)
int(0)
bool(true)
int(1)
bool(true)
int(0)
bool(true)
int(1)
bool(true)
int(0)
