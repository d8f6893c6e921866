//! The final class `Socket`: the object every socket_* function takes and returns. Its layout
//! and handlers mirror `php_socket` in php_sockets.h so that it behaves exactly as in C: not
//! constructible, clonable, serializable or comparable; the descriptor closes when it is freed.

use std::os::raw::c_int;

use crate::zend::class::{self, ClassSlot, EmbedsObject, NotConstructible};
use crate::zend::sys::{self, zend_class_entry, zend_object, zval};
use crate::zend::{error, value};

/// `php_socket`.
#[repr(C)]
pub struct PhpSocket {
    /// The descriptor; -1 once closed (`IS_INVALID_SOCKET`).
    pub bsd_socket: c_int,
    /// The address family (`PF_UNSPEC` until known).
    pub type_: c_int,
    /// The last error on this socket (`socket_last_error($socket)`).
    pub error: c_int,
    /// Blocking flag as last set through this object.
    pub blocking: c_int,
    /// The stream this socket was imported from or exported to, or UNDEF.
    pub zstream: zval,
    pub std: zend_object,
}

static SOCKET: ClassSlot = ClassSlot::new();

/// `socket_ce`.
#[inline]
pub fn socket_ce() -> *mut zend_class_entry {
    SOCKET.ce()
}

// SAFETY: `std` is the last field, zero is "no stream" for `zstream` and 0 for the ints (`init`
// sets the rest), and `Socket` declares no properties.
unsafe impl EmbedsObject for PhpSocket {
    const OFFSET: usize = std::mem::offset_of!(PhpSocket, std);

    fn slot() -> &'static ClassSlot {
        &SOCKET
    }

    /// `socket_create_object()`.
    fn init(&mut self) {
        self.bsd_socket = -1;
        self.type_ = libc::PF_UNSPEC;
        self.error = 0;
        self.blocking = 1;
        // zstream is zeroed = UNDEF.
    }

    /// `socket_free_obj()`: closes the descriptor unless a stream owns it.
    fn release(&mut self) {
        if !self.has_stream() {
            if self.bsd_socket >= 0 {
                crate::net::close(self.bsd_socket);
            }
        } else {
            // SAFETY: zstream holds the stream resource.
            unsafe { sys::zval_ptr_dtor(&mut self.zstream) };
        }
    }
}

impl NotConstructible for PhpSocket {
    const NO_CONSTRUCTOR: &'static str =
        "Cannot directly construct Socket, use socket_create() instead";
}

impl PhpSocket {
    /// `socket_from_obj()`.
    ///
    /// # Safety
    /// `obj` must be a `Socket` object.
    #[inline]
    pub unsafe fn from_obj<'a>(obj: *mut zend_object) -> &'a mut PhpSocket {
        class::from_obj(obj)
    }

    /// `Z_SOCKET_P(zv)`.
    ///
    /// # Safety
    /// `zv` must hold a `Socket` object (as checked by zpp's `O` with `socket_ce`).
    #[inline]
    pub unsafe fn from_zval<'a>(zv: *mut zval) -> &'a mut PhpSocket {
        Self::from_obj((*zv).value.obj)
    }

    /// `ENSURE_SOCKET_VALID()` for argument `arg`: false (with an Error thrown) when closed.
    /// A Socket whose stream was closed elsewhere keeps failing with EBADF as in C, but on a
    /// descriptor number that cannot have been reused (`streams_hook::forget_closed_stream`).
    #[inline]
    pub fn ensure_valid_arg(&mut self, arg: u32) -> bool {
        if self.bsd_socket < 0 {
            error::argument_error(arg, "has already been closed");
            return false;
        }
        if self.has_stream() {
            super::streams_hook::forget_closed_stream(self);
        }
        true
    }

    /// `ENSURE_SOCKET_VALID()` for argument #1.
    #[inline]
    pub fn ensure_valid(&mut self) -> bool {
        self.ensure_valid_arg(1)
    }

    /// Whether a stream owns the descriptor.
    pub fn has_stream(&self) -> bool {
        // SAFETY: plain read of the type tag.
        unsafe { value::ztype(&self.zstream) != sys::IS_UNDEF }
    }

    /// Records an error on this socket and globally, without a warning (`PHP_IS_TRANSIENT_ERROR`).
    pub fn set_error(&mut self, errno: c_int) {
        self.error = errno;
        super::set_last_error(errno);
    }

    /// `PHP_SOCKET_ERROR(sock, msg, errno)`: records the error and warns, except for
    /// EAGAIN/EWOULDBLOCK/EINPROGRESS.
    pub fn socket_error(&mut self, msg: &str, errno: c_int) {
        self.set_error(errno);
        super::warn_errno(msg, errno);
    }
}

/// `object_init_ex(return_value, socket_ce)` and the new object's `php_socket`.
///
/// # Safety
/// `rv` must be the (IS_NULL) return value slot or another writable zval.
pub unsafe fn new_socket<'a>(rv: *mut zval) -> &'a mut PhpSocket {
    sys::object_init_ex(rv, socket_ce());
    PhpSocket::from_zval(rv)
}

unsafe extern "C" fn get_gc(
    obj: *mut zend_object,
    table: *mut *mut zval,
    n: *mut c_int,
) -> *mut sys::zend_array {
    let sock = PhpSocket::from_obj(obj);
    *table = &mut sock.zstream;
    *n = 1;
    ext_php_rs::ffi::zend_std_get_properties(obj)
}

/// Registers `Socket` (MINIT).
///
/// # Safety
/// Call during MINIT only.
pub unsafe fn register() {
    class::register_final::<PhpSocket>(c"Socket").get_gc = Some(get_gc);
}
