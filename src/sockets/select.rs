//! socket_select: `select(2)` over arrays of Socket objects (sockets.c `PHP_FUNCTION(socket_select)`
//! with `php_sock_array_to_fd_set` / `php_sock_array_from_fd_set`).

use std::ptr;

use crate::net::select::{self as nsel, FdSet};
use crate::php_function;
use crate::zend::sys::{self, zend_long, zval};
use crate::zend::{error, value};
use crate::zpp;

use super::{socket_ce, PhpSocket};

/// `php_sock_array_to_fd_set()`: adds every socket of the array to `set`. `None` when a
/// TypeError was thrown; otherwise whether the array had any element.
///
/// # Safety
/// `arr` must be an array zval.
unsafe fn to_fd_set(
    arg_num: u32,
    arr: *mut zval,
    set: &mut FdSet,
    max_fd: &mut i32,
) -> Option<bool> {
    let mut num = 0u32;
    let mut ok = true;
    value::for_each((*arr).value.arr, |_, _, el| {
        let el = value::deref(el);
        if value::ztype(el) != sys::IS_OBJECT || (*(*el).value.obj).ce != socket_ce() {
            sys::zend_argument_type_error(
                arg_num,
                c"must only have elements of type Socket, %s given".as_ptr(),
                error::value_name(el),
            );
            ok = false;
            return false;
        }
        let sock = PhpSocket::from_zval(el);
        if sock.bsd_socket < 0 {
            error::argument_type_error(arg_num, "contains a closed socket");
            ok = false;
            return false;
        }
        set.insert(sock.bsd_socket);
        if sock.bsd_socket > *max_fd {
            *max_fd = sock.bsd_socket;
        }
        num += 1;
        true
    });
    ok.then_some(num > 0)
}

/// `php_sock_array_from_fd_set()`: replaces the array with a new one holding the ready
/// sockets under their original keys (references inside the array are not kept, as in C).
///
/// # Safety
/// `arr` must be an array zval of Socket objects (checked by [`to_fd_set`]).
unsafe fn from_fd_set(arr: *mut zval, set: &FdSet) {
    let new = value::new_array(0);
    value::for_each((*arr).value.arr, |key, h, el| {
        let el = value::deref(el);
        let sock = PhpSocket::from_zval(el);
        if set.contains(sock.bsd_socket) {
            let mut v = std::mem::ManuallyDrop::new(value::copy(el));
            if key.is_null() {
                sys::zend_hash_index_update(new, h, &mut *v);
            } else {
                sys::zend_hash_update(new, key, &mut *v);
            }
        }
        true
    });
    sys::zval_ptr_dtor(arr);
    value::give(arr, value::array(new));
}

php_function!(
    /// `socket_select(?array &$read, ?array &$write, ?array &$except, ?int $seconds,
    /// int $microseconds = 0): int|false`
    socket_select(ex, rv) {
        let (mut r, mut w, mut e): (*mut zval, *mut zval, *mut zval) =
            (ptr::null_mut(), ptr::null_mut(), ptr::null_mut());
        let (mut sec, mut sec_is_null, mut usec): (zend_long, bool, zend_long) = (0, false, 0);
        if !zpp!(ex, "a!a!a!l!|l", &mut r, &mut w, &mut e, &mut sec, &mut sec_is_null, &mut usec) {
            return;
        }
        let (mut rs, mut ws, mut es) = (FdSet::new(), FdSet::new(), FdSet::new());
        let mut max_fd = 0;
        let mut sets = false;
        for (n, arr, set) in [(1, r, &mut rs), (2, w, &mut ws), (3, e, &mut es)] {
            if arr.is_null() {
                continue;
            }
            // SAFETY: zpp gave an array zval.
            match unsafe { to_fd_set(n, arr, set, &mut max_fd) } {
                None => return,
                Some(any) => sets |= any,
            }
        }
        if !sets {
            error::value_error("socket_select(): At least one array argument must be passed");
            return;
        }
        // PHP_SAFE_MAX_FD: descriptors an fd_set cannot hold make the call fail.
        if max_fd >= nsel::FD_SETSIZE {
            // SAFETY: plain call; rv is the return slot.
            unsafe {
                sys::_php_emit_fd_setsize_warning(max_fd);
                value::ret(rv, value::bool_(false));
            }
            return;
        }
        let tv = (!sec_is_null).then(|| nsel::timeval(sec, usec));
        match nsel::select(max_fd, &mut rs, &mut ws, &mut es, tv) {
            Err(err) => {
                let code = err.code();
                super::set_last_error(code);
                error::warning(&format!("Unable to select [{code}]: {}", crate::net::strerror(code)));
                // SAFETY: rv is the return slot.
                unsafe { value::ret(rv, value::bool_(false)) };
            }
            Ok(n) => {
                // SAFETY: the non-null pointers are the array zvals checked above.
                unsafe {
                    for (arr, set) in [(r, &rs), (w, &ws), (e, &es)] {
                        if !arr.is_null() {
                            from_fd_set(arr, set);
                        }
                    }
                    value::ret(rv, value::long(n as zend_long));
                }
            }
        }
    }
);
