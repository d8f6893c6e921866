//! What a descriptor handed over by a PHP stream is: `socket_import_file_descriptor()` and the
//! protocol probe of `socket_export_stream()` in sockets.c.

use std::os::fd::RawFd;

use super::{cvt, Result};

/// `getsockopt(fd, SOL_SOCKET, opt)` for an int option.
fn int_opt(fd: RawFd, opt: libc::c_int) -> Result<libc::c_int> {
    let mut v: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: valid out pointers of the stated size.
    cvt(unsafe {
        libc::getsockopt(
            fd,
            libc::SOL_SOCKET,
            opt,
            (&mut v as *mut libc::c_int).cast(),
            &mut len,
        )
    })?;
    Ok(v)
}

/// The address family of a socket: `SO_DOMAIN`, else the family `getsockname(2)` reports.
/// The error is the errno of the failed `getsockname`.
pub fn family(fd: RawFd) -> Result<i32> {
    if let Ok(d) = int_opt(fd, libc::SO_DOMAIN) {
        return Ok(d);
    }
    Ok(super::ops::local_addr(fd)?.family() as i32)
}

/// `SO_TYPE`.
pub fn socket_type(fd: RawFd) -> Result<i32> {
    int_opt(fd, libc::SO_TYPE)
}

/// `SO_PROTOCOL`.
pub fn protocol(fd: RawFd) -> Result<i32> {
    int_opt(fd, libc::SO_PROTOCOL)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::{close, ops};

    #[test]
    fn family_type_protocol() {
        let s = ops::socket(libc::AF_INET, libc::SOCK_STREAM, 0).unwrap();
        assert_eq!(family(s).unwrap(), libc::AF_INET);
        assert_eq!(socket_type(s).unwrap(), libc::SOCK_STREAM);
        assert_eq!(protocol(s).unwrap(), libc::IPPROTO_TCP);
        close(s);
        let (a, b) = ops::socketpair(libc::AF_UNIX, libc::SOCK_DGRAM, 0).unwrap();
        assert_eq!(family(a).unwrap(), libc::AF_UNIX);
        assert_eq!(socket_type(a).unwrap(), libc::SOCK_DGRAM);
        close(a);
        close(b);
        // Not a socket: ENOTSOCK from getsockname.
        let mut p = [0; 2];
        // SAFETY: valid out array.
        assert_eq!(unsafe { libc::pipe(p.as_mut_ptr()) }, 0);
        assert_eq!(family(p[0]), Err(crate::net::Error::Os(libc::ENOTSOCK)));
        close(p[0]);
        close(p[1]);
    }
}
