//! Multicast as ext/sockets' multicast.c does it on Linux (the RFC 3678 API): group and
//! source-specific membership through `MCAST_*` with `struct group_req` /
//! `struct group_source_req`, and the interface lookups `IP_MULTICAST_IF` needs, through the
//! same `ioctl(2)`s on the socket (`SIOCGIFNAME` + `SIOCGIFADDR`, `SIOCGIFCONF` +
//! `SIOCGIFINDEX`). socket2's membership calls use `IP_ADD_MEMBERSHIP`/`ip_mreqn`, a different
//! request, so these call libc.

use std::mem;
use std::net::Ipv4Addr;
use std::os::fd::RawFd;

use socket2::SockAddr;

use super::options::set_pod;
use super::{errno, Result};

/// Why an interface lookup failed; the texts are the C extension's warnings.
#[derive(Debug, thiserror::Error, PartialEq, Eq, Clone)]
pub enum IfError {
    /// `php_if_index_to_addr4()`: `SIOCGIFNAME` or `SIOCGIFADDR` failed.
    #[error("Failed obtaining address for interface {0}: error {1}")]
    Addr(u32, i32),
    /// `php_add4_to_if_index()`: `SIOCGIFCONF` failed.
    #[error("Failed obtaining interfaces list: error {0}")]
    List(i32),
    /// `php_add4_to_if_index()`: `SIOCGIFINDEX` failed.
    #[error("Error converting interface name to index: error {0}")]
    Index(i32),
    /// `php_add4_to_if_index()`: no interface has the address.
    #[error("The interface with IP address {0} was not found")]
    NotFound(Ipv4Addr),
}

/// `php_if_index_to_addr4()`: the IPv4 address of interface `index` (0: `INADDR_ANY`),
/// via `ioctl(SIOCGIFNAME)` then `ioctl(SIOCGIFADDR)` on `fd`.
pub fn if_index_to_addr4(fd: RawFd, index: u32) -> std::result::Result<Ipv4Addr, IfError> {
    if index == 0 {
        return Ok(Ipv4Addr::UNSPECIFIED);
    }
    // SAFETY: all-zero is a valid ifreq; the ioctls read and write within it.
    unsafe {
        let mut req: libc::ifreq = mem::zeroed();
        req.ifr_ifru.ifru_ifindex = index as libc::c_int;
        if libc::ioctl(fd, libc::SIOCGIFNAME, &mut req) == -1 {
            return Err(IfError::Addr(index, errno()));
        }
        if libc::ioctl(fd, libc::SIOCGIFADDR, &mut req) == -1 {
            return Err(IfError::Addr(index, errno()));
        }
        let sin = &*(&req.ifr_ifru.ifru_addr as *const libc::sockaddr as *const libc::sockaddr_in);
        Ok(Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr)))
    }
}

/// `php_add4_to_if_index()`: the index of the interface that has IPv4 address `addr`
/// (`INADDR_ANY`: 0). Grows the `SIOCGIFCONF` buffer by five entries until the answer stops
/// growing, as C does, then asks `SIOCGIFINDEX` for the matching entry.
pub fn addr4_to_if_index(fd: RawFd, addr: Ipv4Addr) -> std::result::Result<u32, IfError> {
    if addr.is_unspecified() {
        return Ok(0);
    }
    const REQ: usize = mem::size_of::<libc::ifreq>();
    let mut size = 0usize;
    let mut lastsize: libc::c_int = 0;
    let mut buf: Vec<u8>;
    let mut len: libc::c_int;
    loop {
        size += 5 * REQ;
        buf = vec![0u8; size];
        // SAFETY: `conf` points at `buf`, `size` bytes long; the kernel writes within it.
        unsafe {
            let mut conf: libc::ifconf = mem::zeroed();
            conf.ifc_len = size as libc::c_int;
            conf.ifc_ifcu.ifcu_buf = buf.as_mut_ptr().cast();
            if libc::ioctl(fd, libc::SIOCGIFCONF, &mut conf) == -1 {
                let e = errno();
                if e != libc::EINVAL || lastsize != 0 {
                    return Err(IfError::List(e));
                }
            }
            len = conf.ifc_len;
        }
        if len == lastsize {
            break;
        }
        lastsize = len;
    }
    let want = u32::from(addr).to_be();
    let mut off = 0usize;
    while off < len.max(0) as usize && off + REQ <= buf.len() {
        // SAFETY: `off + REQ` is within `buf`; read_unaligned copes with any alignment.
        let mut cur: libc::ifreq = unsafe { std::ptr::read_unaligned(buf[off..].as_ptr().cast()) };
        // sizeof(struct sockaddr) + IFNAMSIZ, at least sizeof(struct ifreq).
        off += REQ.max(mem::size_of::<libc::sockaddr>() + libc::IFNAMSIZ);
        // SAFETY: SIOCGIFCONF fills ifru_addr; a sockaddr_in fits in the union.
        let (family, s_addr) = unsafe {
            let sa = &cur.ifr_ifru.ifru_addr;
            let sin = &*(sa as *const libc::sockaddr as *const libc::sockaddr_in);
            (sa.sa_family as i32, sin.sin_addr.s_addr)
        };
        if family == libc::AF_INET && s_addr == want {
            // SAFETY: `cur` carries the interface name SIOCGIFINDEX reads.
            if unsafe { libc::ioctl(fd, libc::SIOCGIFINDEX, &mut cur) } == -1 {
                return Err(IfError::Index(errno()));
            }
            // SAFETY: SIOCGIFINDEX filled ifru_ifindex.
            return Ok(unsafe { cur.ifr_ifru.ifru_ifindex } as u32);
        }
    }
    Err(IfError::NotFound(addr))
}

/// `struct group_req` / `struct group_source_req`'s `sockaddr_storage` from an address.
fn storage(addr: &SockAddr) -> libc::sockaddr_storage {
    // SAFETY: all-zero is valid; we copy at most the storage size.
    unsafe {
        let mut ss: libc::sockaddr_storage = mem::zeroed();
        let n = (addr.len() as usize).min(mem::size_of::<libc::sockaddr_storage>());
        std::ptr::copy_nonoverlapping(
            addr.as_ptr() as *const u8,
            (&mut ss as *mut libc::sockaddr_storage).cast::<u8>(),
            n,
        );
        ss
    }
}

/// `_php_mcast_join_leave()`: `setsockopt(level, MCAST_JOIN_GROUP | MCAST_LEAVE_GROUP,
/// struct group_req)`.
pub fn join_leave(
    fd: RawFd,
    level: i32,
    group: &SockAddr,
    if_index: u32,
    join: bool,
) -> Result<()> {
    // Zeroed like C's `= {0}`: the padding after gr_interface goes to the kernel too.
    // SAFETY: all-zero is a valid group_req.
    let mut req: libc::group_req = unsafe { mem::zeroed() };
    req.gr_interface = if_index;
    req.gr_group = storage(group);
    let name = if join {
        libc::MCAST_JOIN_GROUP
    } else {
        libc::MCAST_LEAVE_GROUP
    };
    set_pod(fd, level, name, &req)
}

/// The source-specific operations of `_php_mcast_source_op()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceOp {
    Join,
    Leave,
    Block,
    Unblock,
}

impl SourceOp {
    /// `_php_source_op_to_rfc3678_op()`.
    pub fn optname(self) -> i32 {
        match self {
            SourceOp::Join => libc::MCAST_JOIN_SOURCE_GROUP,
            SourceOp::Leave => libc::MCAST_LEAVE_SOURCE_GROUP,
            SourceOp::Block => libc::MCAST_BLOCK_SOURCE,
            SourceOp::Unblock => libc::MCAST_UNBLOCK_SOURCE,
        }
    }
}

/// `_php_mcast_source_op()`: `setsockopt(level, MCAST_*_SOURCE*, struct group_source_req)`.
pub fn source_op(
    fd: RawFd,
    level: i32,
    group: &SockAddr,
    source: &SockAddr,
    if_index: u32,
    op: SourceOp,
) -> Result<()> {
    // SAFETY: all-zero is a valid group_source_req (padding included, as C's `= {0}`).
    let mut req: libc::group_source_req = unsafe { mem::zeroed() };
    req.gsr_interface = if_index;
    req.gsr_group = storage(group);
    req.gsr_source = storage(source);
    set_pod(fd, level, op.optname(), &req)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::{addr, close, ops, Error};

    fn udp4() -> RawFd {
        ops::socket(libc::AF_INET, libc::SOCK_DGRAM, 0).expect("socket")
    }

    #[test]
    fn loopback_index_and_address_round_trip() {
        let fd = udp4();
        let lo = addr::if_index(b"lo");
        assert!(lo > 0);
        assert_eq!(if_index_to_addr4(fd, lo), Ok(Ipv4Addr::LOCALHOST));
        assert_eq!(addr4_to_if_index(fd, Ipv4Addr::LOCALHOST), Ok(lo));
        assert_eq!(if_index_to_addr4(fd, 0), Ok(Ipv4Addr::UNSPECIFIED));
        assert_eq!(addr4_to_if_index(fd, Ipv4Addr::UNSPECIFIED), Ok(0));
        close(fd);
    }

    #[test]
    fn lookup_errors_carry_c_texts() {
        let fd = udp4();
        let e = if_index_to_addr4(fd, 999_999).expect_err("no such index");
        assert_eq!(e, IfError::Addr(999_999, libc::ENODEV));
        assert_eq!(
            e.to_string(),
            "Failed obtaining address for interface 999999: error 19"
        );
        let e = addr4_to_if_index(fd, Ipv4Addr::new(203, 0, 113, 77)).expect_err("no such addr");
        assert_eq!(
            e.to_string(),
            "The interface with IP address 203.0.113.77 was not found"
        );
        close(fd);
    }

    #[test]
    fn join_and_leave_group() {
        let fd = udp4();
        let group = addr::sockaddr_v4(Ipv4Addr::new(239, 255, 1, 2), 0);
        let lo = addr::if_index(b"lo");
        match join_leave(fd, libc::IPPROTO_IP, &group, lo, true) {
            Ok(()) => {
                assert_eq!(
                    join_leave(fd, libc::IPPROTO_IP, &group, lo, true),
                    Err(Error::Os(libc::EADDRINUSE))
                );
                join_leave(fd, libc::IPPROTO_IP, &group, lo, false).expect("leave");
            }
            // A sandbox without multicast routes.
            Err(Error::Os(e)) => assert!(e == libc::ENODEV || e == libc::EADDRNOTAVAIL),
            Err(e) => panic!("{e}"),
        }
        assert_eq!(
            join_leave(fd, libc::IPPROTO_IP, &group, 0, false),
            Err(Error::Os(libc::EADDRNOTAVAIL))
        );
        close(fd);
    }

    #[test]
    fn source_ops_map_to_rfc3678() {
        assert_eq!(SourceOp::Join.optname(), 46);
        assert_eq!(SourceOp::Leave.optname(), 47);
        assert_eq!(SourceOp::Block.optname(), 43);
        assert_eq!(SourceOp::Unblock.optname(), 44);
        let fd = udp4();
        let group = addr::sockaddr_v4(Ipv4Addr::new(239, 255, 1, 3), 0);
        let src = addr::sockaddr_v4(Ipv4Addr::new(10, 0, 0, 1), 0);
        // Unblocking a source that was never blocked.
        assert!(source_op(fd, libc::IPPROTO_IP, &group, &src, 0, SourceOp::Unblock).is_err());
        close(fd);
    }
}
