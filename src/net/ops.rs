//! Creating, naming, connecting and closing sockets.

use std::os::fd::{IntoRawFd, RawFd};

use socket2::{Domain, Protocol, SockAddr, Socket, Type};

use super::{cvt, with_sock, Result};

/// `socket(2)`, without `SOCK_CLOEXEC` (the C extension's descriptors survive `exec`).
pub fn socket(domain: i32, ty: i32, protocol: i32) -> Result<RawFd> {
    let s = Socket::new_raw(
        Domain::from(domain),
        Type::from(ty),
        Some(Protocol::from(protocol)),
    )?;
    Ok(s.into_raw_fd())
}

/// `socketpair(2)`, without `SOCK_CLOEXEC`.
pub fn socketpair(domain: i32, ty: i32, protocol: i32) -> Result<(RawFd, RawFd)> {
    let (a, b) = Socket::pair_raw(
        Domain::from(domain),
        Type::from(ty),
        Some(Protocol::from(protocol)),
    )?;
    Ok((a.into_raw_fd(), b.into_raw_fd()))
}

/// `bind(2)`.
pub fn bind(fd: RawFd, addr: &SockAddr) -> Result<()> {
    with_sock(fd, |s| s.bind(addr))?;
    Ok(())
}

/// `connect(2)`. socket2 would turn EINTR into a retry loop; C reports it, so call libc.
pub fn connect(fd: RawFd, addr: &SockAddr) -> Result<()> {
    // SAFETY: `addr` points to a valid sockaddr of `len` bytes.
    cvt(unsafe { libc::connect(fd, addr.as_ptr().cast(), addr.len()) })?;
    Ok(())
}

/// `listen(2)` with the backlog as given (a C int, truncated as C does).
pub fn listen(fd: RawFd, backlog: i64) -> Result<()> {
    // SAFETY: plain syscall.
    cvt(unsafe { libc::listen(fd, backlog as libc::c_int) })?;
    Ok(())
}

/// `accept(2)`, or with `cloexec` `accept4(2)` with `SOCK_CLOEXEC` (the C extension from PHP
/// 8.4); returns the new descriptor and the peer's address family.
pub fn accept(fd: RawFd, cloexec: bool) -> Result<(RawFd, i32)> {
    let (s, addr) = with_sock(fd, |s| if cloexec { s.accept() } else { s.accept_raw() })?;
    Ok((s.into_raw_fd(), addr.family() as i32))
}

/// `getsockname(2)`.
pub fn local_addr(fd: RawFd) -> Result<SockAddr> {
    Ok(with_sock(fd, |s| s.local_addr())?)
}

/// `getpeername(2)`.
pub fn peer_addr(fd: RawFd) -> Result<SockAddr> {
    Ok(with_sock(fd, |s| s.peer_addr())?)
}

/// `shutdown(2)` with the raw `how` (0, 1, 2).
pub fn shutdown(fd: RawFd, how: i32) -> Result<()> {
    // SAFETY: plain syscall.
    cvt(unsafe { libc::shutdown(fd, how) })?;
    Ok(())
}

/// `php_set_sock_blocking()`: toggles O_NONBLOCK with fcntl.
pub fn set_blocking(fd: RawFd, blocking: bool) -> Result<()> {
    with_sock(fd, |s| s.set_nonblocking(!blocking))?;
    Ok(())
}

/// Whether O_NONBLOCK is set.
pub fn is_nonblocking(fd: RawFd) -> Result<bool> {
    // SAFETY: plain syscall.
    let flags = cvt(unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
    Ok(flags & libc::O_NONBLOCK != 0)
}

/// `SIOCATMARK` (<asm-generic/sockios.h>: x86, arm, riscv …; alpha, mips and sparc use other
/// numbers); not in the `libc` crate.
const SIOCATMARK: u32 = 0x8905;

/// `sockatmark(3)`: whether the next byte to read is the out-of-band mark, through
/// `ioctl(fd, SIOCATMARK, &int)` as glibc implements it.
pub fn at_mark(fd: RawFd) -> Result<bool> {
    let mut at: libc::c_int = 0;
    // SAFETY: SIOCATMARK writes one int through the pointer, which points at `at`.
    cvt(unsafe { libc::ioctl(fd, SIOCATMARK as _, &mut at as *mut libc::c_int) })?;
    Ok(at != 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::{addr, close, Error};

    #[test]
    fn at_mark_after_urgent_data() {
        let l = socket(libc::AF_INET, libc::SOCK_STREAM, 0).unwrap();
        bind(l, &addr::sockaddr_v4(std::net::Ipv4Addr::LOCALHOST, 0)).unwrap();
        listen(l, 1).unwrap();
        let c = socket(libc::AF_INET, libc::SOCK_STREAM, 0).unwrap();
        connect(c, &local_addr(l).unwrap()).unwrap();
        let (a, _) = accept(l, false).unwrap();
        assert!(!at_mark(a).unwrap());
        crate::net::io::send(c, b"ab", 0).unwrap();
        crate::net::io::send(c, b"!", libc::MSG_OOB).unwrap();
        let mut buf = [0u8; 2];
        // Both normal bytes, then the read position is at the mark.
        assert_eq!(
            crate::net::io::recv(a, &mut buf, libc::MSG_WAITALL).unwrap(),
            2
        );
        assert!(at_mark(a).unwrap());
        for fd in [a, c, l] {
            close(fd);
        }
        assert_eq!(at_mark(l).unwrap_err(), Error::Os(libc::EBADF));
    }

    #[test]
    fn create_bind_listen_connect_accept() {
        let l = socket(libc::AF_INET, libc::SOCK_STREAM, 0).unwrap();
        bind(l, &addr::sockaddr_v4(std::net::Ipv4Addr::LOCALHOST, 0)).unwrap();
        listen(l, 16).unwrap();
        let local = local_addr(l).unwrap();
        let c = socket(libc::AF_INET, libc::SOCK_STREAM, 0).unwrap();
        let c2 = socket(libc::AF_INET, libc::SOCK_STREAM, 0).unwrap();
        connect(c, &local).unwrap();
        let (a, fam) = accept(l, false).unwrap();
        assert_eq!(fam, libc::AF_INET);
        // SAFETY: plain syscall on a descriptor we own.
        let fd_flags = unsafe { libc::fcntl(a, libc::F_GETFD) };
        assert_eq!(fd_flags & libc::FD_CLOEXEC, 0);
        connect(c2, &local).unwrap();
        let (b, _) = accept(l, true).unwrap();
        // SAFETY: as above.
        let fd_flags = unsafe { libc::fcntl(b, libc::F_GETFD) };
        assert_eq!(fd_flags & libc::FD_CLOEXEC, libc::FD_CLOEXEC);
        assert_eq!(
            peer_addr(a).unwrap().as_socket(),
            local_addr(c).unwrap().as_socket()
        );
        assert!(!is_nonblocking(a).unwrap());
        set_blocking(a, false).unwrap();
        assert!(is_nonblocking(a).unwrap());
        shutdown(c, 2).unwrap();
        for fd in [l, c, a, c2, b] {
            close(fd);
        }
    }

    #[test]
    fn errors_carry_errno() {
        assert_eq!(
            socket(9999, libc::SOCK_STREAM, 0),
            Err(Error::Os(libc::EAFNOSUPPORT))
        );
        let c = socket(libc::AF_INET, libc::SOCK_STREAM, 0).unwrap();
        let l = socket(libc::AF_INET, libc::SOCK_STREAM, 0).unwrap();
        bind(l, &addr::sockaddr_v4(std::net::Ipv4Addr::LOCALHOST, 0)).unwrap();
        let unused = local_addr(l).unwrap();
        close(l);
        assert_eq!(connect(c, &unused), Err(Error::Os(libc::ECONNREFUSED)));
        close(c);
    }
}
