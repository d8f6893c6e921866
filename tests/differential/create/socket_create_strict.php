<?php
declare(strict_types=1);
// socket_create() under strict_types: every non-int argument is a TypeError.
require __DIR__ . '/../_lib.php';

attempt('"2"', fn() => socket_create("2", SOCK_STREAM, 0));
attempt('2.0', fn() => socket_create(2.0, SOCK_STREAM, 0));
attempt('true', fn() => socket_create(AF_INET, true, 0));
attempt('null', fn() => socket_create(AF_INET, SOCK_STREAM, null));
attempt('int', fn() => get_class(socket_create(AF_INET, SOCK_STREAM, 0)));
attempt('create_listen "0"', fn() => socket_create_listen("0"));
attempt('create_listen backlog 1.0', fn() => socket_create_listen(0, 1.0));
attempt('create_pair "1"', function () { return socket_create_pair(AF_UNIX, "1", 0, $p); });
attempt('set_nonblock int', fn() => socket_set_nonblock(1));
attempt('strerror "1"', fn() => socket_strerror("1"));
attempt('write int data', fn() => socket_write(socket_create(AF_INET, SOCK_STREAM, 0), 5));
attempt('read "10"', fn() => socket_read(socket_create(AF_INET, SOCK_STREAM, 0), "10"));
attempt('bind int address', fn() => socket_bind(socket_create(AF_INET, SOCK_STREAM, 0), 127));
attempt('connect port "1"', fn() => socket_connect(socket_create(AF_INET, SOCK_STREAM, 0), '127.0.0.1', "1"));
attempt('shutdown mode "2"', fn() => socket_shutdown(socket_create(AF_INET, SOCK_STREAM, 0), "2"));
attempt('last_error null', fn() => socket_last_error(null));
