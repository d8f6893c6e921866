//! conversions.c: the message array of socket_sendmsg/socket_recvmsg to and from the Rust types
//! of `net::msg`, with the C extension's error texts ("error converting user data (path:
//! msghdr > name > addr): ..."), its order of checks and its coercions (numeric strings, objects
//! with `__toString`, `Array to string conversion`). Values inside the array are not
//! dereferenced where C does not dereference them.

use std::net::Ipv6Addr;
use std::os::raw::c_char;
use std::ptr;

use crate::net::addr;
use crate::net::msg::{self as nm, AncKind, Cmsg, Decoded, Name, NameBuf, RecvName, Ucred};
use crate::zend::mem::{Bailout, EBuf};
use crate::zend::sys::{self, zend_long, zval};
use crate::zend::value::TmpStr;
use crate::zend::{error, value};

use super::{new_socket, socket_ce, PhpSocket};

/// The part of a string that C's `%s` prints.
fn c_str(b: &[u8]) -> &[u8] {
    addr::c_str(b)
}

/// `Z_ARRVAL_P(zv)` if `zv` is an array.
unsafe fn arr(zv: *mut zval) -> Option<*mut sys::zend_array> {
    (value::ztype(zv) == sys::IS_ARRAY).then(|| (*zv).value.arr)
}

/// `zend_hash_num_elements()`.
unsafe fn count(zv: *mut zval) -> usize {
    arr(zv).map_or(0, |a| (*a).nNumOfElements as usize)
}

/// `zend_hash_str_find()` in an array zval (none if it is not an array).
unsafe fn find(zv: *mut zval, key: &str) -> Option<*mut zval> {
    let a = arr(zv)?;
    let p = sys::zend_hash_str_find(a, key.as_ptr() as *const c_char, key.len());
    (!p.is_null()).then_some(p)
}

/// `ZEND_HASH_FOREACH_VAL`: every value, in order; `f` returns false to stop.
unsafe fn foreach(zv: *mut zval, mut f: impl FnMut(*mut zval) -> bool) {
    let Some(a) = arr(zv) else { return };
    let packed = (*a).u.flags & sys::HASH_FLAG_PACKED != 0;
    for i in 0..(*a).nNumUsed as usize {
        let v: *mut zval = if packed {
            (*a).__bindgen_anon_1.arPacked.add(i)
        } else {
            &mut (*(*a).__bindgen_anon_1.arData.add(i)).val
        };
        if value::ztype(v) == sys::IS_UNDEF {
            continue;
        }
        if !f(v) {
            break;
        }
    }
}

/// `struct err_s` plus the key path of `ser_context`/`res_context`.
pub struct Ctx<'a> {
    keys: Vec<String>,
    has_error: bool,
    msg: Option<Vec<u8>>,
    /// "user" (PHP to native) or "native" (native to PHP).
    what: &'static str,
    sock: &'a mut PhpSocket,
    /// An allocation of a size PHP stated went over `memory_limit`: the engine has reported
    /// the fatal error and must be left to end the script (see `zend::mem`).
    bailout: Option<Bailout>,
}

impl<'a> Ctx<'a> {
    /// A context whose path starts at `top` ("msghdr").
    pub fn new(top: &str, what: &'static str, sock: &'a mut PhpSocket) -> Self {
        Ctx {
            keys: vec![top.to_string()],
            has_error: false,
            msg: None,
            what,
            sock,
            bailout: None,
        }
    }

    /// The engine's bailout, if an allocation made one; the caller re-raises it once nothing
    /// is left to drop.
    pub fn take_bailout(&mut self) -> Option<Bailout> {
        self.bailout.take()
    }

    /// `accounted_emalloc()`: an allocation that, over `memory_limit`, stops the conversion
    /// for the engine's fatal error (no warning of ours follows it).
    fn alloc(&mut self, r: Result<EBuf, Bailout>) -> Option<EBuf> {
        match r {
            Ok(b) => Some(b),
            Err(b) => {
                self.has_error = true;
                self.bailout = Some(b);
                None
            }
        }
    }

    /// `do_from_zval_err()`/`do_to_zval_err()`: the first error wins.
    fn err(&mut self, msg: impl AsRef<[u8]>) {
        if self.has_error {
            return;
        }
        let path = self.keys.join(" > ");
        let mut m = format!("error converting {} data (path: {}): ", self.what, path).into_bytes();
        m.extend_from_slice(msg.as_ref());
        self.has_error = true;
        self.msg = Some(m);
    }

    /// An error already reported by an exception (`ctx->err.has_error = 1` without text).
    fn silent_err(&mut self) {
        self.has_error = true;
    }

    /// `err_msg_dispose()`: emits the warning, if there is one. Returns whether there was an error.
    pub fn dispose(&mut self) -> bool {
        if let Some(m) = self.msg.take() {
            error::warning_bytes(&m);
        }
        self.has_error
    }

    fn with_key<T>(&mut self, key: impl Into<String>, f: impl FnOnce(&mut Self) -> T) -> T {
        self.keys.push(key.into());
        let r = f(self);
        self.keys.pop();
        r
    }

    /// `from_zval_write_aggregation()`: for each `(key, required)` found, `f(self, index, value)`
    /// with the key on the path; a missing required key is an error.
    unsafe fn aggregate(
        &mut self,
        container: *mut zval,
        fields: &[(&str, bool)],
        mut f: impl FnMut(&mut Self, usize, *mut zval),
    ) {
        if arr(container).is_none() {
            self.err("expected an array here");
        }
        for (i, (name, required)) in fields.iter().enumerate() {
            if self.has_error {
                break;
            }
            match find(container, name) {
                Some(elem) => self.with_key(*name, |c| f(c, i, elem)),
                None if *required => {
                    self.err(format!("The key '{name}' is required"));
                    break;
                }
                None => {}
            }
        }
    }

    // ---- integers --------------------------------------------------------------------------

    /// `from_zval_integer_common()`.
    unsafe fn integer(&mut self, zv: *mut zval) -> zend_long {
        match value::ztype(zv) {
            sys::IS_LONG => (*zv).value.lval,
            sys::IS_DOUBLE => dval_to_lval((*zv).value.dval),
            sys::IS_OBJECT | sys::IS_STRING => {
                let (s, owned) = if value::ztype(zv) == sys::IS_STRING {
                    ((*zv).value.str_, false)
                } else {
                    let s = sys::zval_try_get_string_func(zv);
                    if s.is_null() {
                        self.silent_err();
                        return 0;
                    }
                    (s, true)
                };
                let bytes = value::zstr_bytes(s);
                let (mut l, mut d): (zend_long, f64) = (0, 0.0);
                let t = if bytes.first().is_some_and(|&b| b > b'9') {
                    0
                } else {
                    sys::_is_numeric_string_ex(
                        bytes.as_ptr() as *const c_char,
                        bytes.len(),
                        &mut l,
                        &mut d,
                        false,
                        ptr::null_mut(),
                        ptr::null_mut(),
                    )
                };
                let r = match t {
                    sys::IS_LONG => l,
                    sys::IS_DOUBLE => dval_to_lval(d),
                    _ => {
                        let mut m = b"expected an integer, but got a non numeric string (possibly \
                                      from a converted object): '"
                            .to_vec();
                        m.extend_from_slice(c_str(bytes));
                        m.push(b'\'');
                        self.err(m);
                        0
                    }
                };
                if owned {
                    value::zstr_release(s);
                }
                r
            }
            _ => {
                self.err(
                    "expected an integer, either of a PHP integer type or of a convertible type",
                );
                0
            }
        }
    }

    /// `from_zval_write_int()`.
    unsafe fn int(&mut self, zv: *mut zval) -> Option<i32> {
        let l = self.integer(zv);
        if self.has_error {
            return None;
        }
        if l > i32::MAX as zend_long || l < i32::MIN as zend_long {
            self.err("given PHP integer is out of bounds for a native int");
            return None;
        }
        Some(l as i32)
    }

    /// `from_zval_write_uint32()`.
    unsafe fn uint32(&mut self, zv: *mut zval) -> Option<u32> {
        let l = self.integer(zv);
        if self.has_error {
            return None;
        }
        if !(0..=0xFFFF_FFFF).contains(&l) {
            self.err("given PHP integer is out of bounds for an unsigned 32-bit integer");
            return None;
        }
        Some(l as u32)
    }

    /// `from_zval_write_net_uint16()` (the value in host order).
    unsafe fn uint16(&mut self, zv: *mut zval) -> Option<u16> {
        let l = self.integer(zv);
        if self.has_error {
            return None;
        }
        if !(0..=0xFFFF).contains(&l) {
            self.err("given PHP integer is out of bounds for an unsigned 16-bit integer");
            return None;
        }
        Some(l as u16)
    }

    /// `from_zval_write_sa_family()`.
    unsafe fn sa_family(&mut self, zv: *mut zval) {
        let l = self.integer(zv);
        if !self.has_error && !(0..=0xFFFF).contains(&l) {
            self.err("given PHP integer is out of bounds for a sa_family_t value");
        }
    }

    /// `from_zval_write_pid_t()`.
    unsafe fn pid(&mut self, zv: *mut zval) -> Option<i32> {
        let l = self.integer(zv);
        if self.has_error {
            return None;
        }
        if l < 0 || l as i32 as zend_long != l {
            self.err("given PHP integer is out of bounds for a pid_t value");
            return None;
        }
        Some(l as i32)
    }

    /// `from_zval_write_uid_t()` (also used for gid_t).
    unsafe fn uid(&mut self, zv: *mut zval) -> Option<u32> {
        let l = self.integer(zv);
        if self.has_error {
            return None;
        }
        if l < 0 || l as u32 as zend_long != l {
            self.err("given PHP integer is out of bounds for a uid_t value");
            return None;
        }
        Some(l as u32)
    }

    // ---- addresses -------------------------------------------------------------------------

    /// `from_zval_write_sin_addr()`.
    unsafe fn sin_addr(&mut self, zv: *mut zval) -> Option<[u8; 4]> {
        let s = TmpStr::new(zv);
        match addr::inet4(s.bytes()) {
            Ok(ip) => Some(ip.octets()),
            Err(e) => {
                super::create::report_lookup(self.sock, &e);
                let mut m = b"could not resolve address '".to_vec();
                m.extend_from_slice(c_str(s.bytes()));
                m.extend_from_slice(b"' to get an AF_INET address");
                self.err(m);
                None
            }
        }
    }

    /// `from_zval_write_sin6_addr()` (a `%scope` suffix is resolved but not used, as in C).
    unsafe fn sin6_addr(&mut self, zv: *mut zval) -> Option<Ipv6Addr> {
        let s = TmpStr::new(zv);
        match addr::inet6(s.bytes()) {
            Ok((ip, _)) => Some(ip),
            Err(e) => {
                super::create::report_lookup(self.sock, &e);
                let mut m = b"could not resolve address '".to_vec();
                m.extend_from_slice(c_str(s.bytes()));
                m.extend_from_slice(b"' to get an AF_INET6 address");
                self.err(m);
                None
            }
        }
    }

    /// `from_zval_write_sockaddr_aux()`: the `name` element. With `fill` (sendmsg) the address
    /// is read; without (recvmsg) only the family, which sizes the buffer.
    unsafe fn sockaddr(&mut self, container: *mut zval, fill: bool) -> Option<NameSpec> {
        if arr(container).is_none() {
            self.err("expected an array here");
            return None;
        }
        let family = match find(container, "family") {
            Some(e) if value::ztype(e) != sys::IS_NULL => {
                let f = self.with_key("family", |c| c.int(e));
                if self.has_error {
                    return None;
                }
                f.unwrap_or(0)
            }
            _ => self.sock.type_,
        };
        let st = self.sock.type_;
        match family {
            libc::AF_INET => {
                if st != libc::AF_INET && st != libc::AF_INET6 {
                    self.err(format!(
                        "the specified family (number {family}) is not supported on this socket"
                    ));
                    return None;
                }
                if !fill {
                    return Some(NameSpec::Recv(NameBuf::V4));
                }
                let (mut ip, mut port) = ([0u8; 4], 0u16);
                self.aggregate(
                    container,
                    &[("family", false), ("addr", false), ("port", false)],
                    |c, i, v| match i {
                        0 => c.sa_family(v),
                        1 => ip = c.sin_addr(v).unwrap_or_default(),
                        _ => port = c.uint16(v).unwrap_or_default(),
                    },
                );
                Some(NameSpec::Send(Name::V4 { ip, port }))
            }
            libc::AF_INET6 => {
                if st != libc::AF_INET6 {
                    self.err("the specified family (AF_INET6) is not supported on this socket");
                    return None;
                }
                if !fill {
                    return Some(NameSpec::Recv(NameBuf::V6));
                }
                let (mut ip, mut port, mut flowinfo, mut scope_id) = ([0u8; 16], 0, 0, 0);
                self.aggregate(
                    container,
                    &[
                        ("family", false),
                        ("addr", false),
                        ("port", false),
                        ("flowinfo", false),
                        ("scope_id", false),
                    ],
                    |c, i, v| match i {
                        0 => c.sa_family(v),
                        1 => ip = c.sin6_addr(v).map(|a| a.octets()).unwrap_or_default(),
                        2 => port = c.uint16(v).unwrap_or_default(),
                        3 => flowinfo = c.uint32(v).unwrap_or_default(),
                        _ => scope_id = c.uint32(v).unwrap_or_default(),
                    },
                );
                Some(NameSpec::Send(Name::V6 {
                    ip,
                    port,
                    flowinfo,
                    scope_id,
                }))
            }
            libc::AF_UNIX => {
                if st != libc::AF_UNIX {
                    self.err("the specified family (AF_UNIX) is not supported on this socket");
                    return None;
                }
                if !fill {
                    return Some(NameSpec::Recv(NameBuf::Unix));
                }
                let mut path = Vec::new();
                self.aggregate(
                    container,
                    &[("family", false), ("path", false)],
                    |c, i, v| match i {
                        0 => c.sa_family(v),
                        _ => {
                            let s = TmpStr::new(v);
                            let b = s.bytes();
                            if b.is_empty() {
                                // conversions.c's wording, changed (as such) in PHP 8.4.
                                c.err(if cfg!(php84) {
                                    "the path is must not be empty"
                                } else {
                                    "the path is cannot be empty"
                                });
                            } else if b.len() >= addr::SUN_PATH_LEN {
                                c.err(format!(
                                    "the path is too long, the maximum permitted length is {}",
                                    addr::SUN_PATH_LEN - 1
                                ));
                            } else {
                                path = b.to_vec();
                            }
                        }
                    },
                );
                Some(NameSpec::Send(Name::Unix(path)))
            }
            _ => {
                self.err("the only families currently supported are AF_INET, AF_INET6 and AF_UNIX");
                None
            }
        }
    }

    // ---- control messages ------------------------------------------------------------------

    /// `from_zval_write_control_array()`.
    unsafe fn control_array(&mut self, zv: *mut zval) -> Vec<Cmsg> {
        let mut out = Vec::new();
        if arr(zv).is_none() {
            self.err("expected an array here");
            return out;
        }
        // Elements are numbered from 0 here (and from 1 everywhere else), as in C.
        let mut i = 0u32;
        foreach(zv, |elem| {
            if self.has_error {
                return false;
            }
            let key = format!("element #{i}");
            i += 1;
            if let Some(m) = self.with_key(key, |c| c.control(elem)) {
                out.push(m);
            }
            true
        });
        out
    }

    /// `from_zval_write_control()`: one `[level, type, data]` element.
    unsafe fn control(&mut self, elem: *mut zval) -> Option<Cmsg> {
        // C leaves level/type uninitialised when the key is missing; 0 is what it meant.
        let mut level = 0;
        self.aggregate(elem, &[("level", false)], |c, _, v| {
            level = c.int(v).unwrap_or_default()
        });
        if self.has_error {
            return None;
        }
        let mut ty = 0;
        self.aggregate(elem, &[("type", false)], |c, _, v| {
            ty = c.int(v).unwrap_or_default()
        });
        if self.has_error {
            return None;
        }
        let Some(entry) = nm::anc_entry(level, ty) else {
            self.err(format!(
                "cmsghdr with level {level} and type {ty} not supported"
            ));
            return None;
        };
        let mut n_fds = 0;
        if entry.kind == AncKind::Rights {
            // calculate_scm_rights_space()
            let Some(data) = find(elem, "data") else {
                self.err("cmsghdr should have a 'data' element here");
                return None;
            };
            if arr(data).is_none() {
                self.err("expected an array here");
                return None;
            }
            n_fds = count(data);
            if n_fds == 0 {
                self.err("expected at least one element in this array");
                return None;
            }
        }
        // Without a 'data' element the (fixed-size) data stays zeroed, as in C.
        let mut msg = match entry.kind {
            AncKind::Ipv6PktInfo => Cmsg::Ipv6PktInfo {
                addr: Ipv6Addr::UNSPECIFIED,
                ifindex: 0,
            },
            AncKind::Int => Cmsg::Int {
                level,
                ty,
                value: 0,
            },
            AncKind::Credentials => Cmsg::Credentials(Ucred::default()),
            AncKind::Rights => Cmsg::Rights(vec![0; n_fds]),
        };
        self.aggregate(elem, &[("data", false)], |c, _, v| match &mut msg {
            Cmsg::Ipv6PktInfo { addr, ifindex } => {
                if let Some((a, i)) = c.in6_pktinfo(v) {
                    (*addr, *ifindex) = (a, i);
                }
            }
            Cmsg::Int { value, .. } => *value = c.int(v).unwrap_or_default(),
            Cmsg::Credentials(u) => *u = c.ucred(v).unwrap_or_default(),
            Cmsg::Rights(fds) => c.fd_array(v, fds),
        });
        (!self.has_error).then_some(msg)
    }

    /// `from_zval_write_in6_pktinfo()`: `['addr' => ..., 'ifindex' => ...]`, both required.
    pub(super) unsafe fn in6_pktinfo(&mut self, zv: *mut zval) -> Option<(Ipv6Addr, u32)> {
        let (mut a, mut idx) = (Ipv6Addr::UNSPECIFIED, 0u32);
        self.aggregate(
            zv,
            &[("addr", true), ("ifindex", true)],
            |c, i, v| match i {
                0 => a = c.sin6_addr(v).unwrap_or(Ipv6Addr::UNSPECIFIED),
                _ => idx = c.ifindex(v).unwrap_or_default(),
            },
        );
        (!self.has_error).then_some((a, idx))
    }

    /// `from_zval_write_ifindex()`: an integer, or an interface name.
    unsafe fn ifindex(&mut self, zv: *mut zval) -> Option<u32> {
        if value::ztype(zv) == sys::IS_LONG {
            let l = (*zv).value.lval;
            if l < 0 || l > u32::MAX as zend_long {
                self.err(format!(
                    "the interface index cannot be negative or larger than {}; given {l}",
                    u32::MAX
                ));
                return None;
            }
            return Some(l as u32);
        }
        let s = TmpStr::new(zv);
        let idx = addr::if_index(s.bytes());
        if idx == 0 {
            let mut m = b"no interface with name \"".to_vec();
            m.extend_from_slice(c_str(s.bytes()));
            m.extend_from_slice(b"\" could be found");
            self.err(m);
            return None;
        }
        Some(idx)
    }

    /// `from_zval_write_ucred()`: pid, uid and gid, all required.
    unsafe fn ucred(&mut self, zv: *mut zval) -> Option<Ucred> {
        let mut u = Ucred::default();
        self.aggregate(
            zv,
            &[("pid", true), ("uid", true), ("gid", true)],
            |c, i, v| match i {
                0 => u.pid = c.pid(v).unwrap_or_default(),
                1 => u.uid = c.uid(v).unwrap_or_default(),
                _ => u.gid = c.uid(v).unwrap_or_default(),
            },
        );
        (!self.has_error).then_some(u)
    }

    /// `from_zval_write_fd_array()`: Socket objects and stream resources. C writes a Socket's
    /// descriptor one slot too far (so fd 0 is sent); this writes it where it belongs.
    unsafe fn fd_array(&mut self, zv: *mut zval, fds: &mut [i32]) {
        if arr(zv).is_none() {
            self.err("expected an array here");
            return;
        }
        let mut i = 0usize;
        foreach(zv, |elem| {
            i += 1;
            let slot = i - 1;
            self.with_key(format!("element #{i}"), |c| {
                if let Some(fd) = c.fd_of(elem) {
                    if let Some(s) = fds.get_mut(slot) {
                        *s = fd;
                    }
                }
            });
            !self.has_error
        });
    }

    /// One element of an SCM_RIGHTS array.
    unsafe fn fd_of(&mut self, elem: *mut zval) -> Option<i32> {
        let t = value::ztype(elem);
        if t == sys::IS_OBJECT && (*(*elem).value.obj).ce == socket_ce() {
            let s = PhpSocket::from_zval(elem);
            if s.bsd_socket < 0 {
                self.err("socket is already closed");
                return None;
            }
            return Some(s.bsd_socket);
        }
        if t != sys::IS_RESOURCE {
            self.err("expected a Socket object or a stream resource");
            return None;
        }
        let stream = sys::zend_fetch_resource2_ex(
            elem,
            ptr::null(),
            sys::php_file_le_stream(),
            sys::php_file_le_pstream(),
        ) as *mut ext_php_rs::ffi::php_stream;
        if stream.is_null() {
            self.err("resource is not a stream");
            return None;
        }
        let mut fd: i32 = -1;
        if sys::_php_stream_cast(
            stream,
            sys::PHP_STREAM_AS_FD,
            (&mut fd as *mut i32).cast(),
            sys::REPORT_ERRORS,
        ) != sys::SUCCESS
        {
            self.err("cast stream to file descriptor failed");
            return None;
        }
        Some(fd)
    }

    // ---- msghdr ----------------------------------------------------------------------------

    /// `from_zval_write_msghdr_send()`: `name`, `iov`, `control`.
    ///
    /// # Safety
    /// `zmsg` must be a valid zval (the message array).
    pub unsafe fn msghdr_send(&mut self, zmsg: *mut zval) -> SendSpec {
        let mut spec = SendSpec::default();
        self.aggregate(
            zmsg,
            &[("name", false), ("iov", false), ("control", false)],
            |c, i, v| match i {
                0 => {
                    if let Some(NameSpec::Send(n)) = c.sockaddr(v, true) {
                        spec.name = Some(n);
                    }
                }
                1 => spec.iov = c.iov_array(v),
                _ => spec.control = c.control_array(v),
            },
        );
        spec
    }

    /// `from_zval_write_iov_array()`: every element as a string, copied (as C does) into
    /// engine memory.
    unsafe fn iov_array(&mut self, zv: *mut zval) -> Vec<EBuf> {
        let mut out = Vec::new();
        if arr(zv).is_none() {
            self.err("expected an array here");
            return out;
        }
        out.reserve(count(zv));
        let mut i = 0u32;
        foreach(zv, |elem| {
            i += 1;
            self.with_key(format!("element #{i}"), |c| {
                let copy = EBuf::copy_of(TmpStr::new(elem).bytes());
                if let Some(b) = c.alloc(copy) {
                    out.push(b);
                }
            });
            !self.has_error
        });
        out
    }

    /// `from_zval_write_msghdr_recv()`: `name` (family only), `buffer_size`, `controllen`
    /// (required). The two buffers are allocated here, in this order, with `emalloc()` as C
    /// does, so `memory_limit` governs the sizes PHP code states; without `buffer_size`, the
    /// data buffer is [`nm::DEFAULT_BUFF_SIZE`] bytes.
    ///
    /// # Safety
    /// `zmsg` must be a valid zval (the message array).
    pub unsafe fn msghdr_recv(&mut self, zmsg: *mut zval) -> RecvSpec {
        let mut spec = RecvSpec {
            name: None,
            data: None,
            control: None,
        };
        self.aggregate(
            zmsg,
            &[
                ("name", false),
                ("buffer_size", false),
                ("controllen", true),
            ],
            |c, i, v| match i {
                0 => {
                    if let Some(NameSpec::Recv(n)) = c.sockaddr(v, false) {
                        spec.name = Some(n);
                    }
                }
                1 => {
                    let l = c.integer(v);
                    if c.has_error {
                        return;
                    }
                    if l < 0 || l as u64 > nm::MAX_USER_BUFF_SIZE as u64 {
                        c.err(format!(
                            "the buffer size must be between 1 and {}; given {l}",
                            nm::MAX_USER_BUFF_SIZE
                        ));
                        return;
                    }
                    spec.data = c.alloc(EBuf::alloc(l as usize));
                }
                _ => {
                    if let Some(len) = c.uint32(v) {
                        if len == 0 {
                            c.err("controllen cannot be 0");
                        } else {
                            // Zeroed: the kernel leaves the padding between messages unwritten.
                            spec.control = c.alloc(EBuf::zeroed(len as usize));
                        }
                    }
                }
            },
        );
        if !self.has_error && spec.data.is_none() {
            spec.data = self.alloc(EBuf::alloc(nm::DEFAULT_BUFF_SIZE));
        }
        spec
    }

    // ---- native to PHP ---------------------------------------------------------------------

    /// `to_zval_read_msghdr()`: `['name' => ..., 'control' => [...], 'iov' => [...],
    /// 'flags' => int]`, or `None` after an error (the partial array is destroyed).
    ///
    /// # Safety
    /// Call during a request: builds zvals, objects and stream resources.
    pub unsafe fn read_msghdr(&mut self, r: &nm::Received<'_>) -> Option<zval> {
        let out = value::new_array(4);
        let mut zv = value::array(out);
        let name = self.with_key("name", |c| c.read_name(r.name.as_ref()));
        value::insert(out, "name", name);
        if !self.has_error {
            let control = self.with_key("control", |c| c.read_control(r.control));
            value::insert(out, "control", control);
        }
        if !self.has_error {
            let iov = value::new_array(1);
            if r.bytes > 0 {
                value::push(iov, value::string(r.data));
            }
            value::insert(out, "iov", value::array(iov));
            value::insert(out, "flags", value::long(r.flags as zend_long));
        }
        if self.has_error {
            sys::zval_ptr_dtor(&mut zv);
            std::mem::forget(zv);
            return None;
        }
        Some(zv)
    }

    /// `to_zval_read_name()`/`to_zval_read_sockaddr_aux()`.
    unsafe fn read_name(&mut self, ss: Option<&libc::sockaddr_storage>) -> zval {
        let Some(ss) = ss else { return value::null() };
        match nm::parse_name(ss) {
            Ok(None) => value::null(),
            Ok(Some(n)) => {
                let a = value::new_array(0);
                match n {
                    RecvName::V4 { ip, port } => {
                        value::insert(a, "family", value::long(libc::AF_INET as zend_long));
                        value::insert(a, "addr", value::string(ip.to_string().as_bytes()));
                        value::insert(a, "port", value::long(port as zend_long));
                    }
                    RecvName::V6 {
                        ip,
                        port,
                        flowinfo,
                        scope_id,
                    } => {
                        value::insert(a, "family", value::long(libc::AF_INET6 as zend_long));
                        value::insert(a, "addr", value::string(addr::ntop6(&ip).as_bytes()));
                        value::insert(a, "port", value::long(port as zend_long));
                        value::insert(a, "flowinfo", value::long(flowinfo as zend_long));
                        value::insert(a, "scope_id", value::long(scope_id as zend_long));
                    }
                    RecvName::Unix(path) => {
                        value::insert(a, "family", value::long(libc::AF_UNIX as zend_long));
                        value::insert(a, "path", value::string(&path));
                    }
                }
                value::array(a)
            }
            Err(m) => {
                self.err(m);
                value::array(value::new_array(0))
            }
        }
    }

    /// `to_zval_read_control_array()`: one `[level, type, data]` array per message.
    unsafe fn read_control(&mut self, control: &[u8]) -> zval {
        let out = value::new_array(0);
        for (i, c) in nm::control_messages(control).iter().enumerate() {
            if self.has_error {
                break;
            }
            let e = value::new_array(3);
            value::insert(e, "level", value::long(c.level as zend_long));
            value::insert(e, "type", value::long(c.ty as zend_long));
            let data = self.with_key(format!("element #{}", i + 1), |ctx| {
                ctx.with_key("data", |ctx| ctx.read_cmsg_data(c))
            });
            value::insert(e, "data", data);
            value::push(out, value::array(e));
        }
        value::array(out)
    }

    /// `to_zval_read_cmsg_data()`.
    unsafe fn read_cmsg_data(&mut self, c: &nm::RawCmsg<'_>) -> zval {
        match nm::decode(c) {
            Err(m) => {
                self.err(m);
                value::null()
            }
            Ok(Decoded::Int(v)) => value::long(v as zend_long),
            Ok(Decoded::Ipv6PktInfo { addr: a, ifindex }) => read_in6_pktinfo(a, ifindex),
            Ok(Decoded::Credentials(u)) => {
                let a = value::new_array(3);
                value::insert(a, "pid", value::long(u.pid as zend_long));
                value::insert(a, "uid", value::long(u.uid as zend_long));
                value::insert(a, "gid", value::long(u.gid as zend_long));
                value::array(a)
            }
            Ok(Decoded::Rights(fds)) => self.read_fd_array(&fds),
        }
    }

    /// `to_zval_read_fd_array()`: a Socket object for each socket, a stream for anything else.
    unsafe fn read_fd_array(&mut self, fds: &[i32]) -> zval {
        let out = value::new_array(fds.len() as u32);
        for &fd in fds {
            let is_sock = match nm::is_socket(fd) {
                Ok(s) => s,
                Err(e) => {
                    self.err(format!(
                        "error creating resource for received file descriptor {fd}: fstat() \
                         call failed with errno {}",
                        e.code()
                    ));
                    break;
                }
            };
            let mut elem = value::undef();
            if is_sock {
                let s = new_socket(&mut elem);
                import_fd(s, fd);
            } else {
                let st = sys::_php_stream_fopen_from_fd(fd, c"rw".as_ptr(), ptr::null(), false);
                if st.is_null() {
                    elem = value::null();
                } else {
                    // php_stream_to_zval()
                    elem.value.res = (*st).res;
                    elem.u1.type_info = sys::IS_RESOURCE_EX;
                    (*st).set___exposed(1);
                }
            }
            value::push(out, elem);
        }
        value::array(out)
    }
}

/// `to_zval_read_in6_pktinfo()`: `['addr' => string, 'ifindex' => int]`.
pub fn read_in6_pktinfo(a: Ipv6Addr, ifindex: u32) -> zval {
    let arr = value::new_array(2);
    value::insert(arr, "addr", value::string(addr::ntop6(&a).as_bytes()));
    value::insert(arr, "ifindex", value::long(ifindex as zend_long));
    value::array(arr)
}

/// `socket_import_file_descriptor()` for a received socket: family and blocking mode.
fn import_fd(s: &mut PhpSocket, fd: i32) {
    s.bsd_socket = fd;
    match crate::net::fdinfo::family(fd) {
        Ok(f) => s.type_ = f,
        Err(e) => {
            s.socket_error("Unable to obtain socket family", e.code());
            return;
        }
    }
    match crate::net::ops::is_nonblocking(fd) {
        Ok(nb) => s.blocking = (!nb) as i32,
        Err(e) => s.socket_error("Unable to obtain blocking state", e.code()),
    }
}

/// `zend_dval_to_lval()`: from PHP 8.5 it warns ("The float ... is not representable as an
/// int, cast occurred") when the float is not finite or out of range.
fn dval_to_lval(d: f64) -> zend_long {
    let fits = d.is_finite() && d < zend_long::MAX as f64 && d >= zend_long::MIN as f64;
    #[cfg(php85)]
    if !fits {
        // SAFETY: a plain engine call that emits a warning.
        unsafe { sys::zend_oob_double_to_long_error(d) };
    }
    if !d.is_finite() {
        0
    } else if !fits {
        // SAFETY: pure function of the engine.
        unsafe { sys::zend_dval_to_lval_slow(d) }
    } else {
        d as zend_long
    }
}

/// What `name` gives: an address to send to, or the size of the buffer to receive into.
pub enum NameSpec {
    Send(Name),
    Recv(NameBuf),
}

/// A converted sendmsg message.
#[derive(Default)]
pub struct SendSpec {
    pub name: Option<Name>,
    pub iov: Vec<EBuf>,
    pub control: Vec<Cmsg>,
}

/// A converted recvmsg message: what to receive into.
pub struct RecvSpec {
    pub name: Option<NameBuf>,
    /// The data buffer (`buffer_size` bytes, uninitialised); set unless conversion failed.
    pub data: Option<EBuf>,
    /// The control buffer (`controllen` bytes, zeroed); set unless conversion failed.
    pub control: Option<EBuf>,
}
