//! The ext/sockets functions, one file per family, each a thin translation between the Zend
//! layer (`crate::zend`) and the PHP-free core (`crate::net`).

use std::cell::Cell;

use crate::zend::arginfo::Func;
use crate::zend::error;

pub mod addrinfo;
pub mod class;
pub mod create;
pub mod errors;
pub mod io;
pub mod msg;
pub mod msg_convert;
pub mod options;
pub mod select;
pub mod streams;
pub mod streams_hook;

pub use class::{new_socket, socket_ce, PhpSocket};

thread_local! {
    /// `SOCKETS_G(last_error)`: per thread, as module globals are under ZTS.
    static LAST_ERROR: Cell<i32> = const { Cell::new(0) };
}

/// `SOCKETS_G(last_error)`.
#[inline]
pub fn last_error() -> i32 {
    LAST_ERROR.with(|c| c.get())
}

/// `SOCKETS_G(last_error) = e`.
#[inline]
pub fn set_last_error(e: i32) {
    LAST_ERROR.with(|c| c.set(e));
}

/// The warning part of `PHP_SOCKET_ERROR`: `"{msg} [{errno}]: {strerror}"`, unless transient.
pub fn warn_errno(msg: &str, errno: i32) {
    if !crate::net::is_transient(errno) {
        error::warning(&format!("{msg} [{errno}]: {}", crate::net::strerror(errno)));
    }
}

/// Defines a `zif_handler` whose body runs inside [`error::guard`], so that a panic becomes a
/// PHP Error instead of unwinding into the engine.
#[macro_export]
macro_rules! php_function {
    ($(#[$m:meta])* $name:ident($ex:ident, $rv:ident) $body:block) => {
        $(#[$m])*
        ///
        /// # Safety
        /// Called by the engine only, with a valid frame and return slot.
        pub unsafe extern "C" fn $name(
            execute_data: *mut $crate::zend::sys::zend_execute_data,
            return_value: *mut $crate::zend::sys::zval,
        ) {
            let $ex = $crate::zend::Ex(execute_data);
            let $rv = return_value;
            $crate::zend::error::guard(|| $body);
        }
    };
}

/// Every function of the extension, in the C extension's registration order where it matters
/// for `get_extension_funcs()`.
pub fn functions() -> Vec<Func> {
    let mut all = Vec::new();
    for family in [
        create::FUNCTIONS,
        io::FUNCTIONS,
        errors::FUNCTIONS,
        select::FUNCTIONS,
        options::FUNCTIONS,
        streams::FUNCTIONS,
        msg::FUNCTIONS,
        addrinfo::FUNCTIONS,
    ] {
        all.extend_from_slice(family);
    }
    let order: Vec<&str> = ORDER.to_vec();
    all.sort_by_key(|f| {
        let name = f.name.to_str().unwrap_or_default();
        order.iter().position(|n| *n == name).unwrap_or(usize::MAX)
    });
    all
}

/// `ext_functions[]` order in sockets_arginfo.h.
const ORDER: &[&str] = &[
    "socket_select",
    "socket_create_listen",
    "socket_accept",
    "socket_set_nonblock",
    "socket_set_block",
    "socket_listen",
    "socket_close",
    "socket_write",
    "socket_read",
    "socket_getsockname",
    "socket_getpeername",
    "socket_create",
    "socket_connect",
    "socket_strerror",
    "socket_bind",
    "socket_recv",
    "socket_send",
    "socket_recvfrom",
    "socket_sendto",
    "socket_get_option",
    "socket_getopt",
    "socket_set_option",
    "socket_setopt",
    "socket_create_pair",
    "socket_shutdown",
    "socket_last_error",
    "socket_clear_error",
    "socket_import_stream",
    "socket_export_stream",
    "socket_sendmsg",
    "socket_recvmsg",
    "socket_cmsg_space",
    "socket_addrinfo_lookup",
    "socket_addrinfo_connect",
    "socket_addrinfo_bind",
    "socket_addrinfo_explain",
];

/// Registers the classes other than `Socket` (MINIT): `AddressInfo`.
///
/// # Safety
/// Call during MINIT only.
pub unsafe fn register_classes() {
    addrinfo::register();
}
