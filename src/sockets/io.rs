//! Data transfer: socket_read, socket_write (and, in this family, send/recv/sendto/recvfrom).

use std::os::raw::c_char;
use std::ptr;

use crate::net;
use crate::php_function;
use crate::zend::arginfo::{Arg, Func, Ret};
use crate::zend::sys::{zend_long, zval, MAY_BE_FALSE, MAY_BE_LONG, MAY_BE_STRING};
use crate::zend::{error, value};
use crate::zpp;

use super::{socket_ce, PhpSocket};

const SOCKET: Arg = Arg::obj(c"socket", c"Socket");

/// `PHP_BINARY_READ`.
pub const PHP_BINARY_READ: zend_long = 2;
/// `PHP_NORMAL_READ`.
pub const PHP_NORMAL_READ: zend_long = 1;

pub const FUNCTIONS: &[Func] = &[
    Func::new(
        c"socket_write",
        socket_write,
        2,
        Ret::mask(MAY_BE_LONG | MAY_BE_FALSE),
        &[
            SOCKET,
            Arg::string(c"data"),
            Arg::long(c"length").nullable().default(c"null"),
        ],
    ),
    Func::new(
        c"socket_read",
        socket_read,
        2,
        Ret::mask(MAY_BE_STRING | MAY_BE_FALSE),
        &[
            SOCKET,
            Arg::long(c"length"),
            Arg::long(c"mode").default(c"PHP_BINARY_READ"),
        ],
    ),
];

php_function!(
    /// `socket_write(Socket $socket, string $data, ?int $length = null): int|false`
    socket_write(ex, rv) {
        let mut arg: *mut zval = ptr::null_mut();
        let (mut s, mut len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let mut length: zend_long = 0;
        let mut length_is_null = true;
        if !zpp!(ex, "Os|l!", &mut arg, socket_ce(), &mut s, &mut len, &mut length, &mut length_is_null) {
            return;
        }
        // SAFETY: zpp checked the class and gave a string of `len` bytes.
        let (sock, data) = unsafe { (PhpSocket::from_zval(arg), std::slice::from_raw_parts(s as *const u8, len)) };
        if !sock.ensure_valid() {
            return;
        }
        if length < 0 {
            error::argument_value_error(3, "must be greater than or equal to 0");
            return;
        }
        let n = if length_is_null { len } else { (length as usize).min(len) };
        match net::io::write(sock.bsd_socket, &data[..n]) {
            // C keeps the result in an int.
            // SAFETY: rv is the return slot.
            Ok(w) => unsafe { value::ret(rv, value::long(w as i32 as zend_long)) },
            Err(e) => {
                sock.socket_error("unable to write to socket", e.code());
                // SAFETY: rv is the return slot.
                unsafe { value::ret(rv, value::bool_(false)) };
            }
        }
    }
);

php_function!(
    /// `socket_read(Socket $socket, int $length, int $mode = PHP_BINARY_READ): string|false`
    socket_read(ex, rv) {
        let mut arg: *mut zval = ptr::null_mut();
        let mut length: zend_long = 0;
        let mut mode: zend_long = PHP_BINARY_READ;
        if !zpp!(ex, "Ol|l", &mut arg, socket_ce(), &mut length, &mut mode) {
            return;
        }
        // SAFETY: zpp checked the class.
        let sock = unsafe { PhpSocket::from_zval(arg) };
        if !sock.ensure_valid() {
            return;
        }
        // "overflow check": (length + 1) < 2
        if length.wrapping_add(1) < 2 {
            // SAFETY: rv is the return slot.
            return unsafe { value::ret(rv, value::bool_(false)) };
        }
        let buf = value::zstr_alloc(length as usize);
        // SAFETY: the string has room for `length` bytes.
        let slice = unsafe { std::slice::from_raw_parts_mut(value::zstr_data(buf), length as usize) };
        let res = if mode == PHP_NORMAL_READ {
            net::io::read_line(sock.bsd_socket, slice)
        } else {
            net::io::recv(sock.bsd_socket, slice, 0)
        };
        match res {
            Err(e) => {
                value::zstr_free(buf);
                let code = e.code();
                if net::is_transient(code) {
                    sock.set_error(code);
                } else {
                    sock.socket_error("unable to read from socket", code);
                }
                // SAFETY: rv is the return slot.
                unsafe { value::ret(rv, value::bool_(false)) };
            }
            Ok(0) => {
                value::zstr_free(buf);
                // SAFETY: rv is the return slot.
                unsafe { value::ret(rv, value::empty_string()) };
            }
            Ok(n) => {
                let s = value::zstr_truncate(buf, n);
                // SAFETY: rv is the return slot.
                unsafe { value::ret(rv, value::zstr(s)) };
            }
        }
    }
);
