//! Data transfer: socket_read, socket_write, socket_recv, socket_send, socket_recvfrom,
//! socket_sendto, socket_atmark (sockets.c).

use std::os::raw::c_char;
use std::ptr;

use crate::net::{self, addr};
use crate::php_function;
use crate::zend::sys::{self, zend_long, zval};
use crate::zend::{error, value};
use crate::zpp;

use super::{socket_ce, PhpSocket};
use crate::constants::{PHP_BINARY_READ, PHP_NORMAL_READ};

/// `RETURN_FALSE`.
#[inline]
fn ret_false(rv: *mut zval) {
    // SAFETY: rv is the return slot.
    unsafe { value::ret(rv, value::bool_(false)) };
}

/// `RETURN_LONG(n)`.
#[inline]
fn ret_long(rv: *mut zval, n: zend_long) {
    // SAFETY: rv is the return slot.
    unsafe { value::ret(rv, value::long(n)) };
}

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
        // C's "overflow check" `(length + 1) < 2` is compiled as `length < 1` (signed overflow
        // is undefined), so PHP_INT_MAX goes on to the allocation and its out-of-memory error.
        if length < 1 {
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

php_function!(
    /// `socket_recv(Socket $socket, &$data, int $length, int $flags): int|false`
    socket_recv(ex, rv) {
        let mut arg: *mut zval = ptr::null_mut();
        let mut data: *mut zval = ptr::null_mut();
        let (mut len, mut flags): (zend_long, zend_long) = (0, 0);
        if !zpp!(ex, "Ozll", &mut arg, socket_ce(), &mut data, &mut len, &mut flags) {
            return;
        }
        // SAFETY: zpp checked the class.
        let sock = unsafe { PhpSocket::from_zval(arg) };
        if !sock.ensure_valid() {
            return;
        }
        // `(len + 1) < 2`, compiled as `len < 1` (see socket_read); $data is left alone.
        if len < 1 {
            return ret_false(rv);
        }
        let buf = value::zstr_alloc(len as usize);
        // SAFETY: the string has room for `len` bytes.
        let slice = unsafe { std::slice::from_raw_parts_mut(value::zstr_data(buf), len as usize) };
        // C keeps the result in an int.
        let res = net::io::recv(sock.bsd_socket, slice, flags as i32);
        match res {
            Ok(n) if n > 0 => {
                // ZSTR_LEN = retval without reallocating (C does not truncate here). With
                // MSG_TRUNC, recv() returns the datagram's full length, which C then uses as the
                // string length, past the buffer; we keep the bytes actually received.
                let got = n.min(len as usize);
                // SAFETY: `buf` is ours and `got` long at most; `data` is the by-ref argument.
                unsafe {
                    (*buf).len = got;
                    *value::zstr_data(buf).add(got) = 0;
                    value::assign_ref(data, value::zstr(buf));
                }
                ret_long(rv, n as i32 as zend_long)
            }
            // Nothing received (0) or an error: $data becomes NULL.
            _ => {
                value::zstr_free(buf);
                // SAFETY: `data` is the by-ref argument.
                unsafe { value::assign_ref(data, value::null()) };
                match res {
                    Err(e) => {
                        sock.socket_error("Unable to read from socket", e.code());
                        ret_false(rv)
                    }
                    _ => ret_long(rv, 0),
                }
            }
        }
    }
);

php_function!(
    /// `socket_send(Socket $socket, string $data, int $length, int $flags): int|false`
    socket_send(ex, rv) {
        let mut arg: *mut zval = ptr::null_mut();
        let (mut s, mut slen): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let (mut len, mut flags): (zend_long, zend_long) = (0, 0);
        if !zpp!(ex, "Osll", &mut arg, socket_ce(), &mut s, &mut slen, &mut len, &mut flags) {
            return;
        }
        // SAFETY: zpp checked the class and gave a string of `slen` bytes.
        let (sock, data) = unsafe { (PhpSocket::from_zval(arg), std::slice::from_raw_parts(s as *const u8, slen)) };
        if !sock.ensure_valid() {
            return;
        }
        if len < 0 {
            error::argument_value_error(3, "must be greater than or equal to 0");
            return;
        }
        match net::io::send(sock.bsd_socket, &data[..(len as usize).min(slen)], flags as i32) {
            Ok(n) => ret_long(rv, n as zend_long),
            Err(e) => {
                sock.socket_error("Unable to write to socket", e.code());
                ret_false(rv)
            }
        }
    }
);

php_function!(
    /// `socket_recvfrom(Socket $socket, &$data, int $length, int $flags, &$address,
    /// &$port = null): int|false`
    socket_recvfrom(ex, rv) {
        let mut arg: *mut zval = ptr::null_mut();
        let (mut data, mut address, mut port): (*mut zval, *mut zval, *mut zval) =
            (ptr::null_mut(), ptr::null_mut(), ptr::null_mut());
        let (mut len, mut flags): (zend_long, zend_long) = (0, 0);
        if !zpp!(ex, "Ozllz|z", &mut arg, socket_ce(), &mut data, &mut len, &mut flags, &mut address, &mut port) {
            return;
        }
        // SAFETY: zpp checked the class.
        let sock = unsafe { PhpSocket::from_zval(arg) };
        if !sock.ensure_valid() {
            return;
        }
        // By-ref arguments are left alone on every failure below.
        if len <= 0 || len > zend_long::MAX - 1 {
            return ret_false(rv);
        }
        let family = sock.type_;
        let msg = match family {
            libc::AF_UNIX => "Unable to recvfrom",
            libc::AF_INET => "Unable to recvfrom",
            libc::AF_INET6 => "unable to recvfrom",
            _ => "",
        };
        // C allocates length + 1 bytes and receives at most length.
        let buf = value::zstr_alloc(len as usize + 1);
        if family != libc::AF_UNIX && family != libc::AF_INET && family != libc::AF_INET6 {
            value::zstr_free(buf);
            error::argument_value_error(1, "must be one of AF_UNIX, AF_INET, or AF_INET6");
            return;
        }
        if family != libc::AF_UNIX && port.is_null() {
            value::zstr_free(buf);
            // WRONG_PARAM_COUNT
            // SAFETY: plain call.
            unsafe { sys::zend_wrong_param_count() };
            return;
        }
        // SAFETY: the string has room for `len` bytes.
        let slice = unsafe { std::slice::from_raw_parts_mut(value::zstr_data(buf), len as usize) };
        let (n, peer) = match net::io::recvfrom(sock.bsd_socket, slice, flags as i32, family) {
            Ok(r) => r,
            Err(e) => {
                sock.socket_error(msg, e.code());
                value::zstr_free(buf);
                return ret_false(rv);
            }
        };
        let n = n as i32 as usize;
        // MSG_TRUNC: as in socket_recv, the string holds only the bytes received.
        let got = n.min(len as usize);
        let mut text = [0u8; net::io::ADDRSTRLEN];
        // SAFETY: `buf` is ours and at least `got` long; the others are by-ref arguments.
        unsafe {
            (*buf).len = got;
            *value::zstr_data(buf).add(got) = 0;
            value::assign_ref(data, value::zstr(buf));
            match family {
                libc::AF_UNIX => value::assign_ref(address, value::string(peer.unix_path())),
                libc::AF_INET => {
                    let (ip, p) = peer.inet4(&mut text);
                    let ip: &[u8] = if ip.is_empty() { b"0.0.0.0" } else { ip };
                    value::assign_ref(address, value::string(ip));
                    value::assign_ref(port, value::long(p as zend_long));
                }
                _ => {
                    let (ip, p) = peer.inet6(&mut text);
                    let ip: &[u8] = if ip.is_empty() { b"::" } else { ip };
                    value::assign_ref(address, value::string(ip));
                    value::assign_ref(port, value::long(p as zend_long));
                }
            }
        }
        ret_long(rv, n as zend_long)
    }
);

php_function!(
    /// `socket_sendto(Socket $socket, string $data, int $length, int $flags, string $address,
    /// ?int $port = null): int|false`
    socket_sendto(ex, rv) {
        let mut arg: *mut zval = ptr::null_mut();
        let (mut s, mut slen): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let (mut a, mut alen): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let (mut len, mut flags, mut port): (zend_long, zend_long, zend_long) = (0, 0, 0);
        let mut port_is_null = true;
        if !zpp!(
            ex, "Oslls|l!", &mut arg, socket_ce(), &mut s, &mut slen, &mut len, &mut flags,
            &mut a, &mut alen, &mut port, &mut port_is_null
        ) {
            return;
        }
        // SAFETY: zpp checked the class and gave strings of `slen` and `alen` bytes.
        let (sock, data, host) = unsafe {
            (
                PhpSocket::from_zval(arg),
                std::slice::from_raw_parts(s as *const u8, slen),
                std::slice::from_raw_parts(a as *const u8, alen),
            )
        };
        if !sock.ensure_valid() || !super::create::check_port(6, port) {
            return;
        }
        if len < 0 {
            error::argument_value_error(3, "must be greater than or equal to 0");
            return;
        }
        let data = &data[..(len as usize).min(slen)];
        let sa = match sock.type_ {
            // From PHP 8.4 a path that does not fit sun_path is a ValueError, not truncated.
            libc::AF_UNIX if cfg!(php84) && host.len() >= addr::SUN_PATH_LEN => {
                error::argument_value_error(5, &format!("must be less than {}", addr::SUN_PATH_LEN));
                return;
            }
            libc::AF_UNIX => net::io::sendto_unix_addr(host),
            libc::AF_INET | libc::AF_INET6 => {
                let v6 = sock.type_ == libc::AF_INET6;
                if port_is_null {
                    let fam = if v6 { "AF_INET6" } else { "AF_INET" };
                    error::argument_value_error(6, &format!("cannot be null when the socket type is {fam}"));
                    return;
                }
                let res = if v6 {
                    addr::inet6(host).map(|(ip, scope)| addr::sockaddr_v6(ip, port as u16, scope))
                } else {
                    addr::inet4(host).map(|ip| addr::sockaddr_v4(ip, port as u16))
                };
                match res {
                    Ok(sa) => sa,
                    Err(e) => {
                        super::create::report_lookup(sock, &e);
                        return ret_false(rv);
                    }
                }
            }
            _ => {
                error::argument_value_error(1, "must be one of AF_UNIX, AF_INET, or AF_INET6");
                return;
            }
        };
        match net::io::sendto(sock.bsd_socket, data, flags as i32, &sa) {
            // C keeps the result in an int.
            Ok(n) => ret_long(rv, n as i32 as zend_long),
            Err(e) => {
                sock.socket_error("Unable to write to socket", e.code());
                ret_false(rv)
            }
        }
    }
);

#[cfg(php83)]
php_function!(
    /// `socket_atmark(Socket $socket): bool` (PHP 8.3): `sockatmark(3)` on the descriptor;
    /// on failure the warning "Unable to apply sockmark" (C's text) and `false`.
    socket_atmark(ex, rv) {
        let mut arg: *mut zval = ptr::null_mut();
        if !zpp!(ex, "O", &mut arg, socket_ce()) {
            return;
        }
        // SAFETY: zpp checked the class.
        let sock = unsafe { PhpSocket::from_zval(arg) };
        if !sock.ensure_valid() {
            return;
        }
        let at = match net::ops::at_mark(sock.bsd_socket) {
            Ok(at) => at,
            Err(e) => {
                sock.socket_error("Unable to apply sockmark", e.code());
                false
            }
        };
        // SAFETY: rv is the return slot.
        unsafe { value::ret(rv, value::bool_(at)) };
    }
);
