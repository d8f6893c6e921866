<?php
// Used by run.sh, not a test: copies output file $argv[1] to $argv[2] with what must differ
// between two runs replaced by placeholders. DIFF_VARS names the environment variables whose
// values are replaced by {NAME}; a value ending in :PORT also has that port replaced by
// {NAME:port} wherever it stands alone as a number. strtr() replaces the longest match first,
// so a value that is a prefix of another is safe.
$map = [];
$ports = [];
foreach (explode(' ', (string) getenv('DIFF_VARS')) as $var) {
    $value = getenv($var);
    if ($value === false || $value === '') {
        continue;
    }
    $map[$value] = '{' . $var . '}';
    if (preg_match('/:([0-9]+)$/', $value, $m)) {
        $ports[$m[1]] = '{' . $var . ':port}';
    }
}
$out = strtr((string) file_get_contents($argv[1]), $map);
foreach ($ports as $port => $name) {
    $out = preg_replace('/(?<![0-9])' . $port . '(?![0-9])/', $name, $out);
}
file_put_contents($argv[2], $out);
