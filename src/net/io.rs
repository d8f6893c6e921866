//! Reading and writing: `read`/`recv`/`send`/`write`, `sendto`/`recvfrom` with the address
//! structures socket_sendto/socket_recvfrom build, and the byte-at-a-time line read of
//! `PHP_NORMAL_READ`.

use std::mem;
use std::os::fd::RawFd;

use socket2::SockAddr;

use super::addr::SUN_PATH_LEN;
use super::{cvt_size, Result};

/// `recv(2)` into `buf` (used by socket_read's binary mode and socket_recv).
pub fn recv(fd: RawFd, buf: &mut [u8], flags: i32) -> Result<usize> {
    // SAFETY: `buf` is writable for its length.
    cvt_size(unsafe { libc::recv(fd, buf.as_mut_ptr().cast(), buf.len(), flags) })
}

/// `poll(2)` on one descriptor for `events` (`POLLIN`, `POLLOUT`), waiting up to `timeout_ms`
/// milliseconds (-1: no limit, 0: just look). Returns the `revents` the kernel reported, 0 when
/// the time ran out. EINTR is returned as an error for the caller to retry with the time left.
pub fn poll_one(fd: RawFd, events: i16, timeout_ms: i32) -> Result<i16> {
    let mut p = libc::pollfd {
        fd,
        events,
        revents: 0,
    };
    // SAFETY: one valid pollfd, for the length 1 given.
    let r = unsafe { libc::poll(&mut p, 1, timeout_ms) };
    super::cvt(r)?;
    Ok(if r == 0 { 0 } else { p.revents })
}

/// Milliseconds from now until `t`, as poll(2) takes a timeout: -1 = no limit, 0 = passed,
/// else rounded up (so a poll never wakes just before its deadline).
pub fn ms_until(t: Option<std::time::Instant>) -> i32 {
    match t {
        None => -1,
        Some(t) => t
            .saturating_duration_since(std::time::Instant::now())
            .as_micros()
            .div_ceil(1000)
            .min(i32::MAX as u128) as i32,
    }
}

/// `poll(2)` on many descriptors: fills each `revents`, waiting up to `timeout_ms` (as for
/// [`poll_one`]). Returns how many descriptors have events, 0 when the time ran out; EINTR is an
/// error for the caller to retry.
pub fn poll_many(fds: &mut [libc::pollfd], timeout_ms: i32) -> Result<usize> {
    // SAFETY: `fds` is a valid array of pollfd for the length given.
    let r = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, timeout_ms) };
    super::cvt(r)?;
    Ok(r as usize)
}

/// `write(2)` (socket_write).
pub fn write(fd: RawFd, buf: &[u8]) -> Result<usize> {
    // SAFETY: `buf` is readable for its length.
    cvt_size(unsafe { libc::write(fd, buf.as_ptr().cast(), buf.len()) })
}

/// `send(2)`.
pub fn send(fd: RawFd, buf: &[u8], flags: i32) -> Result<usize> {
    // SAFETY: `buf` is readable for its length.
    cvt_size(unsafe { libc::send(fd, buf.as_ptr().cast(), buf.len(), flags) })
}

/// `sendto(2)` to `addr`.
pub fn sendto(fd: RawFd, buf: &[u8], flags: i32, addr: &SockAddr) -> Result<usize> {
    // SAFETY: `buf` is readable for its length; `addr` is a valid address of `addr.len()` bytes.
    cvt_size(unsafe {
        libc::sendto(
            fd,
            buf.as_ptr().cast(),
            buf.len(),
            flags,
            addr.as_ptr().cast(),
            addr.len(),
        )
    })
}

/// The `sockaddr_un` socket_sendto builds: `snprintf(sun_path, sizeof sun_path, "%s", addr)`
/// (the path stops at the first NUL and keeps at most 107 bytes) and length `SUN_LEN()`
/// (family plus `strlen(sun_path)`).
pub fn sendto_unix_addr(path: &[u8]) -> SockAddr {
    let path = super::addr::c_str(path);
    let n = path.len().min(SUN_PATH_LEN - 1);
    let mut storage = socket2::SockAddrStorage::zeroed();
    // SAFETY: the storage is aligned for and larger than a sockaddr_un.
    let un: &mut libc::sockaddr_un = unsafe { storage.view_as() };
    un.sun_family = libc::AF_UNIX as libc::sa_family_t;
    for (d, s) in un.sun_path.iter_mut().zip(&path[..n]) {
        *d = *s as libc::c_char;
    }
    let len = mem::size_of::<libc::sa_family_t>() + n;
    // SAFETY: the storage holds an initialised AF_UNIX address of `len` bytes.
    unsafe { SockAddr::new(storage, len as libc::socklen_t) }
}

/// The sender of a datagram as `recvfrom(2)` filled it in, read as the socket's family
/// (socket_recvfrom interprets the buffer by the socket's type, not by what came back).
pub struct Peer {
    storage: libc::sockaddr_storage,
}

/// `INET6_ADDRSTRLEN`.
pub const ADDRSTRLEN: usize = 46;

impl Peer {
    /// `s_un.sun_path` as a C string: the bytes before the first NUL (empty for an unnamed
    /// or abstract sender).
    pub fn unix_path(&self) -> &[u8] {
        // SAFETY: the storage is large enough for a sockaddr_un; any bytes are valid.
        let un = unsafe {
            &*(&self.storage as *const libc::sockaddr_storage as *const libc::sockaddr_un)
        };
        // SAFETY: c_char and u8 have the same layout.
        let path: &[u8; SUN_PATH_LEN] =
            unsafe { &*(un.sun_path.as_ptr() as *const [u8; SUN_PATH_LEN]) };
        super::addr::c_str(path)
    }

    /// `inet_ntop(AF_INET, &sin.sin_addr)` and `ntohs(sin.sin_port)`, written into `buf`.
    pub fn inet4<'a>(&self, buf: &'a mut [u8; ADDRSTRLEN]) -> (&'a [u8], u16) {
        // SAFETY: the storage is large enough for a sockaddr_in.
        let sin = unsafe {
            &*(&self.storage as *const libc::sockaddr_storage as *const libc::sockaddr_in)
        };
        (
            ntop(
                libc::AF_INET,
                (&sin.sin_addr as *const libc::in_addr).cast(),
                buf,
            ),
            u16::from_be(sin.sin_port),
        )
    }

    /// `inet_ntop(AF_INET6, &sin6.sin6_addr)` and `ntohs(sin6.sin6_port)`, written into `buf`.
    pub fn inet6<'a>(&self, buf: &'a mut [u8; ADDRSTRLEN]) -> (&'a [u8], u16) {
        // SAFETY: the storage is large enough for a sockaddr_in6.
        let sin6 = unsafe {
            &*(&self.storage as *const libc::sockaddr_storage as *const libc::sockaddr_in6)
        };
        (
            ntop(
                libc::AF_INET6,
                (&sin6.sin6_addr as *const libc::in6_addr).cast(),
                buf,
            ),
            u16::from_be(sin6.sin6_port),
        )
    }
}

/// `inet_ntop()` into a stack buffer; the text without its NUL (empty if it failed).
fn ntop(af: i32, src: *const libc::c_void, buf: &mut [u8; ADDRSTRLEN]) -> &[u8] {
    buf[0] = 0;
    // SAFETY: `src` points to an address of family `af`; `buf` has ADDRSTRLEN bytes.
    unsafe {
        super::inet_ntop(
            af,
            src,
            buf.as_mut_ptr().cast(),
            ADDRSTRLEN as libc::socklen_t,
        )
    };
    super::addr::c_str(&buf[..])
}

/// `recvfrom(2)` into `buf`, with the sender written into a zeroed `sockaddr_un`,
/// `sockaddr_in` or `sockaddr_in6` according to `family` (socket_recvfrom's buffers).
pub fn recvfrom(fd: RawFd, buf: &mut [u8], flags: i32, family: i32) -> Result<(usize, Peer)> {
    // SAFETY: all-zero is a valid sockaddr_storage.
    let mut peer = Peer {
        storage: unsafe { mem::zeroed() },
    };
    let mut slen = match family {
        libc::AF_INET => mem::size_of::<libc::sockaddr_in>(),
        libc::AF_INET6 => mem::size_of::<libc::sockaddr_in6>(),
        _ => mem::size_of::<libc::sockaddr_un>(),
    } as libc::socklen_t;
    peer.storage.ss_family = family as libc::sa_family_t;
    // SAFETY: `buf` is writable for its length; the storage holds `slen` bytes.
    let n = cvt_size(unsafe {
        libc::recvfrom(
            fd,
            buf.as_mut_ptr().cast(),
            buf.len(),
            flags,
            (&mut peer.storage as *mut libc::sockaddr_storage).cast(),
            &mut slen,
        )
    })?;
    Ok((n, peer))
}

/// `php_read()`: `PHP_NORMAL_READ`, one `recv(2)` of one byte at a time until `\r` or `\n`
/// (kept, and counted) or `buf` is full.
///
/// It follows the C loop, including its end-of-stream rule (a non-blocking socket returns what
/// it has at the second empty read; a blocking one fails with ECONNRESET after 200 empty
/// reads), with two of its bugs fixed: EAGAIN (non-blocking with no data, or SO_RCVTIMEO
/// expiring) returns the partial line, or the EAGAIN error when there is none, instead of
/// spinning forever; and the byte after a partial line is never read uninitialised.
pub fn read_line(fd: RawFd, buf: &mut [u8]) -> Result<usize> {
    let nonblock = super::ops::is_nonblocking(fd)?;
    let maxlen = buf.len();
    let mut n = 0usize;
    let mut m: isize = 0;
    let mut no_read = 0u32;
    if maxlen == 0 {
        return Ok(0);
    }
    buf[0] = 0;
    // `cur` is the byte the C code inspects through `*t`: the last one read, or 0.
    let cur = |buf: &[u8], n: usize| if n < maxlen { buf[n] } else { 0 };
    while cur(buf, n) != b'\n' && cur(buf, n) != b'\r' && n < maxlen {
        if m > 0 {
            n += 1;
            if n < maxlen {
                buf[n] = 0;
            }
        } else if m == 0 {
            no_read += 1;
            if nonblock && no_read >= 2 {
                return Ok(n);
            }
            if no_read > 200 {
                return Err(super::Error::Os(libc::ECONNRESET));
            }
        }
        if n < maxlen {
            // SAFETY: one writable byte at buf[n].
            m = unsafe { libc::recv(fd, buf.as_mut_ptr().add(n).cast(), 1, 0) };
            if m < 0 {
                let e = super::errno();
                if e == libc::EAGAIN || e == libc::EWOULDBLOCK {
                    buf[n] = 0;
                    return if n > 0 {
                        Ok(n)
                    } else {
                        Err(super::Error::Os(e))
                    };
                }
                if e != libc::ESPIPE {
                    return Err(super::Error::Os(e));
                }
                m = 0;
            } else if m == 0 {
                buf[n] = 0;
            }
        }
    }
    if n < maxlen {
        n += 1;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::{close, ops, Error};

    fn pair() -> (RawFd, RawFd) {
        ops::socketpair(libc::AF_UNIX, libc::SOCK_STREAM, 0).unwrap()
    }

    #[test]
    fn send_recv_with_flags() {
        let (a, b) = pair();
        assert_eq!(send(a, b"hello", 0).unwrap(), 5);
        let mut buf = [0u8; 8];
        assert_eq!(recv(b, &mut buf[..3], libc::MSG_PEEK).unwrap(), 3);
        assert_eq!(&buf[..3], b"hel");
        assert_eq!(recv(b, &mut buf, 0).unwrap(), 5);
        assert_eq!(&buf[..5], b"hello");
        assert_eq!(
            recv(b, &mut buf, libc::MSG_DONTWAIT),
            Err(Error::Os(libc::EAGAIN))
        );
        close(a);
        assert_eq!(recv(b, &mut buf, 0).unwrap(), 0);
        close(b);
    }

    #[test]
    fn sendto_unix_addr_is_snprintf_and_sun_len() {
        let a = sendto_unix_addr(b"/tmp/x.sock\0ignored");
        assert_eq!(a.len() as usize, 2 + 11);
        let long = [b'a'; 200];
        assert_eq!(sendto_unix_addr(&long).len() as usize, 2 + 107);
        assert_eq!(sendto_unix_addr(b"").len() as usize, 2);
    }

    #[test]
    fn udp4_sendto_recvfrom() {
        let s = ops::socket(libc::AF_INET, libc::SOCK_DGRAM, 0).unwrap();
        ops::bind(
            s,
            &crate::net::addr::sockaddr_v4(std::net::Ipv4Addr::LOCALHOST, 0),
        )
        .unwrap();
        let local = ops::local_addr(s).unwrap();
        assert_eq!(sendto(s, b"ping", 0, &local).unwrap(), 4);
        let mut buf = [0u8; 16];
        let (n, peer) = recvfrom(s, &mut buf, 0, libc::AF_INET).unwrap();
        assert_eq!(&buf[..n], b"ping");
        let mut text = [0u8; ADDRSTRLEN];
        let (ip, port) = peer.inet4(&mut text);
        assert_eq!(ip, b"127.0.0.1");
        assert_eq!(Some(port), local.as_socket().map(|a| a.port()));
        close(s);
    }

    #[test]
    fn unix_dgram_recvfrom_unnamed_sender_has_empty_path() {
        let (a, b) = ops::socketpair(libc::AF_UNIX, libc::SOCK_DGRAM, 0).unwrap();
        send(a, b"", 0).unwrap();
        let mut buf = [0u8; 4];
        let (n, peer) = recvfrom(b, &mut buf, 0, libc::AF_UNIX).unwrap();
        assert_eq!(n, 0);
        assert_eq!(peer.unix_path(), b"");
        assert_eq!(
            recvfrom(b, &mut buf, libc::MSG_DONTWAIT, libc::AF_UNIX).err(),
            Some(Error::Os(libc::EAGAIN))
        );
        close(a);
        close(b);
    }

    #[test]
    fn normal_read_stops_at_cr_or_lf() {
        let (a, b) = pair();
        write(a, b"ab\r\ncd\n").unwrap();
        let mut buf = [0u8; 64];
        let n = read_line(b, &mut buf).unwrap();
        assert_eq!(&buf[..n], b"ab\r");
        let n = read_line(b, &mut buf).unwrap();
        assert_eq!(&buf[..n], b"\n");
        let n = read_line(b, &mut buf).unwrap();
        assert_eq!(&buf[..n], b"cd\n");
        close(a);
        close(b);
    }

    #[test]
    fn normal_read_full_buffer_and_eof() {
        let (a, b) = pair();
        write(a, b"abcdef").unwrap();
        let mut buf = [0u8; 4];
        assert_eq!(read_line(b, &mut buf).unwrap(), 4);
        assert_eq!(&buf, b"abcd");
        close(a);
        // Blocking EOF after a partial line: ECONNRESET, as in C.
        let mut big = [0u8; 16];
        assert_eq!(read_line(b, &mut big), Err(Error::Os(libc::ECONNRESET)));
        // Non-blocking EOF: an empty read.
        ops::set_blocking(b, false).unwrap();
        assert_eq!(read_line(b, &mut big).unwrap(), 0);
        close(b);
    }

    #[test]
    fn normal_read_nonblocking_without_data_does_not_spin() {
        let (a, b) = pair();
        ops::set_blocking(b, false).unwrap();
        let mut buf = [0u8; 16];
        assert_eq!(read_line(b, &mut buf), Err(Error::Os(libc::EAGAIN)));
        write(a, b"par").unwrap();
        assert_eq!(read_line(b, &mut buf).unwrap(), 3);
        close(a);
        close(b);
    }
}
