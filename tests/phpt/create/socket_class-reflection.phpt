--TEST--
Socket: ReflectionClass
--EXTENSIONS--
sockets
--FILE--
<?php
echo new ReflectionClass('Socket');
$rc = new ReflectionClass('Socket');
var_dump($rc->isFinal(), $rc->isInternal(), $rc->isCloneable(), $rc->getExtensionName(), $rc->getConstructor());
?>
--EXPECT--
Class [ <internal:sockets> final class Socket ] {

  - Constants [0] {
  }

  - Static properties [0] {
  }

  - Static methods [0] {
  }

  - Properties [0] {
  }

  - Methods [0] {
  }
}
bool(true)
bool(true)
bool(false)
string(7) "sockets"
NULL
