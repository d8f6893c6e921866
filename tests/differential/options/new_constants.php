<?php
// The socket options whose constants PHP 8.3, 8.4 and 8.5 added, through socket_set_option and
// socket_get_option on the version that has them (plain integer options, and
// SO_ATTACH_REUSEPORT_CBPF, which C turns into a classic BPF program).
$tcp = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
$udp = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
$try = function (string $what, Socket $s, int $level, string $name, $value = null) {
    if (!defined($name)) {
        echo "$what $name: not defined\n";
        return;
    }
    $opt = constant($name);
    if (func_num_args() > 4) {
        echo "$what set $name = ", json_encode($value), ': ';
        var_dump(socket_set_option($s, $level, $opt, $value));
    }
    echo "$what get $name: ";
    var_dump(socket_get_option($s, $level, $opt));
};
// 8.3
$try('tcp', $tcp, SOL_TCP, 'TCP_QUICKACK', 1);
$try('tcp', $tcp, IPPROTO_IP, 'IP_BIND_ADDRESS_NO_PORT', 1);
$try('udp', $udp, IPPROTO_IP, 'IP_MTU_DISCOVER');
if (defined('IP_PMTUDISC_PROBE')) {
    $try('udp', $udp, IPPROTO_IP, 'IP_MTU_DISCOVER', IP_PMTUDISC_PROBE);
    $try('udp', $udp, IPPROTO_IP, 'IP_MTU_DISCOVER', IP_PMTUDISC_DONT);
}
if (defined('SO_ATTACH_REUSEPORT_CBPF')) {
    $try('udp', $udp, SOL_SOCKET, 'SO_REUSEPORT', 1);
    $try('udp', $udp, SOL_SOCKET, 'SO_ATTACH_REUSEPORT_CBPF', SKF_AD_CPU);
    $try('udp', $udp, SOL_SOCKET, 'SO_ATTACH_REUSEPORT_CBPF', SKF_AD_QUEUE);
    $try('udp', $udp, SOL_SOCKET, 'SO_ATTACH_REUSEPORT_CBPF', SKF_AD_MARK);
    $try('udp', $udp, SOL_SOCKET, 'SO_ATTACH_REUSEPORT_CBPF', "1x");
    $try('udp', $udp, SOL_SOCKET, 'SO_ATTACH_REUSEPORT_CBPF', 0);
    $try('udp', $udp, SOL_SOCKET, 'SO_DETACH_FILTER', 1);
}
// 8.4
$try('tcp', $tcp, SOL_TCP, 'TCP_SYNCNT', 3);
$try('tcp', $tcp, SOL_SOCKET, 'SO_BINDTOIFINDEX', 0);
// 8.5
$try('udp', $udp, SOL_SOCKET, 'SO_BUSY_POLL', 0);
$try('udp', $udp, SOL_UDP, 'UDP_SEGMENT', 1200);
$try('udp', $udp, SOL_UDP, 'UDP_SEGMENT', 0);
echo socket_last_error($tcp), ' ', socket_last_error($udp), "\n";
