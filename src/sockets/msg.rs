//! socket_* functions of the `msg` family (being written).

use crate::zend::arginfo::Func;

pub const FUNCTIONS: &[Func] = &[];
