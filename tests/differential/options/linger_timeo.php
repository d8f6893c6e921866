<?php
// SO_LINGER and SO_RCVTIMEO/SO_SNDTIMEO: arrays in and out, weak coercion of the elements,
// missing keys, non-array values.
function show(string $what, callable $f) {
    try {
        $r = $f();
        echo "$what: "; var_dump($r);
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
show('get linger', fn() => socket_get_option($s, SOL_SOCKET, SO_LINGER));
show('set linger', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 5]));
show('get linger', fn() => socket_get_option($s, SOL_SOCKET, SO_LINGER));
show('set linger strings', fn() => socket_setopt($s, SOL_SOCKET, SO_LINGER, ['l_linger' => "7", 'l_onoff' => "1"]));
show('getopt linger', fn() => socket_getopt($s, SOL_SOCKET, SO_LINGER));
show('set linger floats/bools', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => true, 'l_linger' => 2.9]));
show('get linger', fn() => socket_get_option($s, SOL_SOCKET, SO_LINGER));
show('set linger 65536+3 (unsigned short)', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 65537, 'l_linger' => 65539]));
show('get linger', fn() => socket_get_option($s, SOL_SOCKET, SO_LINGER));
show('set linger off', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 0, 'l_linger' => 0]));
show('set linger null elements', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => null, 'l_linger' => [1]]));
show('set linger junk strings', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => "abc", 'l_linger' => "12abc"]));
show('get linger', fn() => socket_get_option($s, SOL_SOCKET, SO_LINGER));
show('set linger object element', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => new stdClass, 'l_linger' => 1]));
show('missing l_onoff', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_linger' => 1]));
show('missing l_linger', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1]));
show('linger int value', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, 1));
show('linger string value', fn() => socket_setopt($s, SOL_SOCKET, SO_LINGER, "l_onoff"));
show('linger null value', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, null));
$o = new stdClass; $o->l_onoff = 1; $o->l_linger = 4;
show('linger object value', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, $o));
show('get linger', fn() => socket_get_option($s, SOL_SOCKET, SO_LINGER));
show('linger with int keys', fn() => socket_set_option($s, SOL_SOCKET, SO_LINGER, [1, 2]));

foreach ([SO_RCVTIMEO, SO_SNDTIMEO] as $opt) {
    echo "--- option $opt\n";
    show('get', fn() => socket_get_option($s, SOL_SOCKET, $opt));
    show('set', fn() => socket_set_option($s, SOL_SOCKET, $opt, ['sec' => 2, 'usec' => 500000]));
    show('get', fn() => socket_get_option($s, SOL_SOCKET, $opt));
    show('set strings', fn() => socket_set_option($s, SOL_SOCKET, $opt, ['usec' => "250000", 'sec' => "1"]));
    show('get', fn() => socket_get_option($s, SOL_SOCKET, $opt));
    show('set usec too big', fn() => socket_set_option($s, SOL_SOCKET, $opt, ['sec' => 0, 'usec' => 1000000]));
    echo socket_last_error($s), "\n";
    show('set negative', fn() => socket_set_option($s, SOL_SOCKET, $opt, ['sec' => -1, 'usec' => 0]));
    show('get', fn() => socket_get_option($s, SOL_SOCKET, $opt));
    show('missing sec', fn() => socket_set_option($s, SOL_SOCKET, $opt, ['usec' => 1]));
    show('missing usec', fn() => socket_set_option($s, SOL_SOCKET, $opt, ['sec' => 1]));
    show('int value', fn() => socket_set_option($s, SOL_SOCKET, $opt, 5));
    show('set zero', fn() => socket_set_option($s, SOL_SOCKET, $opt, ['sec' => 0, 'usec' => 0]));
    show('get', fn() => socket_get_option($s, SOL_SOCKET, $opt));
}
// The array keys are level-independent in C: SO_RCVTIMEO's number at another level still
// wants an array.
show('udp level, optname 20', fn() => socket_set_option($s, SOL_UDP, SO_RCVTIMEO, 5));
show('udp level, optname 13', fn() => socket_set_option($s, SOL_UDP, SO_LINGER, []));
var_dump(socket_last_error($s));
