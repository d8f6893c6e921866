//! `getaddrinfo(3)` as `socket_addrinfo_lookup()` uses it: hints in, one owned copy of each
//! `struct addrinfo` out (the C extension's `php_addrinfo` keeps exactly such a copy), plus the
//! socket/bind/connect steps of `socket_addrinfo_bind()` / `socket_addrinfo_connect()`.

use std::ffi::CString;
use std::os::fd::RawFd;
use std::ptr;

use socket2::SockAddr;

use super::{addr, Result};

/// The `hints` argument of `getaddrinfo(3)` (the four fields PHP lets one set).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Hints {
    pub flags: i32,
    pub family: i32,
    pub socktype: i32,
    pub protocol: i32,
}

/// One `struct addrinfo` result, owned: the C extension's `php_addrinfo.addrinfo`
/// (with `ai_addr` and `ai_canonname` copied out of the list before `freeaddrinfo`).
#[derive(Debug, Clone)]
pub struct AddrInfo {
    pub flags: i32,
    pub family: i32,
    pub socktype: i32,
    pub protocol: i32,
    /// `ai_addr` / `ai_addrlen`.
    pub addr: SockAddr,
    /// `ai_canonname` (set only for the first result with `AI_CANONNAME`).
    pub canonname: Option<CString>,
}

/// The socket address of an [`AddrInfo`] as `socket_addrinfo_explain()` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Explained {
    /// `sin_port`, `sin_addr` (text as `inet_ntop`).
    V4(u16, String),
    /// `sin6_port`, `sin6_addr` (text as `inet_ntop`).
    V6(u16, String),
    /// Any other family: an empty `ai_addr` array.
    Other,
}

impl AddrInfo {
    /// The `ai_addr` part of `socket_addrinfo_explain()`: chosen by `ai_family`, as C does.
    pub fn explain_addr(&self) -> Explained {
        match self.family {
            libc::AF_INET => match self.addr.as_socket_ipv4() {
                Some(a) => Explained::V4(a.port(), a.ip().to_string()),
                None => Explained::Other,
            },
            libc::AF_INET6 => match self.addr.as_socket_ipv6() {
                Some(a) => Explained::V6(a.port(), addr::ntop6(a.ip())),
                None => Explained::Other,
            },
            _ => Explained::Other,
        }
    }

    /// `socket(ai_family, ai_socktype, ai_protocol)` (no `SOCK_CLOEXEC`, as in C).
    pub fn socket(&self) -> Result<RawFd> {
        super::ops::socket(self.family, self.socktype, self.protocol)
    }

    /// `bind(fd, ai_addr, ai_addrlen)`.
    pub fn bind(&self, fd: RawFd) -> Result<()> {
        super::ops::bind(fd, &self.addr)
    }

    /// `connect(fd, ai_addr, ai_addrlen)`.
    pub fn connect(&self, fd: RawFd) -> Result<()> {
        super::ops::connect(fd, &self.addr)
    }
}

/// `getaddrinfo(host, service, &hints, &result)`: `None` when it fails (the C extension
/// reports nothing but `false`). Host and service are C strings: a PHP string is cut at its
/// first NUL, as `ZSTR_VAL()` passed to C is. Results of family `AF_UNSPEC` are skipped.
pub fn lookup(host: &[u8], service: Option<&[u8]>, hints: &Hints) -> Option<Vec<AddrInfo>> {
    let host = CString::new(addr::c_str(host)).ok()?;
    let service = match service {
        Some(s) => Some(CString::new(addr::c_str(s)).ok()?),
        None => None,
    };
    // SAFETY: an all-zero addrinfo is the memset(&hints, 0, ...) of C.
    let mut h: libc::addrinfo = unsafe { std::mem::zeroed() };
    h.ai_flags = hints.flags;
    h.ai_family = hints.family;
    h.ai_socktype = hints.socktype;
    h.ai_protocol = hints.protocol;
    let mut res: *mut libc::addrinfo = ptr::null_mut();
    // SAFETY: valid C strings (or NULL service), valid hints and out pointer.
    let rc = unsafe {
        libc::getaddrinfo(
            host.as_ptr(),
            service.as_ref().map_or(ptr::null(), |s| s.as_ptr()),
            &h,
            &mut res,
        )
    };
    if rc != 0 {
        return None;
    }
    let mut out = Vec::new();
    let mut rp = res;
    while !rp.is_null() {
        // SAFETY: `rp` walks the list getaddrinfo returned, freed only below.
        let ai = unsafe { &*rp };
        if ai.ai_family != libc::AF_UNSPEC {
            out.push(copy(ai));
        }
        rp = ai.ai_next;
    }
    // SAFETY: `res` came from a successful getaddrinfo and is freed once.
    unsafe { libc::freeaddrinfo(res) };
    Some(out)
}

/// Copies one list entry (`memcpy` + `emalloc(ai_addrlen)` + `estrdup(ai_canonname)` in C).
fn copy(ai: &libc::addrinfo) -> AddrInfo {
    let len = (ai.ai_addrlen as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
    let mut storage = socket2::SockAddrStorage::zeroed();
    // SAFETY: sockaddr_storage is a sockaddr type of this platform; ai_addr points to
    // ai_addrlen valid bytes, of which at most the storage's size is copied.
    let addr = unsafe {
        if !ai.ai_addr.is_null() {
            let dst = storage.view_as::<libc::sockaddr_storage>();
            ptr::copy_nonoverlapping(
                ai.ai_addr as *const u8,
                (dst as *mut libc::sockaddr_storage).cast::<u8>(),
                len,
            );
        }
        SockAddr::new(storage, len as libc::socklen_t)
    };
    let canonname = if ai.ai_canonname.is_null() {
        None
    } else {
        // SAFETY: a NUL-terminated string owned by the list.
        Some(unsafe { std::ffi::CStr::from_ptr(ai.ai_canonname) }.to_owned())
    };
    AddrInfo {
        flags: ai.ai_flags,
        family: ai.ai_family,
        socktype: ai.ai_socktype,
        protocol: ai.ai_protocol,
        addr,
        canonname,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_v4_with_hints() {
        let hints = Hints {
            socktype: libc::SOCK_STREAM,
            family: libc::AF_INET,
            ..Hints::default()
        };
        let r = lookup(b"127.0.0.1", Some(b"80"), &hints).unwrap();
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].family, libc::AF_INET);
        assert_eq!(r[0].socktype, libc::SOCK_STREAM);
        assert_eq!(r[0].protocol, libc::IPPROTO_TCP);
        assert_eq!(r[0].explain_addr(), Explained::V4(80, "127.0.0.1".into()));
        assert!(r[0].canonname.is_none());
    }

    #[test]
    fn numeric_v6_and_canonname() {
        let hints = Hints {
            flags: libc::AI_CANONNAME | libc::AI_NUMERICHOST,
            socktype: libc::SOCK_DGRAM,
            ..Hints::default()
        };
        let r = lookup(b"::1", Some(b"53"), &hints).unwrap();
        assert_eq!(r[0].explain_addr(), Explained::V6(53, "::1".into()));
        assert_eq!(
            r[0].canonname.as_deref().map(|c| c.to_bytes()),
            Some(&b"::1"[..])
        );
    }

    #[test]
    fn failures_and_nul_cut() {
        let hints = Hints {
            flags: libc::AI_NUMERICHOST,
            ..Hints::default()
        };
        assert!(lookup(b"not an address", None, &hints).is_none());
        // Cut at the NUL: "127.0.0.1".
        let r = lookup(b"127.0.0.1\0junk", Some(b"7\0x"), &hints).unwrap();
        assert!(r
            .iter()
            .all(|a| a.explain_addr() == Explained::V4(7, "127.0.0.1".into())));
        // Bad socktype hint: EAI_SOCKTYPE.
        let bad = Hints {
            socktype: 12345,
            ..Hints::default()
        };
        assert!(lookup(b"127.0.0.1", None, &bad).is_none());
    }

    #[test]
    fn bind_and_connect() {
        let hints = Hints {
            family: libc::AF_INET,
            socktype: libc::SOCK_STREAM,
            ..Hints::default()
        };
        let ai = &lookup(b"127.0.0.1", Some(b"0"), &hints).unwrap()[0];
        let l = ai.socket().unwrap();
        ai.bind(l).unwrap();
        super::super::ops::listen(l, 4).unwrap();
        let port = super::super::ops::local_addr(l)
            .unwrap()
            .as_socket()
            .unwrap()
            .port();
        let port = port.to_string();
        let ai = &lookup(b"127.0.0.1", Some(port.as_bytes()), &hints).unwrap()[0];
        let c = ai.socket().unwrap();
        ai.connect(c).unwrap();
        super::super::close(c);
        super::super::close(l);
    }
}
