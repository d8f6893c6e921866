<?php
// The classes of module sockets as Reflection prints them.
foreach (['Socket', 'AddressInfo'] as $class) {
    try {
        echo new ReflectionClass($class);
    } catch (ReflectionException $e) {
        echo "MISSING $class: ", $e->getMessage(), "\n";
    }
}
