//! socket_* functions of the `addrinfo` family (being written).

use crate::zend::arginfo::Func;

pub const FUNCTIONS: &[Func] = &[];

/// Registers `AddressInfo` (MINIT).
///
/// # Safety
/// Call during MINIT only.
pub unsafe fn register() {}
