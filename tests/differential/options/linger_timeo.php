<?php
// SO_LINGER and SO_RCVTIMEO/SO_SNDTIMEO: arrays in and out, weak coercion of the elements,
// missing keys, non-array values.
require __DIR__ . '/../_lib.php';
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
attempt('get linger', fn() => socket_get_option($s, SOL_SOCKET, SO_LINGER));
attempt('set linger', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 5]));
attempt('get linger', fn() => socket_get_option($s, SOL_SOCKET, SO_LINGER));
attempt('set linger strings', fn() => socket_setopt($s, SOL_SOCKET, SO_LINGER, ['l_linger' => "7", 'l_onoff' => "1"]));
attempt('getopt linger', fn() => socket_getopt($s, SOL_SOCKET, SO_LINGER));
attempt('set linger floats/bools', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => true, 'l_linger' => 2.9]));
attempt('get linger', fn() => socket_get_option($s, SOL_SOCKET, SO_LINGER));
attempt('set linger 65536+3 (unsigned short)', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 65537, 'l_linger' => 65539]));
attempt('get linger', fn() => socket_get_option($s, SOL_SOCKET, SO_LINGER));
attempt('set linger off', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 0, 'l_linger' => 0]));
attempt('set linger null elements', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => null, 'l_linger' => [1]]));
attempt('set linger junk strings', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => "abc", 'l_linger' => "12abc"]));
attempt('get linger', fn() => socket_get_option($s, SOL_SOCKET, SO_LINGER));
attempt('set linger object element', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => new stdClass, 'l_linger' => 1]));
attempt('missing l_onoff', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_linger' => 1]));
attempt('missing l_linger', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1]));
attempt('linger int value', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, 1));
attempt('linger string value', fn() => socket_setopt($s, SOL_SOCKET, SO_LINGER, "l_onoff"));
attempt('linger null value', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, null));
$o = new stdClass; $o->l_onoff = 1; $o->l_linger = 4;
attempt('linger object value', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, $o));
attempt('get linger', fn() => socket_get_option($s, SOL_SOCKET, SO_LINGER));
attempt('linger with int keys', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, [1, 2]));

foreach ([SO_RCVTIMEO, SO_SNDTIMEO] as $opt) {
    echo "--- option $opt\n";
    attempt('get', fn() => socket_get_option($s, SOL_SOCKET, $opt));
    attempt('set', fn() => socket_set_option($s, SOL_SOCKET, $opt, ['sec' => 2, 'usec' => 500000]));
    attempt('get', fn() => socket_get_option($s, SOL_SOCKET, $opt));
    attempt('set strings', fn() => socket_set_option($s, SOL_SOCKET, $opt, ['usec' => "250000", 'sec' => "1"]));
    attempt('get', fn() => socket_get_option($s, SOL_SOCKET, $opt));
    attempt('set usec too big', fn() => socket_set_option($s, SOL_SOCKET, $opt, ['sec' => 0, 'usec' => 1000000]));
    echo socket_last_error($s), "\n";
    attempt('set negative', fn() => socket_set_option($s, SOL_SOCKET, $opt, ['sec' => -1, 'usec' => 0]));
    attempt('get', fn() => socket_get_option($s, SOL_SOCKET, $opt));
    attempt('missing sec', fn() => socket_set_option($s, SOL_SOCKET, $opt, ['usec' => 1]));
    attempt('missing usec', fn() => socket_set_option($s, SOL_SOCKET, $opt, ['sec' => 1]));
    attempt('int value', fn() => socket_set_option($s, SOL_SOCKET, $opt, 5));
    attempt('set zero', fn() => socket_set_option($s, SOL_SOCKET, $opt, ['sec' => 0, 'usec' => 0]));
    attempt('get', fn() => socket_get_option($s, SOL_SOCKET, $opt));
}
// The array keys are level-independent in C: SO_RCVTIMEO's number at another level still
// wants an array.
attempt('udp level, optname 20', fn() => socket_set_option($s, SOL_UDP, SO_RCVTIMEO, 5));
attempt('udp level, optname 13', fn() => socket_set_option($s, SOL_UDP, SO_LINGER, []));
var_dump(socket_last_error($s));
