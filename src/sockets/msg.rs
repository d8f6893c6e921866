//! socket_sendmsg, socket_recvmsg, socket_cmsg_space (sendrecvmsg.c): argument checks and the
//! calls; the message array conversions are in `msg_convert`, the system calls in `net::msg`.

use std::ptr;

use crate::net::msg as nm;
use crate::php_function;
use crate::zend::mem::{self, Bailout, EBuf};
use crate::zend::sys::{self, zend_long, zval};
use crate::zend::{error, value};
use crate::zpp;

use super::msg_convert::Ctx;
use super::{socket_ce, PhpSocket};

/// `LONG_CHECK_VALID_INT(l, arg)`: a ValueError unless `l` fits a C int.
fn valid_int(l: zend_long, arg: u32) -> bool {
    if l < i32::MIN as zend_long || l > i32::MAX as zend_long {
        error::argument_value_error(
            arg,
            &format!("must be between {} and {}", i32::MIN, i32::MAX),
        );
        return false;
    }
    true
}

/// Parses `Oa|l` and checks the flags and the socket, as both functions do.
fn parse<'a>(ex: crate::zend::Ex) -> Option<(&'a mut PhpSocket, *mut zval, i32)> {
    let mut arg: *mut zval = ptr::null_mut();
    let mut zmsg: *mut zval = ptr::null_mut();
    let mut flags: zend_long = 0;
    if !zpp!(ex, "Oa|l", &mut arg, socket_ce(), &mut zmsg, &mut flags) || !valid_int(flags, 3) {
        return None;
    }
    // SAFETY: zpp checked the class.
    let sock = unsafe { PhpSocket::from_zval(arg) };
    sock.ensure_valid().then_some((sock, zmsg, flags as i32))
}

/// What [`prepare`] gives a handler: the descriptor, the converted message, the flags and the
/// message argument.
type Prepared<T> = (i32, T, i32, *mut zval);

/// Parses the arguments and converts the message array (a valid array zval) with `convert`
/// (`from_zval_run_conversions()`): `Ok(None)` once the failure is reported (a warning and
/// `false` returned, or an exception), `Err` if the engine bailed out.
fn prepare<T>(
    ex: crate::zend::Ex,
    rv: *mut zval,
    convert: impl FnOnce(&mut Ctx<'_>, *mut zval) -> T,
) -> Result<Option<Prepared<T>>, Bailout> {
    let Some((sock, zmsg, flags)) = parse(ex) else {
        return Ok(None);
    };
    let fd = sock.bsd_socket;
    let mut ctx = Ctx::new("msghdr", "user", sock);
    let spec = convert(&mut ctx, zmsg);
    if let Some(b) = ctx.take_bailout() {
        return Err(b);
    }
    if ctx.dispose() {
        // SAFETY: rv is the return slot.
        unsafe { value::ret(rv, value::bool_(false)) };
        return Ok(None);
    }
    Ok(Some((fd, spec, flags, zmsg)))
}

php_function!(
    /// `socket_sendmsg(Socket $socket, array $message, int $flags = 0): int|false`
    socket_sendmsg(ex, rv) {
        // Re-raised here, where the body's values are dropped already.
        if let Err(b) = sendmsg(ex, rv) {
            mem::rethrow(b);
        }
    }
);

/// The body of `socket_sendmsg`; `Err` if the engine bailed out (memory_limit).
fn sendmsg(ex: crate::zend::Ex, rv: *mut zval) -> Result<(), Bailout> {
    let Some((fd, spec, flags, _)) = prepare(ex, rv, |c, z| {
        // SAFETY: `z` is the array zpp gave `prepare`.
        unsafe { c.msghdr_send(z) }
    })?
    else {
        return Ok(());
    };
    let iov: Vec<&[u8]> = spec.iov.iter().map(|b| b.bytes()).collect();
    // On the engine's allocator, as C's (which sizes it CMSG_SPACE(20) per element, then grows
    // it by twice a message's space as needed; this one is the exact total).
    let control = match spec.control.is_empty() {
        true => None,
        false => {
            let mut buf = EBuf::zeroed(nm::control_space(&spec.control))?;
            nm::encode_control_into(&spec.control, buf.bytes_mut());
            Some(buf)
        }
    };
    let control = control.as_ref().map_or(&[][..], EBuf::bytes);
    let v = match nm::sendmsg(fd, spec.name.as_ref(), &iov, control, flags) {
        Ok(n) => value::long(n as zend_long),
        Err(e) => {
            // SAFETY: zpp checked the class; the socket outlives the call.
            let sock = unsafe { PhpSocket::from_zval(ex.arg(1)) };
            sock.socket_error("Error in sendmsg", e.code());
            value::bool_(false)
        }
    };
    // SAFETY: rv is the return slot.
    unsafe { value::ret(rv, v) };
    Ok(())
}

php_function!(
    /// `socket_recvmsg(Socket $socket, array &$message, int $flags = 0): int|false`
    socket_recvmsg(ex, rv) {
        // Re-raised here, where the body's values are dropped already.
        if let Err(b) = recvmsg(ex, rv) {
            mem::rethrow(b);
        }
    }
);

/// The body of `socket_recvmsg`; `Err` if the engine bailed out (memory_limit).
fn recvmsg(ex: crate::zend::Ex, rv: *mut zval) -> Result<(), Bailout> {
    let Some((fd, spec, flags, zmsg)) = prepare(ex, rv, |c, z| {
        // SAFETY: `z` is the array zpp gave `prepare`.
        unsafe { c.msghdr_recv(z) }
    })?
    else {
        return Ok(());
    };
    // Always set when the conversion succeeded.
    let Some(mut data) = spec.data else {
        // SAFETY: rv is the return slot.
        unsafe { value::ret(rv, value::bool_(false)) };
        return Ok(());
    };
    let mut control = spec.control;
    let control = control.as_mut().map_or(&mut [][..], |c| c.bytes_mut());
    match nm::recvmsg(fd, spec.name, data.as_uninit_mut(), control, flags) {
        Ok(r) => {
            // SAFETY: zpp checked the class; the socket outlives the call.
            let sock = unsafe { PhpSocket::from_zval(ex.arg(1)) };
            let mut ctx = Ctx::new("msghdr", "native", sock);
            // SAFETY: zmsg is the (dereferenced) by-reference argument; C replaces it in
            // place without a typed-reference check, and so do we.
            unsafe {
                let res = ctx.read_msghdr(&r);
                sys::zval_ptr_dtor(zmsg);
                match res {
                    Some(z) => value::give(zmsg, z),
                    None => {
                        ctx.dispose();
                        value::give(zmsg, value::bool_(false));
                    }
                }
                value::ret(rv, value::long(r.bytes as zend_long));
            }
        }
        Err(e) => {
            let code = e.code();
            super::set_last_error(code);
            error::warning(&format!(
                "Error in recvmsg [{code}]: {}",
                crate::net::strerror(code)
            ));
            // SAFETY: rv is the return slot.
            unsafe { value::ret(rv, value::bool_(false)) };
        }
    }
    Ok(())
}

php_function!(
    /// `socket_cmsg_space(int $level, int $type, int $num = 0): ?int`
    socket_cmsg_space(ex, rv) {
        let (mut level, mut ty, mut n): (zend_long, zend_long, zend_long) = (0, 0, 0);
        if !zpp!(ex, "ll|l", &mut level, &mut ty, &mut n)
            || !valid_int(level, 1)
            || !valid_int(ty, 2)
            || !valid_int(n, 3)
        {
            return;
        }
        if n < 0 {
            error::argument_value_error(3, "must be greater than or equal to 0");
            return;
        }
        let Some(entry) = nm::anc_entry(level as i32, ty as i32) else {
            error::value_error(&format!("Pair level {level} and/or type {ty} is not supported"));
            return;
        };
        let n = n as usize;
        if let Some(n_max) = (zend_long::MAX as usize - entry.size).checked_div(entry.var_el_size) {
            let size = entry.size + n * entry.var_el_size;
            let total = nm::cmsg_space(size);
            if n > n_max || total > zend_long::MAX as usize || total < size {
                error::argument_value_error(3, "is too large");
                return;
            }
        }
        let space = nm::cmsg_space(entry.size + n * entry.var_el_size);
        // SAFETY: rv is the return slot.
        unsafe { value::ret(rv, value::long(space as zend_long)) };
    }
);
