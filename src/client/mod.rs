//! `RSockets\SocketClient`: the high-level client. `core` (addresses, connect, deadlines, full
//! writes, frames), `framing` (the codec), `pool` (persistent connections), `multi` (the
//! `requestAll()` poll loop), `options` (checking the options array) and `session` (one client's
//! connection, statistics and pool hand-back), `transport` (where bytes leave and arrive: the
//! socket, plain or under a rustls session) and `tls` (the TLS options, configuration,
//! certificate verifier and error wording) are PHP-free; `php` is the Zend binding.

pub mod core;
pub mod framing;
pub mod multi;
mod options;
mod php;
pub mod pool;
mod session;
pub mod tls;
pub mod transport;

use crate::zend::arginfo::Func;

/// Namespaced functions of the client, if any (none: the client is a class).
pub const FUNCTIONS: &[Func] = &[];

/// Registers the `RSockets\*` classes (MINIT).
///
/// # Safety
/// Call during MINIT only.
pub unsafe fn register() {
    php::register();
}

#[cfg(test)]
mod tls_tests;
