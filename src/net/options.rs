//! Socket options as ext/sockets passes them: `getsockopt(2)`/`setsockopt(2)` with the exact
//! buffer types and lengths the C extension uses (an `int`, a `struct linger`, a
//! `struct timeval`, a byte, a name string, `SO_MEMINFO`'s counters, `struct in6_pktinfo`).
//! socket2's typed setters convert through `Duration`/`bool` and cannot carry the raw values
//! PHP users pass (`l_onoff = 0` with a linger time, negative or oversized timevals), so these
//! call libc, except `IP_MULTICAST_IF`, where socket2's call is the same syscall.

use std::mem;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::os::fd::RawFd;

use super::{cvt, with_sock, Result};

/// `getsockopt(fd, level, name, buf, &len)` with `len = buf.len()`; returns the length the
/// kernel reports.
pub fn get_raw(fd: RawFd, level: i32, name: i32, buf: &mut [u8]) -> Result<usize> {
    let mut len = buf.len() as libc::socklen_t;
    // SAFETY: `buf` is writable for `len` bytes.
    cvt(unsafe { libc::getsockopt(fd, level, name, buf.as_mut_ptr().cast(), &mut len) })?;
    Ok(len as usize)
}

/// `setsockopt(fd, level, name, buf, buf.len())`.
pub fn set_raw(fd: RawFd, level: i32, name: i32, buf: &[u8]) -> Result<()> {
    // SAFETY: `buf` is readable for its length.
    cvt(unsafe {
        libc::setsockopt(
            fd,
            level,
            name,
            buf.as_ptr().cast(),
            buf.len() as libc::socklen_t,
        )
    })?;
    Ok(())
}

/// `getsockopt()` into a plain-old-data `T` of `size_of::<T>()` bytes.
fn get_pod<T: Copy>(fd: RawFd, level: i32, name: i32) -> Result<(T, usize)> {
    // SAFETY: only used with C structs and integers, for which all-zero is valid.
    let mut v: T = unsafe { mem::zeroed() };
    let mut len = mem::size_of::<T>() as libc::socklen_t;
    // SAFETY: `v` is writable for `len` bytes.
    cvt(unsafe { libc::getsockopt(fd, level, name, (&mut v as *mut T).cast(), &mut len) })?;
    Ok((v, len as usize))
}

/// `setsockopt()` from a plain-old-data `T` of `size_of::<T>()` bytes.
pub(crate) fn set_pod<T: Copy>(fd: RawFd, level: i32, name: i32, v: &T) -> Result<()> {
    // SAFETY: `v` is readable for `size_of::<T>()` bytes.
    cvt(unsafe {
        libc::setsockopt(
            fd,
            level,
            name,
            (v as *const T).cast(),
            mem::size_of::<T>() as libc::socklen_t,
        )
    })?;
    Ok(())
}

/// The generic `int` option read: `getsockopt(int)`; a one-byte answer (some IP options
/// answer so) is that byte, unsigned, as in C's `optlen == 1` case.
pub fn get_int(fd: RawFd, level: i32, name: i32) -> Result<i32> {
    let (v, len) = get_pod::<libc::c_int>(fd, level, name)?;
    Ok(if len == 1 {
        v.to_ne_bytes()[0] as i32
    } else {
        v
    })
}

/// `setsockopt(int)`.
pub fn set_int(fd: RawFd, level: i32, name: i32, v: i32) -> Result<()> {
    set_pod(fd, level, name, &v)
}

/// `setsockopt(SO_ATTACH_REUSEPORT_CBPF)` with the program PHP 8.3's socket_set_option builds:
/// `ld [SKF_AD_OFF + k]; ret a` (classic BPF), so that the kernel picks the SO_REUSEPORT socket
/// by the value of ancillary field `k` (`SKF_AD_CPU`, `SKF_AD_QUEUE`).
pub fn set_reuseport_cbpf(fd: RawFd, level: i32, name: i32, k: u32) -> Result<()> {
    let insn = |code: u32, k: u32| libc::sock_filter {
        code: code as u16,
        jt: 0,
        jf: 0,
        k,
    };
    let prog = [
        insn(
            libc::BPF_LD | libc::BPF_W | libc::BPF_ABS,
            (libc::SKF_AD_OFF as u32).wrapping_add(k),
        ),
        insn(libc::BPF_RET | libc::BPF_A, 0),
    ];
    let fprog = libc::sock_fprog {
        len: prog.len() as u16,
        filter: prog.as_ptr() as *mut libc::sock_filter,
    };
    // The kernel copies the program during the call; `prog` outlives it.
    set_pod(fd, level, name, &fprog)
}

/// `setsockopt(unsigned char)`: `IP_MULTICAST_TTL`, `IP_MULTICAST_LOOP` as C passes them.
pub fn set_byte(fd: RawFd, level: i32, name: i32, v: u8) -> Result<()> {
    set_pod(fd, level, name, &v)
}

/// `setsockopt(unsigned int)`: `IPV6_MULTICAST_IF`.
pub fn set_uint(fd: RawFd, level: i32, name: i32, v: u32) -> Result<()> {
    set_pod(fd, level, name, &v)
}

/// `SO_LINGER` read: `(l_onoff, l_linger)`.
pub fn get_linger(fd: RawFd, level: i32, name: i32) -> Result<(i32, i32)> {
    let (l, _) = get_pod::<libc::linger>(fd, level, name)?;
    Ok((l.l_onoff, l.l_linger))
}

/// `SO_LINGER` write. C stores both fields through `(unsigned short)`, so callers pass the
/// values already truncated; this takes them as they go into `struct linger`.
pub fn set_linger(fd: RawFd, level: i32, name: i32, onoff: u16, linger: u16) -> Result<()> {
    let l = libc::linger {
        l_onoff: onoff as i32,
        l_linger: linger as i32,
    };
    set_pod(fd, level, name, &l)
}

/// `SO_RCVTIMEO`/`SO_SNDTIMEO` read: `(tv_sec, tv_usec)`.
pub fn get_timeval(fd: RawFd, level: i32, name: i32) -> Result<(i64, i64)> {
    let (tv, _) = get_pod::<libc::timeval>(fd, level, name)?;
    Ok((tv.tv_sec, tv.tv_usec))
}

/// `SO_RCVTIMEO`/`SO_SNDTIMEO` write with the raw fields (the kernel rejects out-of-range
/// microseconds with EDOM, as it does for C).
pub fn set_timeval(fd: RawFd, level: i32, name: i32, sec: i64, usec: i64) -> Result<()> {
    let tv = libc::timeval {
        tv_sec: sec as libc::time_t,
        tv_usec: usec as libc::suseconds_t,
    };
    set_pod(fd, level, name, &tv)
}

/// `SK_MEMINFO_VARS`: the number of `SO_MEMINFO` counters.
pub const MEMINFO_VARS: usize = 9;

/// `SO_MEMINFO` read. `Ok(None)` when the kernel answered with fewer counters than
/// [`MEMINFO_VARS`] (C's "Unable to retrieve all socket meminfo data").
pub fn get_meminfo(fd: RawFd, level: i32, name: i32) -> Result<Option<[u32; MEMINFO_VARS]>> {
    let (v, len) = get_pod::<[u32; MEMINFO_VARS]>(fd, level, name)?;
    Ok((len == mem::size_of::<[u32; MEMINFO_VARS]>()).then_some(v))
}

/// `TCP_CONGESTION` read into C's `char name[16]`: the bytes up to the first NUL.
pub fn get_name16(fd: RawFd, level: i32, name: i32) -> Result<Vec<u8>> {
    let mut buf = [0u8; 16];
    let len = get_raw(fd, level, name, &mut buf)?.min(buf.len());
    let end = buf[..len].iter().position(|&b| b == 0).unwrap_or(len);
    Ok(buf[..end].to_vec())
}

/// `IP_MULTICAST_IF` read: the interface address (`struct in_addr`).
pub fn multicast_if_v4(fd: RawFd) -> Result<Ipv4Addr> {
    Ok(with_sock(fd, |s| s.multicast_if_v4())?)
}

/// `IP_MULTICAST_IF` write with a `struct in_addr`.
pub fn set_multicast_if_v4(fd: RawFd, addr: &Ipv4Addr) -> Result<()> {
    Ok(with_sock(fd, |s| s.set_multicast_if_v4(addr))?)
}

/// `struct in6_pktinfo` as Rust values: the address and the interface index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pktinfo6 {
    pub addr: Ipv6Addr,
    pub ifindex: u32,
}

/// `IPV6_PKTINFO` read (`struct in6_pktinfo`).
pub fn get_pktinfo6(fd: RawFd, level: i32, name: i32) -> Result<Pktinfo6> {
    let (p, _) = get_pod::<libc::in6_pktinfo>(fd, level, name)?;
    Ok(Pktinfo6 {
        addr: Ipv6Addr::from(p.ipi6_addr.s6_addr),
        ifindex: p.ipi6_ifindex,
    })
}

/// `IPV6_PKTINFO` write (sticky source address and interface).
pub fn set_pktinfo6(fd: RawFd, level: i32, name: i32, p: &Pktinfo6) -> Result<()> {
    let v = libc::in6_pktinfo {
        ipi6_addr: libc::in6_addr {
            s6_addr: p.addr.octets(),
        },
        ipi6_ifindex: p.ifindex,
    };
    set_pod(fd, level, name, &v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::{close, ops, Error};

    #[test]
    fn reuseport_cbpf_program() {
        let fd = ops::socket(libc::AF_INET, libc::SOCK_DGRAM, 0).expect("socket");
        set_int(fd, libc::SOL_SOCKET, libc::SO_REUSEPORT, 1).unwrap();
        let attach =
            |k| set_reuseport_cbpf(fd, libc::SOL_SOCKET, libc::SO_ATTACH_REUSEPORT_CBPF, k);
        attach(libc::SKF_AD_CPU as u32).unwrap();
        attach(libc::SKF_AD_QUEUE as u32).unwrap();
        // The kernel's checker rejects an ancillary field past SKF_AD_MAX.
        assert_eq!(attach(100).unwrap_err(), Error::Os(libc::EINVAL));
        close(fd);
    }

    fn tcp() -> RawFd {
        ops::socket(libc::AF_INET, libc::SOCK_STREAM, 0).expect("socket")
    }

    #[test]
    fn int_round_trip_and_errors() {
        let fd = tcp();
        set_int(fd, libc::SOL_SOCKET, libc::SO_REUSEADDR, 1).expect("set");
        assert_eq!(get_int(fd, libc::SOL_SOCKET, libc::SO_REUSEADDR), Ok(1));
        assert!(set_int(fd, 12345, 1, 1).is_err());
        assert!(get_int(fd, libc::SOL_SOCKET, 9999).is_err());
        close(fd);
    }

    #[test]
    fn linger_keeps_raw_fields() {
        let fd = tcp();
        set_linger(fd, libc::SOL_SOCKET, libc::SO_LINGER, 1, 3).expect("set");
        assert_eq!(
            get_linger(fd, libc::SOL_SOCKET, libc::SO_LINGER),
            Ok((1, 3))
        );
        // Linux keeps the previous time when lingering is switched off.
        set_linger(fd, libc::SOL_SOCKET, libc::SO_LINGER, 0, 7).expect("set");
        assert_eq!(
            get_linger(fd, libc::SOL_SOCKET, libc::SO_LINGER),
            Ok((0, 3))
        );
        close(fd);
    }

    #[test]
    fn timeval_round_trip_and_edom() {
        let fd = tcp();
        set_timeval(fd, libc::SOL_SOCKET, libc::SO_RCVTIMEO, 2, 500_000).expect("set");
        assert_eq!(
            get_timeval(fd, libc::SOL_SOCKET, libc::SO_RCVTIMEO),
            Ok((2, 500_000))
        );
        assert_eq!(
            set_timeval(fd, libc::SOL_SOCKET, libc::SO_SNDTIMEO, 0, 1_000_000),
            Err(Error::Os(libc::EDOM))
        );
        close(fd);
    }

    #[test]
    fn meminfo_and_congestion() {
        let fd = tcp();
        let m = get_meminfo(fd, libc::SOL_SOCKET, 55).expect("meminfo");
        assert!(m.is_some_and(|m| m[1] > 0), "rcvbuf is positive");
        let name = get_name16(fd, libc::IPPROTO_TCP, libc::TCP_CONGESTION).expect("cc");
        assert!(!name.is_empty() && !name.contains(&0));
        set_raw(fd, libc::IPPROTO_TCP, libc::TCP_CONGESTION, b"reno").expect("reno");
        assert_eq!(
            get_name16(fd, libc::IPPROTO_TCP, libc::TCP_CONGESTION),
            Ok(b"reno".to_vec())
        );
        assert!(set_raw(fd, libc::IPPROTO_TCP, libc::TCP_CONGESTION, b"").is_err());
        close(fd);
    }

    #[test]
    fn multicast_v4_options() {
        let fd = ops::socket(libc::AF_INET, libc::SOCK_DGRAM, 0).expect("socket");
        assert_eq!(multicast_if_v4(fd), Ok(Ipv4Addr::UNSPECIFIED));
        set_byte(fd, libc::IPPROTO_IP, libc::IP_MULTICAST_TTL, 9).expect("ttl");
        assert_eq!(get_int(fd, libc::IPPROTO_IP, libc::IP_MULTICAST_TTL), Ok(9));
        set_byte(fd, libc::IPPROTO_IP, libc::IP_MULTICAST_LOOP, 0).expect("loop");
        assert_eq!(
            get_int(fd, libc::IPPROTO_IP, libc::IP_MULTICAST_LOOP),
            Ok(0)
        );
        set_multicast_if_v4(fd, &Ipv4Addr::LOCALHOST).expect("if");
        assert_eq!(multicast_if_v4(fd), Ok(Ipv4Addr::LOCALHOST));
        close(fd);
    }

    #[test]
    fn pktinfo6_set_and_get() {
        let Ok(fd) = ops::socket(libc::AF_INET6, libc::SOCK_DGRAM, 0) else {
            return; // no IPv6
        };
        let p = Pktinfo6 {
            addr: Ipv6Addr::LOCALHOST,
            ifindex: 1,
        };
        set_pktinfo6(fd, libc::IPPROTO_IPV6, libc::IPV6_PKTINFO, &p).expect("set");
        // Linux answers the sticky option only on stream sockets.
        assert_eq!(
            get_pktinfo6(fd, libc::IPPROTO_IPV6, libc::IPV6_PKTINFO),
            Err(crate::net::Error::Os(libc::ENOPROTOOPT))
        );
        close(fd);
    }
}
