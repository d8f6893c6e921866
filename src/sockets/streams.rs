//! PHP streams interop: socket_import_stream and socket_export_stream (sockets.c). The Socket
//! and the stream share one descriptor; the Socket holds a counted reference to the stream's
//! resource in `zstream` (see `streams_hook` for close and blocking mode).

use std::ffi::CStr;
use std::os::raw::c_int;
use std::ptr;

use crate::net;
use crate::php_function;
use crate::zend::sys::{self, zval};
use crate::zend::{error, value};
use crate::zpp;

use super::streams_hook::{copy_resource, fetch_stream};
use super::{new_socket, socket_ce, PhpSocket};

/// `socket_import_file_descriptor()`: the family (`SO_DOMAIN`, else `getsockname`) and the
/// blocking mode of `fd`, recorded on `sock`; false (with the error recorded and warned) when
/// either cannot be read.
fn import_file_descriptor(fd: c_int, sock: &mut PhpSocket) -> bool {
    sock.bsd_socket = fd;
    match net::fdinfo::family(fd) {
        Ok(f) => sock.type_ = f,
        Err(e) => {
            sock.socket_error("Unable to obtain socket family", e.code());
            return false;
        }
    }
    match net::ops::is_nonblocking(fd) {
        Ok(nb) => sock.blocking = (!nb) as c_int,
        Err(e) => {
            sock.socket_error("Unable to obtain blocking state", e.code());
            return false;
        }
    }
    true
}

php_function!(
    /// `socket_import_stream($stream): Socket|false`
    socket_import_stream(ex, rv) {
        let mut zstream: *mut zval = ptr::null_mut();
        if !zpp!(ex, "r", &mut zstream) {
            return;
        }
        // SAFETY: zpp gave a resource zval; the stream pointer is live while it is referenced.
        unsafe {
            let stream = fetch_stream(zstream, Some(c"stream"));
            if stream.is_null() {
                return;
            }
            let mut fd: c_int = -1;
            if sys::_php_stream_cast(
                stream,
                sys::PHP_STREAM_AS_SOCKETD,
                (&mut fd as *mut c_int).cast(),
                1,
            ) != 0
            {
                // The stream layer has warned ("Cannot represent a stream of type X as a
                // Socket Descriptor").
                return value::ret(rv, value::bool_(false));
            }
            let sock = new_socket(rv);
            if !import_file_descriptor(fd, sock) {
                // C lets the object's destructor close the descriptor the stream still owns;
                // the evident intent is to give nothing back and leave the stream intact.
                sock.bsd_socket = -1;
                sys::zval_ptr_dtor(rv);
                return value::give(rv, value::bool_(false));
            }
            copy_resource(&mut sock.zstream, zstream);
            sys::_php_stream_set_option(
                stream,
                sys::PHP_STREAM_OPTION_READ_BUFFER,
                sys::PHP_STREAM_BUFFER_NONE,
                ptr::null_mut(),
            );
        }
    }
);

/// The transport whose socket ops fit the socket (`tcp://`, `udp://`, `unix://`, `udg://`),
/// probed as C does. NUL-terminated: the stream layer keeps the name as the stream's path and
/// from PHP 8.3 reads it as a C string (the `uri` of `stream_get_meta_data()`).
fn transport(sock: &PhpSocket) -> Option<&'static CStr> {
    let fd = sock.bsd_socket;
    match sock.type_ {
        libc::PF_INET | libc::PF_INET6 => match net::fdinfo::socket_type(fd) {
            Ok(libc::SOCK_STREAM) => {
                (net::fdinfo::protocol(fd) == Ok(libc::IPPROTO_TCP)).then_some(c"tcp://")
            }
            Ok(libc::SOCK_DGRAM) => Some(c"udp://"),
            _ => None,
        },
        libc::PF_UNIX => match net::fdinfo::socket_type(fd) {
            Ok(libc::SOCK_STREAM) => Some(c"unix://"),
            Ok(libc::SOCK_DGRAM) => Some(c"udg://"),
            _ => None,
        },
        _ => None,
    }
}

php_function!(
    /// `socket_export_stream(Socket $socket)` (resource|false)
    socket_export_stream(ex, rv) {
        let mut arg: *mut zval = ptr::null_mut();
        if !zpp!(ex, "O", &mut arg, socket_ce()) {
            return;
        }
        // SAFETY: zpp checked the class.
        let sock = unsafe { PhpSocket::from_zval(arg) };
        if !sock.ensure_valid() {
            return;
        }
        // SAFETY: rv is the return slot; zstream holds a resource when not UNDEF.
        unsafe {
            // Already exported, or imported: the same stream (even if it was closed since).
            if sock.has_stream() {
                return copy_resource(rv, &sock.zstream);
            }
            // A stream with the transport's socket ops, told nothing but the protocol.
            let mut stream: *mut sys::php_stream = ptr::null_mut();
            if let Some(proto) = transport(sock) {
                stream = sys::_php_stream_xport_create(
                    proto.as_ptr(),
                    proto.to_bytes().len(),
                    0,
                    0,
                    ptr::null(),
                    ptr::null_mut(),
                    ptr::null_mut(),
                    ptr::null_mut(),
                    ptr::null_mut(),
                );
            }
            // Else a generic socket stream.
            if stream.is_null() {
                stream = sys::_php_stream_sock_open_from_socket(sock.bsd_socket, ptr::null());
                if stream.is_null() {
                    error::warning("Failed to create stream");
                    return value::ret(rv, value::bool_(false));
                }
            }
            let data = (*stream).abstract_ as *mut sys::php_netstream_data_t;
            (*data).socket = sock.bsd_socket;
            // `bool` from 8.5, an integer before: the conversion is a no-op on 8.5.
            #[allow(clippy::useless_conversion)]
            {
                (*data).is_blocked = (sock.blocking != 0).into();
            }
            (*data).timeout.tv_sec = default_socket_timeout() as _;
            (*data).timeout.tv_usec = 0;
            // php_stream_to_zval(): the Socket's reference, and the stream is now exposed.
            let mut z = value::undef();
            z.value.res = (*stream).res;
            z.u1.type_info = sys::IS_RESOURCE_EX;
            value::give(&mut sock.zstream, z);
            (*stream).set___exposed(1);
            copy_resource(rv, &sock.zstream);
        }
    }
);

/// `FG(default_socket_timeout)`.
fn default_socket_timeout() -> sys::zend_long {
    const NAME: &[u8] = b"default_socket_timeout";
    // SAFETY: a registered INI entry name.
    unsafe { sys::zend_ini_long(NAME.as_ptr().cast(), NAME.len(), 0) }
}
