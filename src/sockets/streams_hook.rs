//! How a Socket that shares its descriptor with a PHP stream (socket_import_stream /
//! socket_export_stream) delegates close and blocking mode to that stream, as the C extension
//! does (`php_sock->zstream` holds a counted reference to the stream's resource).

use std::os::raw::{c_char, c_int};
use std::ptr;

use crate::zend::sys::{self, php_stream, zval};
use crate::zend::value;

use super::PhpSocket;

/// The descriptor a Socket is given once the stream that owned its descriptor has been closed
/// behind its back (fclose() on the stream, or socket_close() on another Socket sharing it).
/// No process can have a descriptor this high (the kernel caps `nr_open` below it), so calls
/// fail with EBADF exactly as C's do on its stale descriptor, but can never reach a descriptor
/// the number was reused for.
pub const STALE_FD: c_int = c_int::MAX;

/// `zend_fetch_resource2_ex(zv, name, php_file_le_stream(), php_file_le_pstream())`: the
/// stream, or NULL when `zv` is not a live stream resource (a TypeError
/// "supplied resource is not a valid stream resource" is thrown when `name` is given).
///
/// # Safety
/// `zv` must be a valid zval.
pub unsafe fn fetch_stream(
    zv: *mut zval,
    name: Option<&'static std::ffi::CStr>,
) -> *mut php_stream {
    sys::zend_fetch_resource2_ex(
        zv,
        name.map_or(ptr::null(), |n| n.as_ptr() as *const c_char),
        sys::php_file_le_stream(),
        sys::php_file_le_pstream(),
    ) as *mut php_stream
}

/// `ZVAL_COPY(dst, src)` for a resource zval: `dst` (holding nothing) gets a counted reference.
///
/// # Safety
/// `src` must hold a resource; `dst` must be writable and hold nothing that needs releasing.
pub unsafe fn copy_resource(dst: *mut zval, src: *const zval) {
    let res = (*src).value.res;
    (*res).gc.refcount += 1;
    let mut z = value::undef();
    z.value.res = res;
    z.u1.type_info = sys::IS_RESOURCE_EX;
    value::give(dst, z);
}

/// The stream's resource was closed (`zend_list_close()` leaves `type == -1`): the stream is
/// gone and with it the descriptor.
fn stream_closed(sock: &PhpSocket) -> bool {
    // SAFETY: a non-UNDEF zstream always holds a resource (see `copy_resource`).
    unsafe { (*sock.zstream.value.res).type_ < 0 }
}

/// Called by `ENSURE_SOCKET_VALID` for a Socket with a stream: once the stream has closed the
/// shared descriptor, the Socket stops naming that descriptor number (see [`STALE_FD`]).
pub fn forget_closed_stream(sock: &mut PhpSocket) {
    if sock.bsd_socket >= 0 && sock.bsd_socket != STALE_FD && stream_closed(sock) {
        sock.bsd_socket = STALE_FD;
    }
}

/// `php_stream_set_option(stream, PHP_STREAM_OPTION_BLOCKING, ...)`: `None` when the stream
/// is gone (no notice: C fetches it without a type name), else whether the stream accepted it.
pub fn set_blocking(sock: &mut PhpSocket, blocking: bool) -> Option<bool> {
    // SAFETY: zstream is a valid zval; a non-NULL result is a live stream.
    unsafe {
        let stream = fetch_stream(&mut sock.zstream, None);
        if stream.is_null() {
            return None;
        }
        Some(
            sys::_php_stream_set_option(
                stream,
                sys::PHP_STREAM_OPTION_BLOCKING,
                blocking as c_int,
                ptr::null_mut(),
            ) != -1,
        )
    }
}

/// socket_close() on a Socket with a stream: `php_stream_from_zval_no_verify()` (which, despite
/// its name, throws a TypeError when the stream was already closed) and
/// `php_stream_free(stream, KEEP_RSRC | CLOSE [| CLOSE_PERSISTENT])`, which closes the
/// descriptor and leaves the resource as "Unknown". The caller then forgets `zstream` without
/// releasing it, as C does.
pub fn close_stream(sock: &mut PhpSocket) {
    // SAFETY: zstream is a valid zval; a non-NULL result is a live stream.
    unsafe {
        let stream = fetch_stream(&mut sock.zstream, Some(c"stream"));
        if stream.is_null() {
            return;
        }
        let persistent = if (*stream).is_persistent() != 0 {
            sys::PHP_STREAM_FREE_CLOSE_PERSISTENT
        } else {
            0
        };
        sys::_php_stream_free(
            stream,
            sys::PHP_STREAM_FREE_KEEP_RSRC | sys::PHP_STREAM_FREE_CLOSE | persistent,
        );
    }
}
