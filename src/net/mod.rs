//! The PHP-free core: socket system calls on raw descriptors through socket2 (libc only where
//! socket2 has no call), address parsing and formatting as ext/sockets does it, and errno
//! handling. No zval, no Zend: plain Rust in and out, unit-tested with `cargo test`.

pub mod addr;
pub mod addrinfo;
pub mod eyeballs;
pub mod fdinfo;
pub mod io;
pub mod msg;
pub mod multicast;
pub mod ops;
pub mod options;
pub mod resolve;
pub mod select;

use std::os::fd::{BorrowedFd, RawFd};

use socket2::SockRef;

pub use addr::{Resolved, SockAddrExt};

/// Errors of the core. `Os` carries an errno; the host lookup variant carries the value the
/// C extension records for it (`-10000 - h_errno`).
#[derive(Debug, thiserror::Error, PartialEq, Eq, Clone)]
pub enum Error {
    /// A failed system call.
    #[error("{msg} [{0}]", msg = strerror(*.0))]
    Os(i32),
    /// `gethostbyname()`/`getaddrinfo()` found nothing.
    #[error("Host lookup failed [{0}]: {msg}", msg = strerror(*.0))]
    HostLookup(i32),
    /// A name resolved to an address of another family.
    #[error("Host lookup failed: Non {0} domain returned on {0} socket")]
    WrongFamily(&'static str),
}

impl Error {
    /// The errno (or host-lookup code) to record as the socket's last error.
    pub fn code(&self) -> i32 {
        match self {
            Error::Os(e) | Error::HostLookup(e) => *e,
            Error::WrongFamily(_) => 0,
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error::Os(e.raw_os_error().unwrap_or(libc::EIO))
    }
}

pub type Result<T> = std::result::Result<T, Error>;

/// The calling thread's errno.
pub fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// Sets errno (C's `set_errno`).
pub fn set_errno(e: i32) {
    // SAFETY: errno is thread-local.
    unsafe { *libc::__errno_location() = e };
}

/// `sockets_strerror()`: `strerror()` for errno values, `hstrerror()` for the encoded host
/// lookup codes below -10000.
pub fn strerror(code: i32) -> String {
    // SAFETY: both return pointers to static (or thread-local) NUL-terminated text.
    let p = unsafe {
        if code < -10000 {
            hstrerror(code.wrapping_neg().wrapping_sub(10000))
        } else {
            libc::strerror(code)
        }
    };
    if p.is_null() {
        return String::new();
    }
    // SAFETY: non-null C string.
    unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned()
}

extern "C" {
    pub(crate) fn inet_pton(
        af: libc::c_int,
        src: *const libc::c_char,
        dst: *mut libc::c_void,
    ) -> libc::c_int;
    pub(crate) fn inet_ntop(
        af: libc::c_int,
        src: *const libc::c_void,
        dst: *mut libc::c_char,
        size: libc::socklen_t,
    ) -> *const libc::c_char;
    fn hstrerror(err: libc::c_int) -> *const libc::c_char;
}

/// `PHP_IS_TRANSIENT_ERROR`: errors that do not warrant a warning.
pub fn is_transient(errno: i32) -> bool {
    errno == libc::EAGAIN || errno == libc::EWOULDBLOCK || errno == libc::EINPROGRESS
}

/// Runs `f` with a socket2 view of a descriptor we do not own.
pub(crate) fn with_sock<T>(fd: RawFd, f: impl FnOnce(SockRef<'_>) -> T) -> T {
    // SAFETY: callers pass an open descriptor (the Socket object checks `bsd_socket >= 0`) that
    // stays open for the call; SockRef never closes it.
    let b = unsafe { BorrowedFd::borrow_raw(fd) };
    f(SockRef::from(&b))
}

/// `close(2)`.
pub fn close(fd: RawFd) {
    // SAFETY: the caller owns `fd` and forgets it afterwards.
    unsafe { libc::close(fd) };
}

/// Converts a -1/errno return into `Result`.
pub(crate) fn cvt(r: libc::c_int) -> Result<libc::c_int> {
    if r < 0 {
        Err(Error::Os(errno()))
    } else {
        Ok(r)
    }
}

pub(crate) fn cvt_size(r: libc::ssize_t) -> Result<usize> {
    if r < 0 {
        Err(Error::Os(errno()))
    } else {
        Ok(r as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strerror_matches_libc_and_hstrerror() {
        assert_eq!(strerror(libc::ECONNREFUSED), "Connection refused");
        assert_eq!(strerror(-10001), "Unknown host");
        assert_eq!(strerror(i32::MIN), "Unknown resolver error");
        assert!(is_transient(libc::EAGAIN));
        assert!(!is_transient(libc::ECONNRESET));
    }
}
