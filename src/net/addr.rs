//! Addresses as ext/sockets reads and writes them: `php_set_inet_addr()` /
//! `php_set_inet6_addr()` (literal, else a name lookup), `sockaddr_un` with the exact length
//! the caller gave (abstract names included), and the text forms `getsockname()` reports.

use std::ffi::{CStr, CString};
use std::mem;
use std::net::{Ipv4Addr, Ipv6Addr};

use socket2::SockAddr;

use super::{Error, Result};

/// `MAXFQDNLEN`.
const MAXFQDNLEN: usize = 255;

/// The part of a PHP string a C function sees: everything before the first NUL.
pub fn c_str(bytes: &[u8]) -> &[u8] {
    match bytes.iter().position(|&b| b == 0) {
        Some(i) => &bytes[..i],
        None => bytes,
    }
}

/// Runs `f` on `bytes` (up to its first NUL) as a C string, copied to the stack when it is
/// short, as every address literal is: no allocation on the connect/sendto path.
fn with_c_str<T>(bytes: &[u8], f: impl FnOnce(&CStr) -> T) -> T {
    let b = c_str(bytes);
    let mut buf = [0u8; 64];
    if b.len() < buf.len() {
        buf[..b.len()].copy_from_slice(b);
        // SAFETY: NUL-terminated at b.len(), and c_str() left no NUL before it.
        f(unsafe { CStr::from_bytes_with_nul_unchecked(&buf[..=b.len()]) })
    } else {
        f(&cstring(b))
    }
}

fn cstring(bytes: &[u8]) -> CString {
    // c_str() removed any NUL, so this cannot fail.
    CString::new(c_str(bytes)).unwrap_or_default()
}

extern "C" {
    fn gethostbyname_r(
        name: *const libc::c_char,
        ret: *mut libc::hostent,
        buf: *mut libc::c_char,
        buflen: usize,
        result: *mut *mut libc::hostent,
        h_errnop: *mut libc::c_int,
    ) -> libc::c_int;
    fn __h_errno_location() -> *mut libc::c_int;
}

/// `php_set_inet_addr()`: a dotted quad, else `gethostbyname()`.
pub fn inet4(host: &[u8]) -> Result<Ipv4Addr> {
    with_c_str(host, inet4_c)
}

fn inet4_c(c: &CStr) -> Result<Ipv4Addr> {
    let mut tmp: libc::in_addr = libc::in_addr { s_addr: 0 };
    // SAFETY: valid C string and out pointer.
    if unsafe {
        super::inet_pton(
            libc::AF_INET,
            c.as_ptr(),
            (&mut tmp as *mut libc::in_addr).cast(),
        )
    } == 1
    {
        return Ok(Ipv4Addr::from(u32::from_be(tmp.s_addr)));
    }
    // The C extension reports the thread's `h_errno`, which `php_network_gethostbyname()`
    // (gethostbyname_r with a private error variable) does not update: the code shown is the
    // one left by an earlier lookup. Reproduce that rather than "fix" it.
    // SAFETY: h_errno is thread-local.
    let stale = || Error::HostLookup(-10000 - unsafe { *__h_errno_location() });
    if c.to_bytes().len() > MAXFQDNLEN {
        return Err(stale());
    }
    match gethostbyname_r4(c) {
        Lookup::Found(ip) => Ok(ip),
        Lookup::NotInet => Err(Error::WrongFamily("AF_INET")),
        Lookup::Failed => Err(stale()),
    }
}

enum Lookup {
    Found(Ipv4Addr),
    NotInet,
    Failed,
}

/// `gethostname_re()` of main/network.c: `gethostbyname_r()`, doubling the buffer on ERANGE.
fn gethostbyname_r4(name: &CStr) -> Lookup {
    let mut buf = vec![0u8; 1024];
    // SAFETY: hostent and buffer outlive the call; the result points into them.
    unsafe {
        let mut he: libc::hostent = mem::zeroed();
        let mut result: *mut libc::hostent = std::ptr::null_mut();
        let mut herr: libc::c_int = 0;
        loop {
            let res = gethostbyname_r(
                name.as_ptr(),
                &mut he,
                buf.as_mut_ptr().cast(),
                buf.len(),
                &mut result,
                &mut herr,
            );
            if res == libc::ERANGE && buf.len() < (1 << 24) {
                let n = buf.len() * 2;
                buf.resize(n, 0);
                continue;
            }
            if res != 0 || result.is_null() {
                return Lookup::Failed;
            }
            break;
        }
        if (*result).h_addrtype != libc::AF_INET {
            return Lookup::NotInet;
        }
        let first = *(*result).h_addr_list;
        if first.is_null() {
            return Lookup::Failed;
        }
        let mut b = [0u8; 4];
        std::ptr::copy_nonoverlapping(first as *const u8, b.as_mut_ptr(), 4);
        Lookup::Found(Ipv4Addr::from(b))
    }
}

/// `php_set_inet6_addr()`: an IPv6 literal, else `getaddrinfo(AF_INET6, AI_V4MAPPED |
/// AI_ADDRCONFIG)`; a `%scope` suffix (number or interface name) sets the scope id.
pub fn inet6(host: &[u8]) -> Result<(Ipv6Addr, u32)> {
    with_c_str(host, inet6_c)
}

fn inet6_c(c: &CStr) -> Result<(Ipv6Addr, u32)> {
    let bytes = c.to_bytes();
    let mut tmp: libc::in6_addr = libc::in6_addr { s6_addr: [0; 16] };
    // SAFETY: valid C string and out pointer.
    let literal = unsafe {
        super::inet_pton(
            libc::AF_INET6,
            c.as_ptr(),
            (&mut tmp as *mut libc::in6_addr).cast(),
        )
    } == 1;
    let ip = if literal {
        Ipv6Addr::from(tmp.s6_addr)
    } else {
        // SAFETY: standard getaddrinfo use; the list is freed before returning.
        unsafe {
            let mut hints: libc::addrinfo = mem::zeroed();
            hints.ai_family = libc::AF_INET6;
            hints.ai_flags = libc::AI_V4MAPPED | libc::AI_ADDRCONFIG;
            let mut res: *mut libc::addrinfo = std::ptr::null_mut();
            libc::getaddrinfo(c.as_ptr(), std::ptr::null(), &hints, &mut res);
            if res.is_null() {
                return Err(Error::HostLookup(-10000 - *__h_errno_location()));
            }
            let ok = (*res).ai_family == libc::AF_INET6
                && (*res).ai_addrlen as usize == mem::size_of::<libc::sockaddr_in6>();
            let ip = ok.then(|| {
                Ipv6Addr::from(
                    (*((*res).ai_addr as *const libc::sockaddr_in6))
                        .sin6_addr
                        .s6_addr,
                )
            });
            libc::freeaddrinfo(res);
            ip.ok_or(Error::WrongFamily("AF_INET6"))?
        }
    };
    let mut scope_id = 0u32;
    if let Some(pos) = bytes.iter().position(|&b| b == b'%') {
        let scope = &bytes[pos + 1..];
        scope_id = match parse_numeric_long(scope) {
            Some(n) if n > 0 && n <= u32::MAX as i64 => n as u32,
            Some(_) => 0,
            None => if_index(scope),
        };
    }
    Ok((ip, scope_id))
}

/// `is_numeric_string(...) == IS_LONG` for the scope suffix: optional surrounding whitespace,
/// optional sign, decimal digits that fit a zend_long.
fn parse_numeric_long(s: &[u8]) -> Option<i64> {
    let t = std::str::from_utf8(s).ok()?;
    let t = t.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let t = t.trim_end_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse::<i64>().ok()
}

/// `php_string_to_if_index()`: `if_nametoindex()`, 0 when unknown.
pub fn if_index(name: &[u8]) -> u32 {
    let c = cstring(name);
    // SAFETY: valid C string.
    unsafe { libc::if_nametoindex(c.as_ptr()) }
}

/// An IPv4 socket address.
pub fn sockaddr_v4(ip: Ipv4Addr, port: u16) -> SockAddr {
    SockAddr::from(std::net::SocketAddrV4::new(ip, port))
}

/// An IPv6 socket address with a scope id.
pub fn sockaddr_v6(ip: Ipv6Addr, port: u16, scope_id: u32) -> SockAddr {
    SockAddr::from(std::net::SocketAddrV6::new(ip, port, 0, scope_id))
}

/// Size of `sockaddr_un.sun_path`.
pub const SUN_PATH_LEN: usize = 108;

/// A `sockaddr_un` of length `offsetof(sun_path) + path.len()`, as the C extension builds it
/// (no terminating NUL counted; a leading NUL makes an abstract name). `path` must be shorter
/// than [`SUN_PATH_LEN`].
pub fn sockaddr_unix(path: &[u8]) -> SockAddr {
    debug_assert!(path.len() < SUN_PATH_LEN);
    let len = mem::size_of::<libc::sa_family_t>() + path.len().min(SUN_PATH_LEN - 1);
    // SAFETY: the closure fills a zeroed sockaddr_storage within bounds.
    let ((), addr) = unsafe {
        SockAddr::try_init(|storage, l| {
            let un = storage as *mut libc::sockaddr_un;
            (*un).sun_family = libc::AF_UNIX as libc::sa_family_t;
            for (i, b) in path.iter().take(SUN_PATH_LEN - 1).enumerate() {
                (*un).sun_path[i] = *b as libc::c_char;
            }
            *l = len as libc::socklen_t;
            Ok(())
        })
    }
    .unwrap_or_else(|_| {
        (
            (),
            SockAddr::from(std::net::SocketAddrV4::new(Ipv4Addr::UNSPECIFIED, 0)),
        )
    });
    addr
}

/// A `sockaddr_ll` for binding an `AF_PACKET` socket (PHP 8.5's socket_bind): family, the
/// protocol in network order and the interface index, everything else zero; its length is
/// `sizeof(struct sockaddr_ll)`.
pub fn sockaddr_ll(protocol_be: u16, ifindex: i32) -> SockAddr {
    // SAFETY: the closure fills a zeroed sockaddr_storage (larger than sockaddr_ll).
    let res = unsafe {
        SockAddr::try_init(|storage, l| {
            let ll = storage as *mut libc::sockaddr_ll;
            (*ll).sll_family = libc::AF_PACKET as u16;
            (*ll).sll_protocol = protocol_be;
            (*ll).sll_ifindex = ifindex;
            *l = mem::size_of::<libc::sockaddr_ll>() as libc::socklen_t;
            Ok(())
        })
    };
    match res {
        Ok(((), addr)) => addr,
        // try_init fails only when the closure does, which it does not.
        Err(_) => SockAddr::from(std::net::SocketAddrV4::new(Ipv4Addr::UNSPECIFIED, 0)),
    }
}

/// The protocol (network order) and interface index of an `AF_PACKET` address
/// (`sockaddr_ll.sll_protocol`, `sll_ifindex`); `None` for another family.
pub fn packet_parts(addr: &SockAddr) -> Option<(u16, i32)> {
    if addr.family() != libc::AF_PACKET as libc::sa_family_t {
        return None;
    }
    // SAFETY: the storage is a zeroed sockaddr_storage holding an AF_PACKET address; the
    // fields read lie within sockaddr_ll, smaller than the storage.
    let ll = unsafe { &*(addr.as_ptr() as *const libc::sockaddr_ll) };
    Some((ll.sll_protocol, ll.sll_ifindex))
}

/// `if_indextoname()`: the interface's name, `None` when there is none with that index.
pub fn if_name(index: u32) -> Option<Vec<u8>> {
    let mut buf = [0 as libc::c_char; libc::IF_NAMESIZE];
    // SAFETY: the buffer has IF_NAMESIZE bytes, as if_indextoname requires.
    let p = unsafe { libc::if_indextoname(index, buf.as_mut_ptr()) };
    if p.is_null() {
        return None;
    }
    Some(
        buf.iter()
            .map(|&c| c as u8)
            .take_while(|&b| b != 0)
            .collect(),
    )
}

/// An address as `getsockname()`/`recvfrom()` report it to PHP.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// Text form and port of an IPv4 or IPv6 address.
    Inet(String, u16),
    /// `sun_path` up to its first NUL.
    Unix(Vec<u8>),
    /// Another family.
    Other(i32),
}

/// Text forms of socket addresses.
pub trait SockAddrExt {
    /// `inet_ntop()` + port, or the unix path.
    fn resolved(&self) -> Resolved;
}

impl SockAddrExt for SockAddr {
    fn resolved(&self) -> Resolved {
        if let Some(v4) = self.as_socket_ipv4() {
            return Resolved::Inet(v4.ip().to_string(), v4.port());
        }
        if let Some(v6) = self.as_socket_ipv6() {
            return Resolved::Inet(ntop6(v6.ip()), v6.port());
        }
        if self.family() == libc::AF_UNIX as libc::sa_family_t {
            // SAFETY: the storage holds a sockaddr_un.
            let un = unsafe { &*(self.as_ptr() as *const libc::sockaddr_un) };
            let max = (self.len() as usize).saturating_sub(mem::size_of::<libc::sa_family_t>());
            let path: Vec<u8> = un.sun_path[..max.min(SUN_PATH_LEN)]
                .iter()
                .map(|&c| c as u8)
                .take_while(|&b| b != 0)
                .collect();
            return Resolved::Unix(path);
        }
        Resolved::Other(self.family() as i32)
    }
}

/// `inet_ntop(AF_INET6, ...)`, which differs from Rust's Display for IPv4-mapped and
/// -compatible forms.
pub fn ntop6(ip: &Ipv6Addr) -> String {
    let mut buf = [0 as libc::c_char; 46];
    let octets = ip.octets();
    // SAFETY: buffer of INET6_ADDRSTRLEN bytes.
    let p = unsafe {
        super::inet_ntop(
            libc::AF_INET6,
            octets.as_ptr().cast(),
            buf.as_mut_ptr(),
            buf.len() as libc::socklen_t,
        )
    };
    if p.is_null() {
        return ip.to_string();
    }
    // SAFETY: inet_ntop wrote a NUL-terminated string.
    unsafe { std::ffi::CStr::from_ptr(buf.as_ptr()) }
        .to_string_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_and_names() {
        assert_eq!(inet4(b"127.0.0.1").unwrap(), Ipv4Addr::LOCALHOST);
        assert_eq!(inet4(b"127.0.0.1\0junk").unwrap(), Ipv4Addr::LOCALHOST);
        assert_eq!(inet4(b"localhost").unwrap(), Ipv4Addr::LOCALHOST);
        assert!(matches!(inet4(b"no.such.host.invalid"), Err(Error::HostLookup(c)) if c < -10000));
        assert_eq!(inet6(b"::1").unwrap(), (Ipv6Addr::LOCALHOST, 0));
        assert_eq!(inet6(b"::1%7").unwrap().1, 7);
    }

    #[test]
    fn packet_addresses_and_interface_names() {
        let a = sockaddr_ll(0x0008, 1);
        assert_eq!(a.len() as usize, mem::size_of::<libc::sockaddr_ll>());
        assert_eq!(packet_parts(&a), Some((0x0008, 1)));
        assert_eq!(packet_parts(&sockaddr_v4(Ipv4Addr::LOCALHOST, 1)), None);
        let lo = if_index(b"lo");
        assert!(lo > 0);
        assert_eq!(if_name(lo), Some(b"lo".to_vec()));
        assert_eq!(if_name(0), None);
    }

    #[test]
    fn unix_addresses_keep_their_exact_length() {
        let a = sockaddr_unix(b"/tmp/x.sock");
        assert_eq!(a.len() as usize, 2 + 11);
        assert_eq!(a.resolved(), Resolved::Unix(b"/tmp/x.sock".to_vec()));
        let abs = sockaddr_unix(b"\0abstract");
        assert_eq!(abs.len() as usize, 2 + 9);
    }

    #[test]
    fn ntop_matches_libc() {
        assert_eq!(ntop6(&"::ffff:1.2.3.4".parse().unwrap()), "::ffff:1.2.3.4");
        assert_eq!(ntop6(&Ipv6Addr::LOCALHOST), "::1");
    }
}
