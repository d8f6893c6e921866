<?php
// get_extension_funcs('sockets') lists the functions in registration order; the C extension's
// order is that of sockets.stub.php.
echo implode("\n", get_extension_funcs('sockets') ?: []), "\n";
