//! socket_* functions of the `options` family (being written).

use crate::zend::arginfo::Func;

pub const FUNCTIONS: &[Func] = &[];
