//! socket_* functions of the `select` family (being written).

use crate::zend::arginfo::Func;

pub const FUNCTIONS: &[Func] = &[];
