<?php
// Signatures of the four functions (the aliases have their own arginfo, identical).
foreach (['socket_get_option', 'socket_getopt', 'socket_set_option', 'socket_setopt'] as $f) {
    $r = new ReflectionFunction($f);
    echo $f, ': ', $r->getNumberOfParameters(), '/', $r->getNumberOfRequiredParameters(), ' -> ', $r->getReturnType(), "\n";
    foreach ($r->getParameters() as $p) {
        echo '  $', $p->getName(), ' ', $p->getType() ?? '(none)', $p->isPassedByReference() ? ' &' : '', $p->isOptional() ? ' optional' : '', "\n";
    }
    echo '  internal ', var_export($r->isInternal(), true), ', extension ', $r->getExtensionName(), "\n";
}
$fs = get_extension_funcs('sockets');
$i = array_search('socket_get_option', $fs);
var_dump(array_slice($fs, $i, 4));
