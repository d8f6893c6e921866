//! `sendmsg(2)`/`recvmsg(2)` with ancillary data, as ext/sockets' sendrecvmsg.c and
//! conversions.c lay them out: the registry of supported control messages (level, type, data
//! size), the control buffer built from typed messages, the `msg_name` address, and the parsing
//! of received control messages back into typed values. No zval here: the Zend side
//! (`sockets::msg`) translates PHP arrays to and from these types.

use std::mem::MaybeUninit;
use std::net::Ipv6Addr;
use std::os::fd::RawFd;
use std::{mem, ptr};

use super::{cvt, cvt_size, Result};

/// `MAX_USER_BUFF_SIZE`: the largest `buffer_size` recvmsg accepts.
pub const MAX_USER_BUFF_SIZE: usize = 100 * 1024 * 1024;
/// `DEFAULT_BUFF_SIZE`: the receive buffer when no `buffer_size` is given.
pub const DEFAULT_BUFF_SIZE: usize = 8192;

/// `CMSG_ALIGN(len)` (glibc: to `sizeof(size_t)`), wrapping as C's size_t arithmetic does.
const fn cmsg_align(len: usize) -> usize {
    len.wrapping_add(mem::size_of::<usize>() - 1) & !(mem::size_of::<usize>() - 1)
}

/// `CMSG_SPACE(len)`.
pub const fn cmsg_space(len: usize) -> usize {
    cmsg_align(len).wrapping_add(cmsg_align(mem::size_of::<libc::cmsghdr>()))
}

/// `CMSG_LEN(len)`.
pub const fn cmsg_len(len: usize) -> usize {
    cmsg_align(mem::size_of::<libc::cmsghdr>()).wrapping_add(len)
}

/// `CMSG_DATA(cmsg) - cmsg`: where the data starts in a control message.
pub fn cmsg_data_offset() -> usize {
    cmsg_len(0)
}

/// How the data of a registered control message is converted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AncKind {
    /// `struct in6_pktinfo` (`IPV6_PKTINFO`).
    Ipv6PktInfo,
    /// A C `int` (`IPV6_HOPLIMIT`, `IPV6_TCLASS`).
    Int,
    /// `struct ucred` (`SCM_CREDENTIALS`).
    Credentials,
    /// An array of descriptors (`SCM_RIGHTS`).
    Rights,
}

/// `ancillary_reg_entry`: the fixed size of the data and the size of each variable element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AncEntry {
    pub size: usize,
    pub var_el_size: usize,
    pub kind: AncKind,
}

/// `get_ancillary_reg_entry()`: the control messages the C extension knows on Linux.
pub fn anc_entry(level: i32, ty: i32) -> Option<AncEntry> {
    let (size, var_el_size, kind) = match (level, ty) {
        (libc::IPPROTO_IPV6, libc::IPV6_PKTINFO) => {
            (mem::size_of::<libc::in6_pktinfo>(), 0, AncKind::Ipv6PktInfo)
        }
        (libc::IPPROTO_IPV6, libc::IPV6_HOPLIMIT) | (libc::IPPROTO_IPV6, libc::IPV6_TCLASS) => {
            (mem::size_of::<libc::c_int>(), 0, AncKind::Int)
        }
        (libc::SOL_SOCKET, libc::SCM_CREDENTIALS) => {
            (mem::size_of::<libc::ucred>(), 0, AncKind::Credentials)
        }
        (libc::SOL_SOCKET, libc::SCM_RIGHTS) => (0, mem::size_of::<libc::c_int>(), AncKind::Rights),
        _ => return None,
    };
    Some(AncEntry {
        size,
        var_el_size,
        kind,
    })
}

/// `struct ucred`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Ucred {
    pub pid: i32,
    pub uid: u32,
    pub gid: u32,
}

/// One control message to send (`struct cmsghdr` and its data).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cmsg {
    /// `IPV6_PKTINFO`: source address and outgoing interface.
    Ipv6PktInfo { addr: Ipv6Addr, ifindex: u32 },
    /// An `int`-valued message (`IPV6_HOPLIMIT`, `IPV6_TCLASS`).
    Int { level: i32, ty: i32, value: i32 },
    /// `SCM_CREDENTIALS`.
    Credentials(Ucred),
    /// `SCM_RIGHTS`: descriptors to pass.
    Rights(Vec<RawFd>),
}

impl Cmsg {
    /// `cmsg_level` and `cmsg_type`.
    pub fn level_type(&self) -> (i32, i32) {
        match self {
            Cmsg::Ipv6PktInfo { .. } => (libc::IPPROTO_IPV6, libc::IPV6_PKTINFO),
            Cmsg::Int { level, ty, .. } => (*level, *ty),
            Cmsg::Credentials(_) => (libc::SOL_SOCKET, libc::SCM_CREDENTIALS),
            Cmsg::Rights(_) => (libc::SOL_SOCKET, libc::SCM_RIGHTS),
        }
    }

    /// Length of the data (the `data_len` of `from_zval_write_control()`).
    pub fn data_len(&self) -> usize {
        match self {
            Cmsg::Ipv6PktInfo { .. } => mem::size_of::<libc::in6_pktinfo>(),
            Cmsg::Int { .. } => mem::size_of::<libc::c_int>(),
            Cmsg::Credentials(_) => mem::size_of::<libc::ucred>(),
            Cmsg::Rights(fds) => fds.len() * mem::size_of::<libc::c_int>(),
        }
    }

    /// Writes the data in native layout into `out` (`data_len()` bytes).
    fn write_data(&self, out: &mut [u8]) {
        match self {
            Cmsg::Ipv6PktInfo { addr, ifindex } => {
                let info = libc::in6_pktinfo {
                    ipi6_addr: libc::in6_addr {
                        s6_addr: addr.octets(),
                    },
                    ipi6_ifindex: *ifindex,
                };
                write_pod(out, &info);
            }
            Cmsg::Int { value, .. } => out.copy_from_slice(&value.to_ne_bytes()),
            Cmsg::Credentials(c) => {
                let uc = libc::ucred {
                    pid: c.pid,
                    uid: c.uid,
                    gid: c.gid,
                };
                write_pod(out, &uc);
            }
            Cmsg::Rights(fds) => {
                for (chunk, fd) in out.chunks_exact_mut(4).zip(fds) {
                    chunk.copy_from_slice(&fd.to_ne_bytes());
                }
            }
        }
    }
}

fn write_pod<T>(out: &mut [u8], v: &T) {
    let n = mem::size_of::<T>().min(out.len());
    // SAFETY: copies `n` bytes of a plain C struct into a buffer at least that long.
    unsafe { ptr::copy_nonoverlapping(v as *const T as *const u8, out.as_mut_ptr(), n) };
}

/// Size of the control buffer for `msgs`: `CMSG_SPACE(data_len)` each (the `msg_controllen`
/// that `from_zval_write_control_array()` ends with).
pub fn control_space(msgs: &[Cmsg]) -> usize {
    msgs.iter().map(|m| cmsg_space(m.data_len())).sum()
}

/// Writes the control messages into `buf` for `msg_control`, one after another: `buf` is
/// [`control_space`] bytes long and zeroed (the padding stays zero).
pub fn encode_control_into(msgs: &[Cmsg], buf: &mut [u8]) {
    let mut off = 0;
    for m in msgs {
        let (level, ty) = m.level_type();
        let len = m.data_len();
        let space = cmsg_space(len);
        let Some(slot) = buf.get_mut(off..off + space) else {
            return;
        };
        let hdr = libc::cmsghdr {
            cmsg_len: cmsg_len(len) as _,
            cmsg_level: level,
            cmsg_type: ty,
        };
        write_pod(slot, &hdr);
        let start = cmsg_data_offset();
        m.write_data(&mut slot[start..start + len]);
        off += space;
    }
}

/// `msg_name` for sendmsg, filled as `from_zval_write_sockaddr_aux()` does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Name {
    /// `struct sockaddr_in`.
    V4 { ip: [u8; 4], port: u16 },
    /// `struct sockaddr_in6`.
    V6 {
        ip: [u8; 16],
        port: u16,
        flowinfo: u32,
        scope_id: u32,
    },
    /// `struct sockaddr_un`; `path` shorter than 108 bytes. The length given to the kernel is
    /// `offsetof(sun_path)` plus the C string length of the path (one more, then up to the next
    /// NUL, for an abstract name starting with NUL).
    Unix(Vec<u8>),
}

impl Name {
    /// The address in a `sockaddr_storage` and its length.
    pub fn to_raw(&self) -> (libc::sockaddr_storage, libc::socklen_t) {
        // SAFETY: all-zero is a valid sockaddr_storage.
        let mut ss: libc::sockaddr_storage = unsafe { mem::zeroed() };
        let len = match self {
            Name::V4 { ip, port } => {
                // SAFETY: sockaddr_storage is large enough and aligned for any sockaddr.
                let sin = unsafe { &mut *(&mut ss as *mut _ as *mut libc::sockaddr_in) };
                sin.sin_family = libc::AF_INET as libc::sa_family_t;
                sin.sin_port = port.to_be();
                sin.sin_addr.s_addr = u32::from_ne_bytes(*ip);
                mem::size_of::<libc::sockaddr_in>()
            }
            Name::V6 {
                ip,
                port,
                flowinfo,
                scope_id,
            } => {
                // SAFETY: as above.
                let sin6 = unsafe { &mut *(&mut ss as *mut _ as *mut libc::sockaddr_in6) };
                sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
                sin6.sin6_port = port.to_be();
                sin6.sin6_flowinfo = *flowinfo;
                sin6.sin6_addr.s6_addr = *ip;
                sin6.sin6_scope_id = *scope_id;
                mem::size_of::<libc::sockaddr_in6>()
            }
            Name::Unix(path) => {
                // SAFETY: as above.
                let un = unsafe { &mut *(&mut ss as *mut _ as *mut libc::sockaddr_un) };
                un.sun_family = libc::AF_UNIX as libc::sa_family_t;
                for (d, s) in un.sun_path.iter_mut().zip(path.iter().take(107)) {
                    *d = *s as libc::c_char;
                }
                let p = &un.sun_path;
                let strlen = |from: usize| p[from..].iter().take_while(|&&c| c != 0).count();
                let n = if p[0] == 0 { 1 + strlen(1) } else { strlen(0) };
                mem::size_of::<libc::sa_family_t>() + n
            }
        };
        (ss, len as libc::socklen_t)
    }
}

/// The `msg_name` buffer for recvmsg: its size is that of the family's sockaddr.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameBuf {
    V4,
    V6,
    Unix,
}

impl NameBuf {
    /// `sizeof(struct sockaddr_*)`.
    pub fn size(self) -> usize {
        match self {
            NameBuf::V4 => mem::size_of::<libc::sockaddr_in>(),
            NameBuf::V6 => mem::size_of::<libc::sockaddr_in6>(),
            NameBuf::Unix => mem::size_of::<libc::sockaddr_un>(),
        }
    }
}

/// `sendmsg(2)`.
pub fn sendmsg(
    fd: RawFd,
    name: Option<&Name>,
    iov: &[&[u8]],
    control: &[u8],
    flags: i32,
) -> Result<usize> {
    let raw = name.map(Name::to_raw);
    let mut iovecs: Vec<libc::iovec> = iov
        .iter()
        .map(|b| libc::iovec {
            iov_base: b.as_ptr() as *mut _,
            iov_len: b.len(),
        })
        .collect();
    // SAFETY: all-zero is a valid msghdr (no name, no iov, no control).
    let mut msg: libc::msghdr = unsafe { mem::zeroed() };
    if let Some((ss, len)) = raw.as_ref() {
        msg.msg_name = ss as *const _ as *mut _;
        msg.msg_namelen = *len;
    }
    if !iovecs.is_empty() {
        msg.msg_iov = iovecs.as_mut_ptr();
        msg.msg_iovlen = iovecs.len();
    }
    if !control.is_empty() {
        msg.msg_control = control.as_ptr() as *mut _;
        msg.msg_controllen = control.len();
    }
    // SAFETY: every pointer in `msg` refers to memory alive for the call; sendmsg only reads.
    cvt_size(unsafe { libc::sendmsg(fd, &msg, flags) })
}

/// What recvmsg(2) returned, borrowing the caller's buffers.
pub struct Received<'a> {
    /// The return value (may exceed `data.len()` with `MSG_TRUNC`).
    pub bytes: usize,
    /// The received bytes, `min(bytes, buffer size)` of them.
    pub data: &'a [u8],
    /// The `msg_name` buffer, zero-filled beyond what the kernel wrote; `None` if none was asked.
    pub name: Option<libc::sockaddr_storage>,
    /// The control data, `msg_controllen` bytes as the kernel set it.
    pub control: &'a [u8],
    /// `msg_flags`.
    pub flags: i32,
}

/// `recvmsg(2)` into one data buffer, a name buffer of the given family's size and a control
/// buffer (empty: none). The caller allocates both buffers (sendrecvmsg.c sizes them from
/// `buffer_size` and `controllen`, on the engine's allocator): nothing here allocates.
///
/// The data buffer may be uninitialised: the kernel writes the bytes it returns, from the
/// start. The control buffer must be initialised (zeroed): the kernel leaves the alignment
/// padding between control messages unwritten.
pub fn recvmsg<'a>(
    fd: RawFd,
    name: Option<NameBuf>,
    data: &'a mut [MaybeUninit<u8>],
    control: &'a mut [u8],
    flags: i32,
) -> Result<Received<'a>> {
    // SAFETY: all-zero is a valid sockaddr_storage.
    let mut ss: libc::sockaddr_storage = unsafe { mem::zeroed() };
    let mut iov = libc::iovec {
        iov_base: data.as_mut_ptr().cast(),
        iov_len: data.len(),
    };
    // SAFETY: all-zero is a valid msghdr.
    let mut msg: libc::msghdr = unsafe { mem::zeroed() };
    if let Some(nb) = name {
        msg.msg_name = (&mut ss as *mut libc::sockaddr_storage).cast();
        msg.msg_namelen = nb.size() as libc::socklen_t;
    }
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    if !control.is_empty() {
        msg.msg_control = control.as_mut_ptr().cast();
        msg.msg_controllen = control.len();
    }
    // SAFETY: every buffer in `msg` is alive and as large as declared.
    let bytes = cvt_size(unsafe { libc::recvmsg(fd, &mut msg, flags) })?;
    let got = bytes.min(data.len());
    // SAFETY: recvmsg wrote the first `got` bytes of the data buffer.
    let data = unsafe { std::slice::from_raw_parts(data.as_ptr().cast::<u8>(), got) };
    let controllen = msg.msg_controllen.min(control.len());
    Ok(Received {
        bytes,
        data,
        name: name.map(|_| ss),
        control: &control[..controllen],
        flags: msg.msg_flags,
    })
}

/// A received address, as `to_zval_read_sockaddr_aux()` reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecvName {
    V4 {
        ip: std::net::Ipv4Addr,
        port: u16,
    },
    V6 {
        ip: Ipv6Addr,
        port: u16,
        flowinfo: u32,
        scope_id: u32,
    },
    Unix(Vec<u8>),
}

/// Reads a received `msg_name`: `Ok(None)` for family 0 (nothing written), an error text as
/// conversions.c words it for what cannot be read.
pub fn parse_name(ss: &libc::sockaddr_storage) -> std::result::Result<Option<RecvName>, String> {
    match ss.ss_family as i32 {
        0 => Ok(None),
        libc::AF_INET => {
            // SAFETY: the storage holds (at least the bytes of) a sockaddr_in.
            let sin = unsafe { &*(ss as *const _ as *const libc::sockaddr_in) };
            Ok(Some(RecvName::V4 {
                ip: std::net::Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr)),
                port: u16::from_be(sin.sin_port),
            }))
        }
        libc::AF_INET6 => {
            // SAFETY: as above.
            let sin6 = unsafe { &*(ss as *const _ as *const libc::sockaddr_in6) };
            Ok(Some(RecvName::V6 {
                ip: Ipv6Addr::from(sin6.sin6_addr.s6_addr),
                port: u16::from_be(sin6.sin6_port),
                flowinfo: sin6.sin6_flowinfo,
                scope_id: sin6.sin6_scope_id,
            }))
        }
        libc::AF_UNIX => {
            // SAFETY: as above.
            let un = unsafe { &*(ss as *const _ as *const libc::sockaddr_un) };
            match un.sun_path.iter().position(|&c| c == 0) {
                Some(n) => Ok(Some(RecvName::Unix(
                    un.sun_path[..n].iter().map(|&c| c as u8).collect(),
                ))),
                None => Err("could not find a NUL in the path".into()),
            }
        }
        f => Err(format!(
            "cannot read struct sockaddr with family {f}; not supported"
        )),
    }
}

/// One received control message, as `CMSG_FIRSTHDR`/`CMSG_NXTHDR` walk them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawCmsg<'a> {
    pub level: i32,
    pub ty: i32,
    /// `cmsg_len`.
    pub len: usize,
    /// The data bytes present in the buffer (at most `len - CMSG_LEN(0)`).
    pub data: &'a [u8],
}

/// The control messages in a received control buffer.
pub fn control_messages(control: &[u8]) -> Vec<RawCmsg<'_>> {
    let mut out = Vec::new();
    if control.is_empty() {
        return out;
    }
    // SAFETY: all-zero is a valid msghdr; only msg_control/msg_controllen are read by the
    // CMSG macros, and they never step outside that buffer.
    unsafe {
        let mut msg: libc::msghdr = mem::zeroed();
        msg.msg_control = control.as_ptr() as *mut _;
        msg.msg_controllen = control.len();
        let base = control.as_ptr() as usize;
        let mut c = libc::CMSG_FIRSTHDR(&msg);
        while !c.is_null() {
            let hdr = ptr::read_unaligned(c);
            let start = (c as usize - base) + cmsg_data_offset();
            let len = hdr.cmsg_len;
            let end = (c as usize - base + len).min(control.len());
            out.push(RawCmsg {
                level: hdr.cmsg_level,
                ty: hdr.cmsg_type,
                len,
                data: control.get(start..end.max(start)).unwrap_or(&[]),
            });
            c = libc::CMSG_NXTHDR(&msg, c);
        }
    }
    out
}

/// Received control data decoded by its registry entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decoded {
    Ipv6PktInfo {
        addr: Ipv6Addr,
        ifindex: u32,
    },
    Int(i32),
    Credentials(Ucred),
    /// Descriptors now owned by the receiver.
    Rights(Vec<RawFd>),
}

/// `to_zval_read_cmsg_data()`: decodes one message or says why not, in conversions.c's words.
pub fn decode(c: &RawCmsg<'_>) -> std::result::Result<Decoded, String> {
    let Some(entry) = anc_entry(c.level, c.ty) else {
        return Err(format!(
            "cmsghdr with level {} and type {} not supported",
            c.level, c.ty
        ));
    };
    if cmsg_len(entry.size) > c.len {
        return Err(format!(
            "the cmsghdr structure is unexpectedly small; expected a length of at least {}, \
             but got {}",
            cmsg_len(entry.size),
            c.len
        ));
    }
    let mut fixed = [0u8; 32];
    let n = c.data.len().min(fixed.len());
    fixed[..n].copy_from_slice(&c.data[..n]);
    let int_at =
        |o: usize| i32::from_ne_bytes([fixed[o], fixed[o + 1], fixed[o + 2], fixed[o + 3]]);
    Ok(match entry.kind {
        AncKind::Ipv6PktInfo => {
            let mut a = [0u8; 16];
            a.copy_from_slice(&fixed[..16]);
            Decoded::Ipv6PktInfo {
                addr: Ipv6Addr::from(a),
                ifindex: int_at(16) as u32,
            }
        }
        AncKind::Int => Decoded::Int(int_at(0)),
        AncKind::Credentials => Decoded::Credentials(Ucred {
            pid: int_at(0),
            uid: int_at(4) as u32,
            gid: int_at(8) as u32,
        }),
        AncKind::Rights => {
            let off = cmsg_data_offset();
            if c.len < off {
                return Err(format!(
                    "length of cmsg is smaller than its data member offset ({} vs {})",
                    c.len, off
                ));
            }
            let num = (c.len - off) / mem::size_of::<libc::c_int>();
            Decoded::Rights(
                c.data
                    .chunks_exact(4)
                    .take(num)
                    .map(|b| i32::from_ne_bytes([b[0], b[1], b[2], b[3]]))
                    .collect(),
            )
        }
    })
}

/// What a received descriptor is, as `to_zval_read_fd_array()` asks `fstat()`.
pub fn is_socket(fd: RawFd) -> Result<bool> {
    // SAFETY: fstat writes into the zeroed struct.
    let mut st: libc::stat = unsafe { mem::zeroed() };
    cvt(unsafe { libc::fstat(fd, &mut st) })?;
    Ok(st.st_mode & libc::S_IFMT == libc::S_IFSOCK)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Seek, Write};
    use std::os::fd::AsRawFd;

    fn encode_control(msgs: &[Cmsg]) -> Vec<u8> {
        let mut buf = vec![0u8; control_space(msgs)];
        encode_control_into(msgs, &mut buf);
        buf
    }

    /// A [`Received`] with its buffers copied out.
    struct Owned {
        bytes: usize,
        data: Vec<u8>,
        name: Option<libc::sockaddr_storage>,
        control: Vec<u8>,
        flags: i32,
    }

    /// [`recvmsg`] into a `data_len`-byte data buffer and a zeroed `control_len`-byte control one.
    fn recv_owned(fd: RawFd, name: Option<NameBuf>, data_len: usize, control_len: usize) -> Owned {
        let (mut d, mut c) = (
            vec![MaybeUninit::uninit(); data_len],
            vec![0u8; control_len],
        );
        let r = recvmsg(fd, name, &mut d, &mut c, 0).unwrap();
        Owned {
            bytes: r.bytes,
            data: r.data.to_vec(),
            name: r.name,
            control: r.control.to_vec(),
            flags: r.flags,
        }
    }

    fn pair(ty: i32) -> (RawFd, RawFd) {
        super::super::ops::socketpair(libc::AF_UNIX, ty, 0).unwrap()
    }

    #[test]
    fn cmsg_space_matches_the_c_extension() {
        assert_eq!(
            cmsg_space(
                anc_entry(libc::IPPROTO_IPV6, libc::IPV6_PKTINFO)
                    .unwrap()
                    .size
            ),
            40
        );
        assert_eq!(
            cmsg_space(
                anc_entry(libc::IPPROTO_IPV6, libc::IPV6_HOPLIMIT)
                    .unwrap()
                    .size
            ),
            24
        );
        assert_eq!(
            cmsg_space(
                anc_entry(libc::SOL_SOCKET, libc::SCM_CREDENTIALS)
                    .unwrap()
                    .size
            ),
            32
        );
        let r = anc_entry(libc::SOL_SOCKET, libc::SCM_RIGHTS).unwrap();
        assert_eq!((r.size, r.var_el_size), (0, 4));
        assert_eq!(cmsg_space(3 * r.var_el_size), 32);
        assert_eq!(anc_entry(libc::SOL_SOCKET, 99), None);
        // SAFETY: pure arithmetic.
        for n in [0usize, 1, 4, 12, 20, 1000] {
            assert_eq!(cmsg_space(n), unsafe { libc::CMSG_SPACE(n as u32) }
                as usize);
            assert_eq!(cmsg_len(n), unsafe { libc::CMSG_LEN(n as u32) } as usize);
        }
        assert_eq!(cmsg_space(i32::MAX as usize * 4), 8_589_934_608);
    }

    #[test]
    fn iov_and_flags_over_a_socketpair() {
        let (a, b) = pair(libc::SOCK_DGRAM);
        let n = sendmsg(a, None, &[b"hello ", b"world"], &[], 0).unwrap();
        assert_eq!(n, 11);
        let r = recv_owned(b, Some(NameBuf::Unix), 5, 0);
        assert_eq!(r.bytes, 5);
        assert_eq!(r.data, b"hello");
        assert_eq!(r.flags & libc::MSG_TRUNC, libc::MSG_TRUNC);
        // An unnamed socketpair peer: the family is AF_UNIX (or nothing), the path empty.
        let name = parse_name(r.name.as_ref().unwrap()).unwrap();
        let empty = match &name {
            None => true,
            Some(RecvName::Unix(p)) => p.is_empty(),
            _ => false,
        };
        assert!(empty, "{name:?}");
        super::super::close(a);
        super::super::close(b);
    }

    #[test]
    fn scm_rights_passes_the_right_descriptor() {
        let (a, b) = pair(libc::SOCK_STREAM);
        let path = std::env::temp_dir().join(format!("rsockets-msg-{}.tmp", std::process::id()));
        let mut f = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(&path)
            .unwrap();
        std::fs::remove_file(&path).unwrap();
        f.write_all(b"passed").unwrap();
        let control = encode_control(&[Cmsg::Rights(vec![f.as_raw_fd()])]);
        assert_eq!(control.len(), cmsg_space(4));
        sendmsg(a, None, &[b"x"], &control, 0).unwrap();
        let r = recv_owned(b, None, 10, cmsg_space(4));
        let msgs = control_messages(&r.control);
        assert_eq!(msgs.len(), 1);
        let Decoded::Rights(fds) = decode(&msgs[0]).unwrap() else {
            panic!("not SCM_RIGHTS")
        };
        assert_eq!(fds.len(), 1);
        assert_ne!(fds[0], f.as_raw_fd());
        assert!(!is_socket(fds[0]).unwrap());
        // SAFETY: the received descriptor is ours now.
        let mut g = unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(fds[0]) };
        g.rewind().unwrap();
        let mut s = String::new();
        g.read_to_string(&mut s).unwrap();
        assert_eq!(s, "passed");
        // A socket passes as a socket, with its family.
        let (c, d) = pair(libc::SOCK_DGRAM);
        sendmsg(
            a,
            None,
            &[b"y"],
            &encode_control(&[Cmsg::Rights(vec![c])]),
            0,
        )
        .unwrap();
        let r = recv_owned(b, None, 10, 64);
        let Ok(Decoded::Rights(fds)) = decode(&control_messages(&r.control)[0]) else {
            panic!("not SCM_RIGHTS")
        };
        assert!(is_socket(fds[0]).unwrap());
        assert_eq!(super::super::fdinfo::family(fds[0]).unwrap(), libc::AF_UNIX);
        for fd in [a, b, c, d, fds[0]] {
            super::super::close(fd);
        }
    }

    #[test]
    fn scm_credentials_with_so_passcred() {
        let (a, b) = pair(libc::SOCK_DGRAM);
        let one: libc::c_int = 1;
        // SAFETY: plain setsockopt with an int.
        let r = unsafe {
            libc::setsockopt(
                b,
                libc::SOL_SOCKET,
                libc::SO_PASSCRED,
                (&one as *const libc::c_int).cast(),
                4,
            )
        };
        assert_eq!(r, 0);
        // SAFETY: plain getters.
        let me = unsafe {
            Ucred {
                pid: libc::getpid(),
                uid: libc::getuid(),
                gid: libc::getgid(),
            }
        };
        let control = encode_control(&[Cmsg::Credentials(me)]);
        sendmsg(a, None, &[b"c"], &control, 0).unwrap();
        let r = recv_owned(b, None, 10, cmsg_space(12));
        let msgs = control_messages(&r.control);
        assert_eq!(
            (msgs[0].level, msgs[0].ty),
            (libc::SOL_SOCKET, libc::SCM_CREDENTIALS)
        );
        assert_eq!(decode(&msgs[0]).unwrap(), Decoded::Credentials(me));
        super::super::close(a);
        super::super::close(b);
    }

    #[test]
    fn unsupported_and_short_messages_are_reported() {
        let hdr = libc::cmsghdr {
            cmsg_len: cmsg_len(4) as _,
            cmsg_level: 0,
            cmsg_type: 8,
        };
        let mut buf = vec![0u8; cmsg_space(4)];
        write_pod(&mut buf, &hdr);
        let msgs = control_messages(&buf);
        assert_eq!(
            decode(&msgs[0]).unwrap_err(),
            "cmsghdr with level 0 and type 8 not supported"
        );
        let hdr = libc::cmsghdr {
            cmsg_len: cmsg_len(4) as _,
            cmsg_level: libc::SOL_SOCKET,
            cmsg_type: libc::SCM_CREDENTIALS,
        };
        write_pod(&mut buf, &hdr);
        assert_eq!(
            decode(&control_messages(&buf)[0]).unwrap_err(),
            "the cmsghdr structure is unexpectedly small; expected a length of at least 28, but got 20"
        );
    }

    #[test]
    fn names_have_the_c_lengths() {
        assert_eq!(
            Name::V4 {
                ip: [127, 0, 0, 1],
                port: 80
            }
            .to_raw()
            .1,
            16
        );
        let v6 = Name::V6 {
            ip: [0; 16],
            port: 1,
            flowinfo: 0,
            scope_id: 0,
        };
        assert_eq!(v6.to_raw().1, 28);
        assert_eq!(Name::Unix(b"/tmp/x".to_vec()).to_raw().1, 2 + 6);
        assert_eq!(Name::Unix(b"\0abc\0de".to_vec()).to_raw().1, 2 + 4);
        assert_eq!(Name::Unix(Vec::new()).to_raw().1, 3);
        let (ss, _) = Name::V4 {
            ip: [10, 1, 2, 3],
            port: 4242,
        }
        .to_raw();
        assert_eq!(
            parse_name(&ss).unwrap(),
            Some(RecvName::V4 {
                ip: "10.1.2.3".parse().unwrap(),
                port: 4242
            })
        );
    }
}
