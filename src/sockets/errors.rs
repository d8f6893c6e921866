//! Error state: socket_last_error, socket_clear_error, socket_strerror.

use std::ptr;

use crate::net;
use crate::php_function;
use crate::zend::sys::{zend_long, zval};
use crate::zend::{error, value};
use crate::zpp;

use super::{socket_ce, PhpSocket};

/// Parses `|O!`: the optional socket of socket_last_error/socket_clear_error. `Err(())` when an
/// exception was thrown.
fn optional_socket<'a>(ex: crate::zend::Ex) -> Result<Option<&'a mut PhpSocket>, ()> {
    let mut arg: *mut zval = ptr::null_mut();
    if !zpp!(ex, "|O!", &mut arg, socket_ce()) {
        return Err(());
    }
    if arg.is_null() {
        return Ok(None);
    }
    // SAFETY: zpp checked the class.
    let sock = unsafe { PhpSocket::from_zval(arg) };
    if sock.ensure_valid() {
        Ok(Some(sock))
    } else {
        Err(())
    }
}

php_function!(
    /// `socket_last_error(?Socket $socket = null): int`
    socket_last_error(ex, rv) {
        if let Ok(sock) = optional_socket(ex) {
            let e = sock.map_or_else(super::last_error, |s| s.error);
            // SAFETY: rv is the return slot.
            unsafe { value::ret(rv, value::long(e as zend_long)) };
        }
    }
);

php_function!(
    /// `socket_clear_error(?Socket $socket = null): void`
    socket_clear_error(ex, _rv) {
        match optional_socket(ex) {
            Ok(Some(sock)) => sock.error = 0,
            Ok(None) => super::set_last_error(0),
            Err(()) => {}
        }
    }
);

php_function!(
    /// `socket_strerror(int $error_code): string`
    socket_strerror(ex, rv) {
        let mut code: zend_long = 0;
        if !zpp!(ex, "l", &mut code) {
            return;
        }
        if code < i32::MIN as zend_long || code > i32::MAX as zend_long {
            error::argument_value_error(1, &format!("must be between {} and {}", i32::MIN, i32::MAX));
            return;
        }
        // SAFETY: rv is the return slot.
        unsafe { value::ret(rv, value::string(net::strerror(code as i32).as_bytes())) };
    }
);
