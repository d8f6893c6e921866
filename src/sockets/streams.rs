//! socket_* functions of the `streams` family (being written).

use crate::zend::arginfo::Func;

pub const FUNCTIONS: &[Func] = &[];
