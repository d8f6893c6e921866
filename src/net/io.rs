//! Reading and writing: `read`/`recv`/`send`/`write` and the byte-at-a-time line read of
//! `PHP_NORMAL_READ`.

use std::os::fd::RawFd;

use super::{cvt_size, Result};

/// `recv(2)` into `buf` (used by socket_read's binary mode and socket_recv).
pub fn recv(fd: RawFd, buf: &mut [u8], flags: i32) -> Result<usize> {
    // SAFETY: `buf` is writable for its length.
    cvt_size(unsafe { libc::recv(fd, buf.as_mut_ptr().cast(), buf.len(), flags) })
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
