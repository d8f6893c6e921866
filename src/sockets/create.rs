//! Creating, naming, connecting, closing: socket_create, socket_create_listen,
//! socket_create_pair, socket_accept, socket_bind, socket_connect, socket_listen,
//! socket_close, socket_shutdown, socket_set_block/nonblock, socket_getsockname/getpeername.

use std::os::raw::c_char;
use std::ptr;

use crate::net::{self, addr, Error, Resolved, SockAddrExt};
use crate::php_function;
use crate::zend::sys::{self, zend_long, zval};
use crate::zend::{error, value};
use crate::zpp;

use super::{new_socket, socket_ce, PhpSocket};

/// Parses `O` (a Socket) as the only argument and checks it is open.
fn only_socket<'a>(ex: crate::zend::Ex) -> Option<&'a mut PhpSocket> {
    let mut arg: *mut zval = ptr::null_mut();
    if !zpp!(ex, "O", &mut arg, socket_ce()) {
        return None;
    }
    // SAFETY: zpp checked the class.
    let sock = unsafe { PhpSocket::from_zval(arg) };
    sock.ensure_valid().then_some(sock)
}

/// `SOCK_CLOEXEC | SOCK_NONBLOCK`: from PHP 8.4, flags `$type` may carry (masked off before the
/// type check, passed on to `socket(2)`/`socketpair(2)`).
#[cfg(php84)]
const TYPE_FLAGS: zend_long = (libc::SOCK_CLOEXEC | libc::SOCK_NONBLOCK) as zend_long;
#[cfg(not(php84))]
const TYPE_FLAGS: zend_long = 0;

#[cfg(php84)]
const TYPE_MSG: &str = "must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM optionally OR'ed with SOCK_CLOEXEC, SOCK_NONBLOCK";
#[cfg(not(php84))]
const TYPE_MSG: &str =
    "must be one of SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET, SOCK_RAW, or SOCK_RDM";

/// The domain and type checks of socket_create (`packet`: AF_PACKET allowed, PHP 8.5) and
/// socket_create_pair.
fn check_domain_and_type(domain: zend_long, ty: zend_long, packet: bool) -> bool {
    let packet = packet && cfg!(php85);
    if domain != libc::AF_UNIX as zend_long
        && domain != libc::AF_INET6 as zend_long
        && domain != libc::AF_INET as zend_long
        && !(packet && domain == libc::AF_PACKET as zend_long)
    {
        error::argument_value_error(
            1,
            if packet {
                "must be one of AF_UNIX, AF_PACKET, AF_INET6, or AF_INET"
            } else {
                "must be one of AF_UNIX, AF_INET6, or AF_INET"
            },
        );
        return false;
    }
    if ty & !TYPE_FLAGS > 10 {
        error::argument_value_error(2, TYPE_MSG);
        return false;
    }
    true
}

/// PHP 8.5: a port outside 0..=65535 is a ValueError (socket_create_listen, socket_bind,
/// socket_sendto); before, C truncated it to 16 bits.
pub fn check_port(arg: u32, port: zend_long) -> bool {
    if cfg!(php85) && !(0..=65535).contains(&port) {
        error::argument_value_error(arg, "must be between 0 and 65535");
        return false;
    }
    true
}

php_function!(
    /// `socket_create(int $domain, int $type, int $protocol): Socket|false`
    socket_create(ex, rv) {
        let (mut domain, mut ty, mut proto): (zend_long, zend_long, zend_long) = (0, 0, 0);
        if !zpp!(ex, "lll", &mut domain, &mut ty, &mut proto) || !check_domain_and_type(domain, ty, true) {
            return;
        }
        // PHP 8.5: an AF_PACKET protocol is an ETH_P_* value in host order; socket(2) wants it
        // in network order, and C converts it.
        if domain == libc::AF_PACKET as zend_long {
            proto = (proto as u16).to_be() as zend_long;
        }
        match net::ops::socket(domain as i32, ty as i32, proto as i32) {
            Ok(fd) => {
                // SAFETY: rv is the return slot.
                let sock = unsafe { new_socket(rv) };
                sock.bsd_socket = fd;
                sock.type_ = domain as i32;
            }
            Err(e) => {
                let code = e.code();
                super::set_last_error(code);
                error::warning(&format!("Unable to create socket [{code}]: {}", net::strerror(code)));
                // SAFETY: rv is the return slot.
                unsafe { value::ret(rv, value::bool_(false)) };
            }
        }
    }
);

php_function!(
    /// `socket_create_listen(int $port, int $backlog = 128): Socket|false`
    socket_create_listen(ex, rv) {
        let (mut port, mut backlog): (zend_long, zend_long) = (0, 128);
        if !zpp!(ex, "l|l", &mut port, &mut backlog) || !check_port(1, port) {
            return;
        }
        // php_open_listen_sock(): the object exists (and records errors) before the calls.
        // SAFETY: rv is the return slot.
        let sock = unsafe { new_socket(rv) };
        let fd = match net::ops::socket(libc::AF_INET, libc::SOCK_STREAM, 0) {
            Ok(fd) => fd,
            Err(e) => return fail(rv, sock, "unable to create listening socket", e),
        };
        sock.bsd_socket = fd;
        sock.type_ = libc::AF_INET;
        let la = addr::sockaddr_v4(std::net::Ipv4Addr::UNSPECIFIED, port as u16);
        if let Err(e) = net::ops::bind(fd, &la) {
            return fail(rv, sock, "unable to bind to given address", e);
        }
        if let Err(e) = net::ops::listen(fd, backlog) {
            return fail(rv, sock, "unable to listen on socket", e);
        }
    }
);

/// Failure after `object_init_ex`: record and warn, close the descriptor, destroy the object
/// (`zval_ptr_dtor(return_value); RETURN_FALSE;`).
fn fail(rv: *mut zval, sock: &mut PhpSocket, msg: &str, e: Error) {
    sock.socket_error(msg, e.code());
    // The descriptor, if any, is closed by the object's free handler, as C's explicit close().
    // SAFETY: rv holds the object we created.
    unsafe {
        sys::zval_ptr_dtor(rv);
        value::ret(rv, value::bool_(false));
    }
}

php_function!(
    /// `socket_accept(Socket $socket): Socket|false`
    socket_accept(ex, rv) {
        let Some(listener) = only_socket(ex) else { return };
        // SAFETY: rv is the return slot.
        let sock = unsafe { new_socket(rv) };
        // From PHP 8.4 the accepted descriptor is close-on-exec.
        match net::ops::accept(listener.bsd_socket, cfg!(php84)) {
            Ok((fd, family)) => {
                sock.bsd_socket = fd;
                sock.type_ = family;
            }
            // php_accept_connect(): the error is recorded on the new (discarded) object and
            // globally, not on the listening socket.
            Err(e) => fail(rv, sock, "unable to accept incoming connection", e),
        }
    }
);

/// socket_set_block/socket_set_nonblock.
fn set_blocking(ex: crate::zend::Ex, rv: *mut zval, blocking: bool) {
    let Some(sock) = only_socket(ex) else { return };
    if sock.has_stream() {
        if let Some(ok) = crate::sockets::streams_hook::set_blocking(sock, blocking) {
            if ok {
                sock.blocking = blocking as i32;
                // SAFETY: rv is the return slot.
                unsafe { value::ret(rv, value::bool_(true)) };
                return;
            }
        }
    }
    let ok = match net::ops::set_blocking(sock.bsd_socket, blocking) {
        Ok(()) => {
            sock.blocking = blocking as i32;
            true
        }
        Err(e) => {
            let msg = if blocking {
                "unable to set blocking mode"
            } else {
                "unable to set nonblocking mode"
            };
            sock.socket_error(msg, e.code());
            false
        }
    };
    // SAFETY: rv is the return slot.
    unsafe { value::ret(rv, value::bool_(ok)) };
}

php_function!(
    /// `socket_set_nonblock(Socket $socket): bool`
    socket_set_nonblock(ex, rv) {
        set_blocking(ex, rv, false)
    }
);

php_function!(
    /// `socket_set_block(Socket $socket): bool`
    socket_set_block(ex, rv) {
        set_blocking(ex, rv, true)
    }
);

php_function!(
    /// `socket_listen(Socket $socket, int $backlog = 0): bool`
    socket_listen(ex, rv) {
        let mut arg: *mut zval = ptr::null_mut();
        let mut backlog: zend_long = 0;
        if !zpp!(ex, "O|l", &mut arg, socket_ce(), &mut backlog) {
            return;
        }
        // SAFETY: zpp checked the class.
        let sock = unsafe { PhpSocket::from_zval(arg) };
        if !sock.ensure_valid() {
            return;
        }
        let ok = match net::ops::listen(sock.bsd_socket, backlog) {
            Ok(()) => true,
            Err(e) => {
                sock.socket_error("unable to listen on socket", e.code());
                false
            }
        };
        // SAFETY: rv is the return slot.
        unsafe { value::ret(rv, value::bool_(ok)) };
    }
);

php_function!(
    /// `socket_close(Socket $socket): void`
    socket_close(ex, _rv) {
        let Some(sock) = only_socket(ex) else { return };
        if sock.has_stream() {
            crate::sockets::streams_hook::close_stream(sock);
        } else if sock.bsd_socket >= 0 {
            net::close(sock.bsd_socket);
        }
        // SAFETY: the stream reference was released above; ZVAL_UNDEF.
        unsafe { value::give(&mut sock.zstream, value::undef()) };
        sock.bsd_socket = -1;
    }
);

/// socket_getsockname/socket_getpeername.
fn name(ex: crate::zend::Ex, rv: *mut zval, peer: bool) {
    let mut arg: *mut zval = ptr::null_mut();
    let mut addr_zv: *mut zval = ptr::null_mut();
    let mut port_zv: *mut zval = ptr::null_mut();
    if !zpp!(
        ex,
        "Oz|z",
        &mut arg,
        socket_ce(),
        &mut addr_zv,
        &mut port_zv
    ) {
        return;
    }
    // SAFETY: zpp checked the class.
    let sock = unsafe { PhpSocket::from_zval(arg) };
    if !sock.ensure_valid() {
        return;
    }
    let res = if peer {
        net::ops::peer_addr(sock.bsd_socket)
    } else {
        net::ops::local_addr(sock.bsd_socket)
    };
    let sa = match res {
        Ok(sa) => sa,
        Err(e) => {
            let msg = if peer {
                "unable to retrieve peer name"
            } else {
                "unable to retrieve socket name"
            };
            sock.socket_error(msg, e.code());
            // SAFETY: rv is the return slot.
            unsafe { value::ret(rv, value::bool_(false)) };
            return;
        }
    };
    // SAFETY: by-reference arguments from zpp; rv is the return slot.
    unsafe {
        match sa.resolved() {
            Resolved::Inet(ip, port) => {
                value::assign_ref(addr_zv, value::string(ip.as_bytes()));
                if !port_zv.is_null() {
                    value::assign_ref(port_zv, value::long(port as zend_long));
                }
            }
            Resolved::Unix(path) => value::assign_ref(addr_zv, value::string(&path)),
            // PHP 8.5, getsockname only: the interface's name and index.
            Resolved::Other(libc::AF_PACKET) if cfg!(php85) && !peer => {
                let index = addr::packet_parts(&sa).map_or(0, |(_, i)| i);
                let Some(name) = addr::if_name(index as u32) else {
                    error::throw_error("invalid interface index");
                    return;
                };
                value::assign_ref(addr_zv, value::string(&name));
                if !port_zv.is_null() {
                    value::assign_ref(port_zv, value::long(index as zend_long));
                }
            }
            Resolved::Other(_) => {
                error::argument_value_error(1, "must be one of AF_UNIX, AF_INET, or AF_INET6");
                return;
            }
        }
        value::ret(rv, value::bool_(true));
    }
}

php_function!(
    /// `socket_getsockname(Socket $socket, &$address, &$port = null): bool`
    socket_getsockname(ex, rv) {
        name(ex, rv, false)
    }
);

php_function!(
    /// `socket_getpeername(Socket $socket, &$address, &$port = null): bool`
    socket_getpeername(ex, rv) {
        name(ex, rv, true)
    }
);

/// Builds the address for socket_connect/socket_bind from the socket's family, with the
/// C extension's argument errors. `Err(true)`: an exception was thrown; `Err(false)`: a
/// lookup failed (already reported), return false.
pub fn sockaddr_for(
    sock: &mut PhpSocket,
    host: &[u8],
    port: u16,
    port_is_null: Option<bool>,
) -> Result<socket2::SockAddr, bool> {
    let family_name = match sock.type_ {
        libc::AF_INET6 => "AF_INET6",
        libc::AF_INET => "AF_INET",
        _ => "",
    };
    match sock.type_ {
        libc::AF_INET | libc::AF_INET6 => {
            if port_is_null == Some(true) {
                error::argument_value_error(
                    3,
                    &format!("cannot be null when the socket type is {family_name}"),
                );
                return Err(true);
            }
            let res = if sock.type_ == libc::AF_INET {
                addr::inet4(host).map(|ip| addr::sockaddr_v4(ip, port))
            } else {
                addr::inet6(host).map(|(ip, scope)| addr::sockaddr_v6(ip, port, scope))
            };
            res.map_err(|e| {
                report_lookup(sock, &e);
                false
            })
        }
        libc::AF_UNIX => {
            if host.len() >= addr::SUN_PATH_LEN {
                error::argument_value_error(
                    2,
                    &format!("must be less than {}", addr::SUN_PATH_LEN),
                );
                return Err(true);
            }
            Ok(addr::sockaddr_unix(host))
        }
        _ => {
            error::argument_value_error(1, "must be one of AF_UNIX, AF_INET, or AF_INET6");
            Err(true)
        }
    }
}

/// PHP 8.5's socket_bind on an AF_PACKET socket: the socket's own protocol (from
/// `getsockname(2)`) and `if_nametoindex($address)` (0, any interface, when unknown); the port
/// is not used. `None` when getsockname failed (reported as C reports a failed bind).
fn packet_bind_addr(sock: &mut PhpSocket, host: &[u8]) -> Option<socket2::SockAddr> {
    match net::ops::local_addr(sock.bsd_socket) {
        Ok(cur) => {
            let proto = addr::packet_parts(&cur).map_or(0, |(p, _)| p);
            Some(addr::sockaddr_ll(
                proto,
                addr::if_index(addr::c_str(host)) as i32,
            ))
        }
        Err(e) => {
            sock.socket_error("Unable to bind address", e.code());
            None
        }
    }
}

/// Reports a failed `php_set_inet*_addr()`.
pub fn report_lookup(sock: &mut PhpSocket, e: &Error) {
    match e {
        Error::WrongFamily(_) => error::warning(&e.to_string()),
        _ => sock.socket_error("Host lookup failed", e.code()),
    }
}

php_function!(
    /// `socket_connect(Socket $socket, string $address, ?int $port = null): bool`
    socket_connect(ex, rv) {
        let mut arg: *mut zval = ptr::null_mut();
        let (mut s, mut len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let mut port: zend_long = 0;
        let mut port_is_null = true;
        if !zpp!(ex, "Os|l!", &mut arg, socket_ce(), &mut s, &mut len, &mut port, &mut port_is_null) {
            return;
        }
        // SAFETY: zpp checked the class and gave a string of `len` bytes.
        let (sock, host) = unsafe { (PhpSocket::from_zval(arg), std::slice::from_raw_parts(s as *const u8, len)) };
        if !sock.ensure_valid() {
            return;
        }
        let sa = match sockaddr_for(sock, host, port as u16, Some(port_is_null)) {
            Ok(sa) => sa,
            Err(true) => return,
            // SAFETY: rv is the return slot.
            Err(false) => return unsafe { value::ret(rv, value::bool_(false)) },
        };
        let ok = match net::ops::connect(sock.bsd_socket, &sa) {
            Ok(()) => true,
            Err(e) => {
                sock.socket_error("unable to connect", e.code());
                false
            }
        };
        // SAFETY: rv is the return slot.
        unsafe { value::ret(rv, value::bool_(ok)) };
    }
);

php_function!(
    /// `socket_bind(Socket $socket, string $address, int $port = 0): bool`
    socket_bind(ex, rv) {
        let mut arg: *mut zval = ptr::null_mut();
        let (mut s, mut len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let mut port: zend_long = 0;
        if !zpp!(ex, "Os|l", &mut arg, socket_ce(), &mut s, &mut len, &mut port) {
            return;
        }
        // SAFETY: as in socket_connect.
        let (sock, host) = unsafe { (PhpSocket::from_zval(arg), std::slice::from_raw_parts(s as *const u8, len)) };
        if !sock.ensure_valid() || !check_port(3, port) {
            return;
        }
        let sa = if cfg!(php85) && sock.type_ == libc::AF_PACKET {
            match packet_bind_addr(sock, host) {
                Some(sa) => Ok(sa),
                // SAFETY: rv is the return slot.
                None => return unsafe { value::ret(rv, value::bool_(false)) },
            }
        } else {
            sockaddr_for(sock, host, port as u16, None)
        };
        let sa = match sa {
            Ok(sa) => sa,
            Err(true) => return,
            // SAFETY: rv is the return slot.
            Err(false) => return unsafe { value::ret(rv, value::bool_(false)) },
        };
        let ok = match net::ops::bind(sock.bsd_socket, &sa) {
            Ok(()) => true,
            Err(e) => {
                sock.socket_error("Unable to bind address", e.code());
                false
            }
        };
        // SAFETY: rv is the return slot.
        unsafe { value::ret(rv, value::bool_(ok)) };
    }
);

php_function!(
    /// `socket_create_pair(int $domain, int $type, int $protocol, &$pair): bool`
    socket_create_pair(ex, rv) {
        let (mut domain, mut ty, mut proto): (zend_long, zend_long, zend_long) = (0, 0, 0);
        let mut pair: *mut zval = ptr::null_mut();
        if !zpp!(ex, "lllz", &mut domain, &mut ty, &mut proto, &mut pair) || !check_domain_and_type(domain, ty, false) {
            return;
        }
        match net::ops::socketpair(domain as i32, ty as i32, proto as i32) {
            Ok((a, b)) => {
                let arr = value::new_array(0);
                for (i, fd) in [a, b].into_iter().enumerate() {
                    let mut zv = value::undef();
                    // SAFETY: zv is a fresh zval.
                    let sock = unsafe { new_socket(&mut zv) };
                    sock.bsd_socket = fd;
                    sock.type_ = domain as i32;
                    value::insert_index(arr, i as u64, zv);
                }
                // SAFETY: `pair` is the by-reference argument; rv is the return slot.
                unsafe {
                    value::assign_ref(pair, value::array(arr));
                    if crate::zend::has_exception() {
                        return;
                    }
                    value::ret(rv, value::bool_(true));
                }
            }
            Err(e) => {
                let code = e.code();
                super::set_last_error(code);
                error::warning(&format!("Unable to create socket pair [{code}]: {}", net::strerror(code)));
                // SAFETY: rv is the return slot.
                unsafe { value::ret(rv, value::bool_(false)) };
            }
        }
    }
);

php_function!(
    /// `socket_shutdown(Socket $socket, int $mode = 2): bool`
    socket_shutdown(ex, rv) {
        let mut arg: *mut zval = ptr::null_mut();
        let mut how: zend_long = 2;
        if !zpp!(ex, "O|l", &mut arg, socket_ce(), &mut how) {
            return;
        }
        // SAFETY: zpp checked the class.
        let sock = unsafe { PhpSocket::from_zval(arg) };
        if !sock.ensure_valid() {
            return;
        }
        // PHP 8.5 checks the mode instead of leaving it to shutdown(2) (EINVAL).
        let modes = [libc::SHUT_RD, libc::SHUT_WR, libc::SHUT_RDWR].map(|m| m as zend_long);
        if cfg!(php85) && !modes.contains(&how) {
            error::argument_value_error(2, "must be one of SHUT_RD, SHUT_WR or SHUT_RDWR");
            return;
        }
        let ok = match net::ops::shutdown(sock.bsd_socket, how as i32) {
            Ok(()) => true,
            Err(e) => {
                sock.socket_error("Unable to shutdown socket", e.code());
                false
            }
        };
        // SAFETY: rv is the return slot.
        unsafe { value::ret(rv, value::bool_(ok)) };
    }
);
