<?php
// socket_strerror(): errno texts, host-lookup codes (< -10000), out-of-range ValueErrors (C 8.3.6,
// before php-src PR 16270, truncates the code to int instead: socket_strerror.php8.3.6.intended).
require __DIR__ . '/../_lib.php';

foreach ([0, 1, 2, 4, 11, 13, 22, 32, 88, 98, 99, 104, 110, 111, 113, 115, 133, 134, 200, 1000, 100000, -1, -2,
          -10000, -10001, -10002, -10003, -10004, -10005, -10006, -11000, PHP_INT_MIN >> 33, 2147483647, -2147483648] as $code) {
    show("socket_strerror($code)", socket_strerror($code));
}
attempt('2147483648', fn() => socket_strerror(2147483648));
attempt('-2147483649', fn() => socket_strerror(-2147483649));
attempt('PHP_INT_MAX', fn() => socket_strerror(PHP_INT_MAX));
attempt('PHP_INT_MIN', fn() => socket_strerror(PHP_INT_MIN));
attempt('"111"', fn() => socket_strerror("111"));
attempt('"x"', fn() => socket_strerror("x"));
attempt('111.0', fn() => socket_strerror(111.0));
attempt('null', fn() => socket_strerror(null));
attempt('no args', fn() => socket_strerror());
attempt('two args', fn() => socket_strerror(1, 2));
show('constant SOCKET_ECONNREFUSED', socket_strerror(SOCKET_ECONNREFUSED));
show('constant SOCKET_EAGAIN', socket_strerror(SOCKET_EAGAIN));
