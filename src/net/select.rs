//! `select(2)` over descriptor sets, as socket_select uses it.
//!
//! The C extension calls select(2) itself, so we do too: the return value (a descriptor ready
//! for reading and writing counts twice), which conditions count as "exceptional" (`POLLPRI`),
//! EBADF for a descriptor closed behind PHP's back, EINVAL for a negative or out-of-range
//! timeout and EINTR are then the kernel's, exactly as in C. Descriptors at or above
//! `FD_SETSIZE` cannot go into an `fd_set`; [`FdSet::insert`] ignores them as `PHP_SAFE_FD_SET`
//! does and the caller refuses to select (see [`FD_SETSIZE`]).

use std::os::fd::RawFd;

use super::{cvt, Result};

/// `FD_SETSIZE`: the first descriptor an `fd_set` cannot hold.
pub const FD_SETSIZE: RawFd = libc::FD_SETSIZE as RawFd;

/// An `fd_set`.
pub struct FdSet(libc::fd_set);

impl Default for FdSet {
    fn default() -> Self {
        Self::new()
    }
}

impl FdSet {
    /// `FD_ZERO`.
    pub fn new() -> Self {
        // SAFETY: an all-zero fd_set is the empty set (what FD_ZERO writes).
        FdSet(unsafe { std::mem::zeroed() })
    }

    /// `PHP_SAFE_FD_SET`: `FD_SET` for descriptors that fit, nothing for others.
    #[inline]
    pub fn insert(&mut self, fd: RawFd) {
        if (0..FD_SETSIZE).contains(&fd) {
            // SAFETY: fd is within the set's range.
            unsafe { libc::FD_SET(fd, &mut self.0) };
        }
    }

    /// `PHP_SAFE_FD_ISSET`.
    #[inline]
    pub fn contains(&self, fd: RawFd) -> bool {
        // SAFETY: fd is within the set's range.
        (0..FD_SETSIZE).contains(&fd) && unsafe { libc::FD_ISSET(fd, &self.0) }
    }
}

/// The `timeval` socket_select passes: `None` blocks indefinitely; microseconds above 999999
/// carry into the seconds (Solaris and BSD refuse them); anything else, negative values
/// included, goes to the kernel unchanged.
pub fn timeval(sec: i64, usec: i64) -> libc::timeval {
    if usec > 999_999 {
        libc::timeval {
            tv_sec: sec.wrapping_add(usec / 1_000_000) as libc::time_t,
            tv_usec: (usec % 1_000_000) as libc::suseconds_t,
        }
    } else {
        libc::timeval {
            tv_sec: sec as libc::time_t,
            tv_usec: usec as libc::suseconds_t,
        }
    }
}

/// `select(max_fd + 1, read, write, except, timeout)`: the number of ready bits over the three
/// sets, which are left holding only the ready descriptors. One call: EINTR is returned, not
/// retried, as in C.
pub fn select(
    max_fd: RawFd,
    read: &mut FdSet,
    write: &mut FdSet,
    except: &mut FdSet,
    timeout: Option<libc::timeval>,
) -> Result<i32> {
    let mut tv = timeout;
    let tvp = tv
        .as_mut()
        .map_or(std::ptr::null_mut(), |t| t as *mut libc::timeval);
    // SAFETY: three valid fd_sets and a valid or null timeval.
    cvt(unsafe { libc::select(max_fd + 1, &mut read.0, &mut write.0, &mut except.0, tvp) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::{close, io, ops, Error};

    #[test]
    fn readiness_and_counting() {
        let (a, b) = ops::socketpair(libc::AF_UNIX, libc::SOCK_STREAM, 0).unwrap();
        let (mut r, mut w, mut e) = (FdSet::new(), FdSet::new(), FdSet::new());
        r.insert(a);
        r.insert(b);
        w.insert(a);
        let t = Some(timeval(0, 0));
        // Nothing to read, `a` writable.
        assert_eq!(select(a.max(b), &mut r, &mut w, &mut e, t).unwrap(), 1);
        assert!(!r.contains(a) && !r.contains(b) && w.contains(a));
        io::write(a, b"x").unwrap();
        let (mut r, mut w) = (FdSet::new(), FdSet::new());
        r.insert(b);
        w.insert(b);
        // Readable and writable: two bits, as select(2) counts them.
        assert_eq!(select(b, &mut r, &mut w, &mut e, t).unwrap(), 2);
        assert!(r.contains(b) && w.contains(b));
        close(a);
        close(b);
    }

    #[test]
    fn errors_come_from_the_kernel() {
        let (a, b) = ops::socketpair(libc::AF_UNIX, libc::SOCK_STREAM, 0).unwrap();
        let mut r = FdSet::new();
        r.insert(a);
        let t = Some(timeval(-1, 0));
        assert_eq!(
            select(a, &mut r, &mut FdSet::new(), &mut FdSet::new(), t),
            Err(Error::Os(libc::EINVAL))
        );
        // A closed descriptor inside the process's descriptor table (select(2) ignores those
        // beyond it): a high duplicate, closed at once. Descriptors are allocated lowest first,
        // so another test will not reuse it meanwhile.
        // SAFETY: F_DUPFD on an open descriptor.
        let bad = unsafe { libc::fcntl(a, libc::F_DUPFD, 900) };
        assert!(bad >= 900);
        close(bad);
        close(a);
        close(b);
        let mut r = FdSet::new();
        r.insert(bad);
        assert_eq!(
            select(
                bad,
                &mut r,
                &mut FdSet::new(),
                &mut FdSet::new(),
                Some(timeval(0, 0))
            ),
            Err(Error::Os(libc::EBADF))
        );
    }

    #[test]
    fn large_descriptors_are_ignored_and_usec_carries() {
        let mut s = FdSet::new();
        s.insert(FD_SETSIZE);
        s.insert(-1);
        assert!(!s.contains(FD_SETSIZE) && !s.contains(-1));
        let tv = timeval(1, 2_500_000);
        assert_eq!((tv.tv_sec, tv.tv_usec), (3, 500_000));
        let tv = timeval(1, -5);
        assert_eq!((tv.tv_sec, tv.tv_usec), (1, -5));
    }
}
