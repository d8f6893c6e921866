<?php
// The API as Reflection sees it: every function of the running PHP version's C extension
// (hard-coded, so a missing one shows), with its full signature, then the extension's constants with values.
$functions = [
    'socket_select', 'socket_create_listen', 'socket_accept', 'socket_set_nonblock',
    'socket_set_block', 'socket_listen', 'socket_close', 'socket_write', 'socket_read',
    'socket_getsockname', 'socket_getpeername', 'socket_create', 'socket_connect',
    'socket_strerror', 'socket_bind', 'socket_recv', 'socket_send', 'socket_recvfrom',
    'socket_sendto', 'socket_get_option', 'socket_getopt', 'socket_set_option', 'socket_setopt',
    'socket_create_pair', 'socket_shutdown', 'socket_last_error', 'socket_clear_error',
    'socket_import_stream', 'socket_export_stream', 'socket_sendmsg', 'socket_recvmsg',
    'socket_cmsg_space', 'socket_addrinfo_lookup', 'socket_addrinfo_connect',
    'socket_addrinfo_bind', 'socket_addrinfo_explain',
];
// Per version, as each version's C extension registers them (sockets.stub.php's order).
if (PHP_VERSION_ID >= 80300) {
    array_splice($functions, array_search('socket_shutdown', $functions) + 1, 0, ['socket_atmark']);
}
foreach ($functions as $f) {
    try {
        $rf = new ReflectionFunction($f);
    } catch (ReflectionException $e) {
        echo "MISSING $f: ", $e->getMessage(), "\n";
        continue;
    }
    echo $rf;
    echo '  extension: ', $rf->getExtensionName(), ', deprecated: ', var_export($rf->isDeprecated(), true),
        ', returnsReference: ', var_export($rf->returnsReference(), true),
        ', required: ', $rf->getNumberOfRequiredParameters(), '/', $rf->getNumberOfParameters(), "\n";
    foreach ($rf->getParameters() as $p) {
        echo '  $', $p->getName(), ': type ', $p->getType() ?? '-', ', byref ', var_export($p->isPassedByReference(), true),
            ', optional ', var_export($p->isOptional(), true),
            $p->isDefaultValueAvailable() ? ', default ' . ($p->isDefaultValueConstant() ? $p->getDefaultValueConstantName() : var_export($p->getDefaultValue(), true)) : '',
            ', variadic ', var_export($p->isVariadic(), true), "\n";
    }
}
