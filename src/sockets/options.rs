//! Socket options: socket_get_option/socket_getopt and socket_set_option/socket_setopt
//! (sockets.c `PHP_FUNCTION(socket_get_option)`/`socket_set_option`, multicast.c, and the
//! `IPV6_PKTINFO` part of sendrecvmsg.c). The value is converted in place on the argument slot
//! with the engine's own `convert_to_*`, as C does, so warnings and results are the engine's.

use std::ptr;

use socket2::SockAddr;

use crate::net::{self, addr, multicast, options as opt};
use crate::php_function;
use crate::zend::sys::{self, zend_array, zend_long, zval};
use crate::zend::value::TmpStr;
use crate::zend::{error, value};
use crate::zpp;

use super::msg_convert::{read_in6_pktinfo, Ctx};
use super::{socket_ce, PhpSocket};

const IPPROTO_IP: zend_long = libc::IPPROTO_IP as zend_long;
const IPPROTO_IPV6: zend_long = libc::IPPROTO_IPV6 as zend_long;
const IPPROTO_TCP: zend_long = libc::IPPROTO_TCP as zend_long;
const SOL_SOCKET: zend_long = libc::SOL_SOCKET as zend_long;
const IP_MULTICAST_IF: zend_long = libc::IP_MULTICAST_IF as zend_long;
const IP_MULTICAST_TTL: zend_long = libc::IP_MULTICAST_TTL as zend_long;
const IP_MULTICAST_LOOP: zend_long = libc::IP_MULTICAST_LOOP as zend_long;
const IPV6_MULTICAST_IF: zend_long = libc::IPV6_MULTICAST_IF as zend_long;
const IPV6_MULTICAST_HOPS: zend_long = libc::IPV6_MULTICAST_HOPS as zend_long;
const IPV6_MULTICAST_LOOP: zend_long = libc::IPV6_MULTICAST_LOOP as zend_long;
const IPV6_PKTINFO: zend_long = libc::IPV6_PKTINFO as zend_long;
const TCP_CONGESTION: zend_long = libc::TCP_CONGESTION as zend_long;
const SO_LINGER: zend_long = libc::SO_LINGER as zend_long;
const SO_RCVTIMEO: zend_long = libc::SO_RCVTIMEO as zend_long;
const SO_SNDTIMEO: zend_long = libc::SO_SNDTIMEO as zend_long;
const SO_BINDTODEVICE: zend_long = libc::SO_BINDTODEVICE as zend_long;
const SO_MEMINFO: zend_long = 55;
#[cfg(php83)]
const SO_ATTACH_REUSEPORT_CBPF: zend_long = libc::SO_ATTACH_REUSEPORT_CBPF as zend_long;
const MCAST_JOIN_GROUP: zend_long = libc::MCAST_JOIN_GROUP as zend_long;
const MCAST_LEAVE_GROUP: zend_long = libc::MCAST_LEAVE_GROUP as zend_long;
const MCAST_BLOCK_SOURCE: zend_long = libc::MCAST_BLOCK_SOURCE as zend_long;
const MCAST_UNBLOCK_SOURCE: zend_long = libc::MCAST_UNBLOCK_SOURCE as zend_long;
const MCAST_JOIN_SOURCE_GROUP: zend_long = libc::MCAST_JOIN_SOURCE_GROUP as zend_long;
const MCAST_LEAVE_SOURCE_GROUP: zend_long = libc::MCAST_LEAVE_SOURCE_GROUP as zend_long;

/// `SO_MEMINFO`'s keys, in `SK_MEMINFO_*` order.
const MEMINFO_KEYS: [&str; net::options::MEMINFO_VARS] = [
    "rmem_alloc",
    "rcvbuf",
    "wmem_alloc",
    "sndbuf",
    "fwd_alloc",
    "wmem_queued",
    "optmem",
    "backlog",
    "drops",
];

const GET_ERR: &str = "Unable to retrieve socket option";
const SET_ERR: &str = "Unable to set socket option";

/// `RETURN_BOOL`/`RETURN_LONG`/... into the return slot.
fn ret(rv: *mut zval, v: zval) {
    // SAFETY: rv is the handler's return slot, IS_NULL on entry.
    unsafe { value::ret(rv, v) };
}

php_function!(
    /// `socket_get_option(Socket $socket, int $level, int $option): array|int|false`
    /// (also `socket_getopt`).
    socket_get_option(ex, rv) {
        let mut arg: *mut zval = ptr::null_mut();
        let (mut level, mut optname): (zend_long, zend_long) = (0, 0);
        if !zpp!(ex, "Oll", &mut arg, socket_ce(), &mut level, &mut optname) {
            return;
        }
        // SAFETY: zpp checked the class.
        let sock = unsafe { PhpSocket::from_zval(arg) };
        if !sock.ensure_valid() {
            return;
        }
        if let Some(v) = get_option(sock, level, optname) {
            ret(rv, v);
        }
    }
);

/// The body of socket_get_option: the value to return (false included).
fn get_option(sock: &mut PhpSocket, level: zend_long, optname: zend_long) -> Option<zval> {
    let fd = sock.bsd_socket;
    let (lv, on) = (level as i32, optname as i32);
    let fail = |sock: &mut PhpSocket, msg: &str, e: net::Error| {
        sock.socket_error(msg, e.code());
        Some(value::bool_(false))
    };
    if level == IPPROTO_IP {
        if optname == IP_MULTICAST_IF {
            let a = match opt::multicast_if_v4(fd) {
                Ok(a) => a,
                Err(e) => return fail(sock, GET_ERR, e),
            };
            // php_add4_to_if_index()
            return Some(match multicast::addr4_to_if_index(fd, a) {
                Ok(i) => value::long(i as zend_long),
                Err(e) => {
                    error::warning(&e.to_string());
                    value::bool_(false)
                }
            });
        }
    } else if level == IPPROTO_IPV6 && optname == IPV6_PKTINFO {
        // php_do_getsockopt_ipv6_rfc3542()
        return match opt::get_pktinfo6(fd, lv, on) {
            Ok(p) => Some(read_in6_pktinfo(p.addr, p.ifindex)),
            Err(e) => fail(sock, "unable to get socket option", e),
        };
    }
    if level == IPPROTO_TCP && optname == TCP_CONGESTION {
        return match opt::get_name16(fd, lv, on) {
            Ok(name) => {
                let arr = value::new_array(0);
                value::insert(arr, "name", value::string(&name));
                Some(value::array(arr))
            }
            Err(e) => fail(sock, GET_ERR, e),
        };
    }
    if level == SOL_SOCKET {
        match optname {
            SO_LINGER => {
                return match opt::get_linger(fd, lv, on) {
                    Ok((onoff, linger)) => {
                        let arr = value::new_array(0);
                        value::insert(arr, "l_onoff", value::long(onoff as zend_long));
                        value::insert(arr, "l_linger", value::long(linger as zend_long));
                        Some(value::array(arr))
                    }
                    Err(e) => fail(sock, GET_ERR, e),
                };
            }
            SO_RCVTIMEO | SO_SNDTIMEO => {
                return match opt::get_timeval(fd, lv, on) {
                    Ok((sec, usec)) => {
                        let arr = value::new_array(0);
                        value::insert(arr, "sec", value::long(sec));
                        value::insert(arr, "usec", value::long(usec));
                        Some(value::array(arr))
                    }
                    Err(e) => fail(sock, GET_ERR, e),
                };
            }
            SO_MEMINFO => {
                return match opt::get_meminfo(fd, lv, on) {
                    Ok(Some(m)) => {
                        let arr = value::new_array(0);
                        for (k, v) in MEMINFO_KEYS.iter().zip(m) {
                            value::insert(arr, k, value::long(v as zend_long));
                        }
                        Some(value::array(arr))
                    }
                    Ok(None) => {
                        error::warning("Unable to retrieve all socket meminfo data");
                        Some(value::bool_(false))
                    }
                    Err(e) => fail(sock, GET_ERR, e),
                };
            }
            _ => {}
        }
    }
    match opt::get_int(fd, lv, on) {
        Ok(v) => Some(value::long(v as zend_long)),
        Err(e) => fail(sock, GET_ERR, e),
    }
}

php_function!(
    /// `socket_set_option(Socket $socket, int $level, int $option, $value): bool`
    /// (also `socket_setopt`).
    socket_set_option(ex, rv) {
        let mut arg: *mut zval = ptr::null_mut();
        let mut val: *mut zval = ptr::null_mut();
        let (mut level, mut optname): (zend_long, zend_long) = (0, 0);
        if !zpp!(ex, "Ollz", &mut arg, socket_ce(), &mut level, &mut optname, &mut val) {
            return;
        }
        // SAFETY: zpp checked the class.
        let sock = unsafe { PhpSocket::from_zval(arg) };
        if !sock.ensure_valid() {
            return;
        }
        // `val` is this call's own argument slot: C converts it in place, and so do we.
        if let Some(ok) = set_option(sock, level, optname, val) {
            ret(rv, value::bool_(ok));
        }
    }
);

/// What a sub-handler did (`HANDLE_SUBCALL`): `Done(None)` means an exception was thrown.
enum Sub {
    Done(Option<bool>),
    /// Not an option it handles: fall to the generic integer path (`return 1`).
    NotHandled,
}

/// The body of socket_set_option: `Some(result)`, or `None` when an exception was thrown.
fn set_option(
    sock: &mut PhpSocket,
    level: zend_long,
    optname: zend_long,
    val: *mut zval,
) -> Option<bool> {
    let (lv, on) = (level as i32, optname as i32);
    if level == IPPROTO_IP {
        return match ip_mcast(sock, level, optname, val) {
            Sub::Done(r) => r,
            Sub::NotHandled => set_int(sock, lv, on, val),
        };
    } else if level == IPPROTO_IPV6 {
        let mut r = ipv6_mcast(sock, level, optname, val);
        if let Sub::NotHandled = r {
            r = ipv6_rfc3542(sock, lv, on, val);
        }
        return match r {
            Sub::Done(r) => r,
            Sub::NotHandled => set_int(sock, lv, on, val),
        };
    }
    let fd = sock.bsd_socket;
    // PHP 8.5: string options take only strings (before: anything else meant "").
    let string_opt =
        |name: &str| !cfg!(php85) || require_type(val, &[sys::IS_STRING], "string", name);
    // PHP 8.4: array options take only arrays (and objects, converted); before, anything was
    // converted and then lacked the keys.
    let array_opt = |name: &str| {
        !cfg!(php84) || require_type(val, &[sys::IS_ARRAY, sys::IS_OBJECT], "array", name)
    };
    let res = if level == IPPROTO_TCP && optname == TCP_CONGESTION {
        if !string_opt("TCP_CONGESTION") {
            return None;
        }
        // SAFETY: `val` is a valid zval.
        opt::set_raw(fd, lv, on, unsafe { string_or_empty(val) })
    } else {
        match optname {
            SO_LINGER => {
                if !array_opt("SO_LINGER") {
                    return None;
                }
                let (onoff, linger) = keys_as_longs(val, "l_onoff", "l_linger")?;
                if !linger_field_ok("l_onoff", onoff) || !linger_field_ok("l_linger", linger) {
                    return None;
                }
                opt::set_linger(fd, lv, on, onoff as u16, linger as u16)
            }
            SO_RCVTIMEO | SO_SNDTIMEO => {
                let name = if optname == SO_RCVTIMEO {
                    "SO_RCVTIMEO"
                } else {
                    "SO_SNDTIMEO"
                };
                if !array_opt(name) {
                    return None;
                }
                let (sec, usec) = keys_as_longs(val, "sec", "usec")?;
                opt::set_timeval(fd, lv, on, sec, usec)
            }
            SO_BINDTODEVICE => {
                if !string_opt("SO_BINDTODEVICE") {
                    return None;
                }
                // SAFETY: `val` is a valid zval.
                opt::set_raw(fd, lv, on, unsafe { string_or_empty(val) })
            }
            #[cfg(php83)]
            SO_ATTACH_REUSEPORT_CBPF => return reuseport_cbpf(sock, lv, on, val),
            _ => return set_int(sock, lv, on, val),
        }
    };
    Some(check(sock, res))
}

/// `PHP_SOCKET_ERROR(php_sock, "Unable to set socket option", errno)` on failure.
fn check(sock: &mut PhpSocket, res: net::Result<()>) -> bool {
    match res {
        Ok(()) => true,
        Err(e) => {
            sock.socket_error(SET_ERR, e.code());
            false
        }
    }
}

/// `convert_to_long(arg4)`: converts the argument slot in place, as C does, and returns it.
fn long_in_place(val: *mut zval) -> zend_long {
    // SAFETY: `val` is the argument slot; convert_to_long leaves an IS_LONG there.
    unsafe {
        sys::convert_to_long(val);
        (*val).value.lval
    }
}

/// `convert_to_boolean(arg4)` in place, then `Z_TYPE_P(arg4) == IS_TRUE`.
fn bool_in_place(val: *mut zval) -> bool {
    // SAFETY: `val` is the argument slot; convert_to_boolean leaves IS_TRUE or IS_FALSE there.
    unsafe {
        sys::convert_to_boolean(val);
        value::ztype(val) == sys::IS_TRUE
    }
}

/// The `default_case:` path: `convert_to_long(arg4)`, then `setsockopt(int)`.
fn set_int(sock: &mut PhpSocket, lv: i32, on: i32, val: *mut zval) -> Option<bool> {
    let v = long_in_place(val);
    let res = opt::set_int(sock.bsd_socket, lv, on, v as i32);
    Some(check(sock, res))
}

/// `Z_STRVAL/Z_STRLEN` when the value is a string, else `""` (SO_BINDTODEVICE,
/// TCP_CONGESTION: no conversion, no warning).
///
/// # Safety
/// `val` must be a valid zval that outlives the slice.
unsafe fn string_or_empty<'a>(val: *mut zval) -> &'a [u8] {
    if value::ztype(val) == sys::IS_STRING {
        value::zstr_bytes((*val).value.str_)
    } else {
        b""
    }
}

/// The TypeError PHP 8.4 (array options) and 8.5 (string options, multicast groups) throw
/// when the value is none of `types`: `Argument #4 ($value) must be of type <want> when
/// argument #3 ($option) is <option>, <value name> given`. False when it threw.
fn require_type(val: *mut zval, types: &[u8], want: &str, option: &str) -> bool {
    // SAFETY: `val` is the argument slot, a valid zval.
    let (t, given) = unsafe { (value::ztype(val), error::value_name_string(val)) };
    if types.contains(&t) {
        return true;
    }
    error::argument_type_error(
        4,
        &format!("must be of type {want} when argument #3 ($option) is {option}, {given} given"),
    );
    false
}

/// PHP 8.4's range check of SO_LINGER's fields (`struct linger` holds C ints, the kernel
/// `unsigned short`s). C names the second key with a wrong argument (garbage bytes); we name it.
fn linger_field_ok(key: &str, v: zend_long) -> bool {
    if cfg!(php84) && !(0..=u16::MAX as zend_long).contains(&v) {
        error::argument_value_error(4, &format!("\"{key}\" must be between 0 and {}", u16::MAX));
        return false;
    }
    true
}

/// `convert_to_array(arg4)` and the two keys SO_LINGER/SO_RCVTIMEO need, each as a long.
/// C converts the elements in place with `convert_to_long`, which writes into the caller's
/// (shared, even literal) array; we read them with the same conversion without writing.
fn keys_as_longs(val: *mut zval, k1: &str, k2: &str) -> Option<(zend_long, zend_long)> {
    // SAFETY: `val` is the argument slot; convert_to_array leaves an IS_ARRAY there.
    let ht = unsafe {
        sys::convert_to_array(val);
        (*val).value.arr
    };
    let a = find(ht, k1);
    if a.is_null() {
        error::argument_value_error(4, &format!("must have key \"{k1}\""));
        return None;
    }
    let b = find(ht, k2);
    if b.is_null() {
        error::argument_value_error(4, &format!("must have key \"{k2}\""));
        return None;
    }
    // SAFETY: both are elements of `ht`.
    unsafe {
        let a = sys::zval_get_long_func(a, false);
        let b = sys::zval_get_long_func(b, false);
        Some((a, b))
    }
}

/// `zend_hash_str_find(ht, key)`.
fn find(ht: *mut zend_array, key: &str) -> *mut zval {
    // SAFETY: `ht` is a valid array; the key is passed with its length.
    unsafe { sys::zend_hash_str_find(ht, key.as_ptr().cast(), key.len()) }
}

/// `php_get_if_index_from_zval()`: an integer index (0..=UINT_MAX, else a ValueError), or an
/// interface name looked up with `if_nametoindex()` (a warning when unknown).
fn if_index_from_zval(val: *mut zval) -> Option<u32> {
    // SAFETY: `val` is valid.
    if unsafe { value::ztype(val) } == sys::IS_LONG {
        // SAFETY: IS_LONG.
        let l = unsafe { (*val).value.lval };
        if l < 0 || l > u32::MAX as zend_long {
            error::value_error(&format!("Index must be between 0 and {}", u32::MAX));
            return None;
        }
        return Some(l as u32);
    }
    // SAFETY: `val` is valid.
    let s = unsafe { TmpStr::new(val) };
    // PHP 8.5 stops when the conversion threw (an object without __toString); before, it went
    // on to look up "" and warned as well.
    if cfg!(php85) && crate::zend::has_exception() {
        return None;
    }
    let name = addr::c_str(s.bytes());
    match addr::if_index(name) {
        0 => {
            let mut m = b"No interface with name \"".to_vec();
            m.extend_from_slice(name);
            m.extend_from_slice(b"\" could be found");
            error::warning_bytes(&m);
            None
        }
        i => Some(i),
    }
}

/// `php_get_if_index_from_array()`: the `interface` key, 0 when absent.
fn if_index_from_array(ht: *mut zend_array) -> Option<u32> {
    let v = find(ht, "interface");
    if v.is_null() {
        return Some(0);
    }
    if_index_from_zval(v)
}

/// `php_get_address_from_array()`: key `key` as an address of the socket's family
/// (`php_set_inet46_addr()`), port 0.
fn address_from_array(sock: &mut PhpSocket, ht: *mut zend_array, key: &str) -> Option<SockAddr> {
    let v = find(ht, key);
    if v.is_null() {
        error::value_error(&format!("No key \"{key}\" passed in optval"));
        return None;
    }
    // SAFETY: `v` is an element of the array.
    let s = unsafe { TmpStr::new(v) };
    let host = s.bytes();
    let res = match sock.type_ {
        libc::AF_INET => addr::inet4(host).map(|ip| addr::sockaddr_v4(ip, 0)),
        libc::AF_INET6 => addr::inet6(host).map(|(ip, scope)| addr::sockaddr_v6(ip, 0, scope)),
        _ => {
            const MSG: &str = "IP address used in the context of an unexpected type of socket";
            // A warning until PHP 8.4, a ValueError from 8.5.
            if cfg!(php85) {
                error::value_error(MSG);
            } else {
                error::warning(MSG);
            }
            return None;
        }
    };
    match res {
        Ok(sa) => Some(sa),
        Err(e) => {
            super::create::report_lookup(sock, &e);
            None
        }
    }
}

/// `php_do_mcast_opt()`: MCAST_JOIN_GROUP/LEAVE_GROUP and the four source-specific options,
/// from an array with `group`, `source` and `interface`.
fn mcast_opt(sock: &mut PhpSocket, level: i32, optname: zend_long, val: *mut zval) -> Option<bool> {
    if cfg!(php85) {
        // C's switch falls through the join/leave cases, so the message names the last one.
        let name = match optname {
            MCAST_JOIN_GROUP | MCAST_LEAVE_GROUP => "MCAST_LEAVE_GROUP",
            _ => "MCAST_LEAVE_SOURCE_GROUP",
        };
        if !require_type(val, &[sys::IS_ARRAY, sys::IS_OBJECT], "array", name) {
            return None;
        }
    }
    // SAFETY: `val` is the argument slot; convert_to_array leaves an IS_ARRAY there.
    let ht = unsafe {
        sys::convert_to_array(val);
        (*val).value.arr
    };
    let fd = sock.bsd_socket;
    let res = match optname {
        MCAST_JOIN_GROUP | MCAST_LEAVE_GROUP => {
            let group = address_from_array(sock, ht, "group");
            let Some(group) = group else {
                return Some(false);
            };
            let Some(index) = if_index_from_array(ht) else {
                return Some(false);
            };
            multicast::join_leave(fd, level, &group, index, optname == MCAST_JOIN_GROUP)
        }
        _ => {
            let op = match optname {
                MCAST_BLOCK_SOURCE => multicast::SourceOp::Block,
                MCAST_UNBLOCK_SOURCE => multicast::SourceOp::Unblock,
                MCAST_JOIN_SOURCE_GROUP => multicast::SourceOp::Join,
                _ => multicast::SourceOp::Leave,
            };
            let Some(group) = address_from_array(sock, ht, "group") else {
                return Some(false);
            };
            let Some(source) = address_from_array(sock, ht, "source") else {
                return Some(false);
            };
            let Some(index) = if_index_from_array(ht) else {
                return Some(false);
            };
            multicast::source_op(fd, level, &group, &source, index, op)
        }
    };
    Some(check(sock, res))
}

fn is_mcast_group_opt(optname: zend_long) -> bool {
    matches!(
        optname,
        MCAST_JOIN_GROUP
            | MCAST_LEAVE_GROUP
            | MCAST_BLOCK_SOURCE
            | MCAST_UNBLOCK_SOURCE
            | MCAST_JOIN_SOURCE_GROUP
            | MCAST_LEAVE_SOURCE_GROUP
    )
}

/// `php_do_setsockopt_ip_mcast()`.
fn ip_mcast(sock: &mut PhpSocket, level: zend_long, optname: zend_long, val: *mut zval) -> Sub {
    let (lv, on) = (level as i32, optname as i32);
    let fd = sock.bsd_socket;
    if is_mcast_group_opt(optname) {
        return Sub::Done(mcast_opt(sock, lv, optname, val));
    }
    let res = match optname {
        IP_MULTICAST_IF => {
            let Some(index) = if_index_from_zval(val) else {
                return Sub::Done(Some(false));
            };
            let a = match multicast::if_index_to_addr4(fd, index) {
                Ok(a) => a,
                Err(e) => {
                    error::warning(&e.to_string());
                    return Sub::Done(Some(false));
                }
            };
            opt::set_multicast_if_v4(fd, &a)
        }
        IP_MULTICAST_LOOP => {
            let b = bool_in_place(val);
            opt::set_byte(fd, lv, on, b as u8)
        }
        IP_MULTICAST_TTL => {
            let l = long_in_place(val);
            if !(0..=255).contains(&l) {
                error::argument_value_error(4, "must be between 0 and 255");
                return Sub::Done(None);
            }
            opt::set_byte(fd, lv, on, l as u8)
        }
        _ => return Sub::NotHandled,
    };
    Sub::Done(Some(check(sock, res)))
}

/// `php_do_setsockopt_ipv6_mcast()`.
fn ipv6_mcast(sock: &mut PhpSocket, level: zend_long, optname: zend_long, val: *mut zval) -> Sub {
    let (lv, on) = (level as i32, optname as i32);
    let fd = sock.bsd_socket;
    if is_mcast_group_opt(optname) {
        return Sub::Done(mcast_opt(sock, lv, optname, val));
    }
    let res = match optname {
        IPV6_MULTICAST_IF => {
            let Some(index) = if_index_from_zval(val) else {
                return Sub::Done(Some(false));
            };
            opt::set_uint(fd, lv, on, index)
        }
        IPV6_MULTICAST_LOOP => {
            let b = bool_in_place(val);
            opt::set_int(fd, lv, on, b as i32)
        }
        IPV6_MULTICAST_HOPS => {
            let l = long_in_place(val);
            if !(-1..=255).contains(&l) {
                error::argument_value_error(4, "must be between -1 and 255");
                return Sub::Done(None);
            }
            opt::set_int(fd, lv, on, l as i32)
        }
        _ => return Sub::NotHandled,
    };
    Sub::Done(Some(check(sock, res)))
}

/// `php_do_setsockopt_ipv6_rfc3542()`: IPV6_PKTINFO from `['addr' => ..., 'ifindex' => ...]`
/// through conversions.c's `in6_pktinfo` converter, the one socket_sendmsg uses (its warnings,
/// its key order).
fn ipv6_rfc3542(sock: &mut PhpSocket, lv: i32, on: i32, val: *mut zval) -> Sub {
    if on as zend_long != IPV6_PKTINFO {
        return Sub::NotHandled;
    }
    // from_zval_run_conversions(arg4, php_sock, from_zval_write_in6_pktinfo, ..., "in6_pktinfo")
    let mut ctx = Ctx::new("in6_pktinfo", "user", sock);
    // SAFETY: `val` is the (dereferenced) argument zval.
    let converted = unsafe { ctx.in6_pktinfo(val) };
    if ctx.dispose() {
        return Sub::Done(Some(false));
    }
    let Some((addr, ifindex)) = converted else {
        return Sub::Done(Some(false));
    };
    let res = opt::set_pktinfo6(sock.bsd_socket, lv, on, &opt::Pktinfo6 { addr, ifindex });
    Sub::Done(Some(check(sock, res)))
}

/// PHP 8.3's `SO_ATTACH_REUSEPORT_CBPF` case of socket_set_option: the value as
/// `zval_get_long()` reads it; 0 detaches (`SO_DETACH_BPF` set to 1), `SKF_AD_CPU` or
/// `SKF_AD_QUEUE` attach the program of [`opt::set_reuseport_cbpf`], anything else warns
/// "Unsupported CBPF filter" without touching the socket's error.
#[cfg(php83)]
fn reuseport_cbpf(sock: &mut PhpSocket, lv: i32, on: i32, val: *mut zval) -> Option<bool> {
    // SAFETY: `val` is the argument slot, a valid zval.
    let k = unsafe { sys::zval_get_long_func(val, false) };
    let fd = sock.bsd_socket;
    let res = if k == 0 {
        opt::set_int(fd, lv, libc::SO_DETACH_BPF, 1)
    } else {
        // C switches on `(uint32_t)cbpf_val`.
        let k = k as u32;
        if k != libc::SKF_AD_CPU as u32 && k != libc::SKF_AD_QUEUE as u32 {
            error::warning("Unsupported CBPF filter");
            return Some(false);
        }
        opt::set_reuseport_cbpf(fd, lv, on, k)
    };
    Some(check(sock, res))
}
