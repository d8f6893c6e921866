<?php
require __DIR__ . "/../_lib.php";

// PHP 8.3+: TypeErrors name true/false where 8.2 says bool.
foreach (['true' => true, 'false' => false, 'object' => new stdClass, 'null' => null, 'int' => 1, 'string' => "x"] as $k => $v) {
    attempt("select $k", function () use ($v) { $r = [$v]; $w = null; $e = null; return socket_select($r, $w, $e, 0); });
}
