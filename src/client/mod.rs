//! `RSockets\SocketClient`: the high-level client (being written).

use crate::zend::arginfo::Func;

/// Namespaced functions of the client, if any (none: the client is a class).
pub const FUNCTIONS: &[Func] = &[];

/// Registers the `RSockets\*` classes (MINIT).
///
/// # Safety
/// Call during MINIT only.
pub unsafe fn register() {}
