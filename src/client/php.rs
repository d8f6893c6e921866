//! The Zend side of `RSockets\SocketClient` and its exceptions: argument parsing, the options
//! array turned into [`OptValue`]s for [`options::parse`], the object embedding `zend_object`,
//! one method per intent calling [`Session`], results turned into return values, and every
//! failure thrown as an exception (never a warning). What a method does lives in
//! [`session`](super::session), PHP-free.
//!
//! `getSocket()` returns a `\Socket` owning a `dup(2)` of the client's descriptor (the same
//! connection, its own descriptor number), cached in the client so repeated calls return the same
//! object. Closing or destroying the client closes that duplicate too (the Socket then counts as
//! closed), so the peer sees the connection end when the client says so; `socket_close()` on the
//! Socket closes only the duplicate. No descriptor is closed twice.

#![allow(clippy::missing_safety_doc)] // the handlers are called by the engine only

use std::ffi::CStr;
use std::os::raw::c_char;
use std::ptr;
use std::time::Duration;

use crate::php_function;
use crate::sockets::{new_socket, PhpSocket};
use crate::zend::arginfo::{build_table, Arg, Func, Ret};
use crate::zend::class::{self, CeSlot, ClassSlot, EmbedsObject};
use crate::zend::sys::{
    self, zend_long, zend_object, zval, MAY_BE_ARRAY, MAY_BE_LONG, MAY_BE_STRING,
};
use crate::zend::{error, value};
use crate::zpp;

use super::core::{self, ClientError, Kind, Scheme};
use super::options::{self, Key, OptError, OptValue};
use super::session::{self, Failure, Session, DGRAM_MAX, RAW_FRAME_MAX};

/// `ZEND_ACC_PUBLIC`.
const ACC_PUBLIC: u32 = 1;
/// `ZEND_ACC_STATIC`.
const ACC_STATIC: u32 = 1 << 4;
/// `IS_OBJ_FREE_CALLED`.
const IS_OBJ_FREE_CALLED: u32 = 1 << 9;

const PFX: &str = "RSockets\\SocketClient::__construct(): ";

/// The object: the session, the cached `\Socket`, then the `zend_object` (as `php_socket`
/// embeds it).
#[repr(C)]
struct Client {
    /// `None` until `__construct()` succeeds.
    session: Option<Box<Session>>,
    /// The cached `\Socket` of `getSocket()` (one reference held here), or null.
    socket: *mut zend_object,
    std: zend_object,
}

/// The `RSockets\*` classes, registered once in MINIT ([`register`]).
struct Classes {
    client: ClassSlot,
    socket_exception: CeSlot,
    connect_exception: CeSlot,
    timeout_exception: CeSlot,
    closed_exception: CeSlot,
    protocol_exception: CeSlot,
    tls_exception: CeSlot,
}

static CLASSES: Classes = Classes {
    client: ClassSlot::new(),
    socket_exception: CeSlot::new(),
    connect_exception: CeSlot::new(),
    timeout_exception: CeSlot::new(),
    closed_exception: CeSlot::new(),
    protocol_exception: CeSlot::new(),
    tls_exception: CeSlot::new(),
};

// SAFETY: `std` is the last field, zero is `session: None` and a null `socket`, and
// `SocketClient` declares no properties.
unsafe impl EmbedsObject for Client {
    const OFFSET: usize = std::mem::offset_of!(Client, std);

    fn slot() -> &'static ClassSlot {
        &CLASSES.client
    }

    /// A client going out of scope hands a persistent connection back, as `close()` does (also
    /// at the end of a request that an exception, a fatal error or `exit` cut short between a
    /// send and its reply: the pool then closes the connection).
    fn release(&mut self) {
        if self.session.is_some() {
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.finish(false)));
        }
        self.session = None;
    }
}

impl Client {
    /// `close()`: closes the cached `\Socket`'s duplicate, then ends the session's use of the
    /// connection ([`Session::finish`]).
    fn finish(&mut self, force: bool) {
        // SAFETY: the socket pointer is ours.
        unsafe { release_socket(&mut self.socket) };
        if let Some(s) = self.session.as_deref_mut() {
            s.finish(force);
        }
    }
}

/// The exception class of `e`'s kind.
fn exception_class(e: &ClientError) -> *mut sys::zend_class_entry {
    let c = &CLASSES;
    match e.kind {
        Kind::Socket => c.socket_exception.get(),
        Kind::Connect => c.connect_exception.get(),
        Kind::Timeout => c.timeout_exception.get(),
        Kind::Closed => c.closed_exception.get(),
        Kind::Protocol => c.protocol_exception.get(),
        Kind::Tls => c.tls_exception.get(),
    }
}

/// Throws the exception of `e`'s kind.
fn throw(e: &ClientError) {
    // SAFETY: a registered exception class.
    unsafe { error::throw(exception_class(e), &e.msg, i64::from(e.code)) };
}

/// Throws `f`: the client's exception, or a ValueError about argument #1.
fn throw_failure(f: &Failure) {
    match f {
        Failure::Client(e) => throw(e),
        Failure::Argument(msg) => error::argument_value_error(1, msg),
    }
}

/// The value of `r`, or `None` with its exception thrown.
fn ok<T>(r: Result<T, ClientError>) -> Option<T> {
    r.map_err(|e| throw(&e)).ok()
}

/// The exception of `e`'s kind as an object, not thrown (a `requestAll()` result).
fn exception_value(e: &ClientError) -> zval {
    // SAFETY: a registered subclass of Exception.
    unsafe { error::exception_object(exception_class(e), &e.msg, i64::from(e.code)) }
}

/// `Z_OBJ(EX(This))`'s client.
unsafe fn this<'a>(ex: crate::zend::Ex) -> &'a mut Client {
    class::from_obj((*ex.0).This.value.obj)
}

/// The session of a constructed client, or an Error thrown.
fn session<'a>(ex: crate::zend::Ex) -> Option<&'a mut Session> {
    // SAFETY: methods are only called on SocketClient objects.
    let c = unsafe { this(ex) };
    let s = c.session.as_deref_mut();
    if s.is_none() {
        error::throw_error("RSockets\\SocketClient has not been constructed");
    }
    s
}

/// Closes the cached `\Socket`'s duplicate descriptor and drops our reference to it.
unsafe fn release_socket(socket: &mut *mut zend_object) {
    let obj = std::mem::replace(socket, ptr::null_mut());
    if obj.is_null() || (*obj).gc.u.type_info & IS_OBJ_FREE_CALLED != 0 {
        // At shutdown the engine may have freed it already; its free_obj closed the descriptor.
        return;
    }
    let sock = PhpSocket::from_obj(obj);
    if !sock.has_stream() && sock.bsd_socket >= 0 {
        crate::net::close(sock.bsd_socket);
        sock.bsd_socket = -1;
    }
    let mut z = value::undef();
    z.value.obj = obj;
    z.u1.type_info = sys::IS_OBJECT_EX;
    sys::zval_ptr_dtor(&mut z);
    std::mem::forget(z);
}

// ---- options --------------------------------------------------------------------------------

/// How deep arrays are copied into [`OptValue`]s: the options array, an option's array
/// (`framing`), and a list inside that. Deeper arrays (and recursive ones) are only named.
const OPT_DEPTH: u32 = 3;

/// The entries of an options array (at nesting `depth`, 1 for the options themselves).
///
/// # Safety
/// `arr` must be a valid array.
unsafe fn opt_entries(arr: *mut sys::zend_array, depth: u32) -> Vec<(Key, OptValue)> {
    let mut out = Vec::new();
    value::for_each(arr, |k, h, zv| {
        let key = if k.is_null() {
            Key::Index(h as i64)
        } else {
            Key::Name(String::from_utf8_lossy(value::zstr_bytes(k)).into_owned())
        };
        out.push((key, opt_value(zv, depth)));
        true
    });
    out
}

/// One value of an options array at nesting `depth`.
///
/// # Safety
/// `zv` must be a valid zval.
unsafe fn opt_value(zv: *mut zval, depth: u32) -> OptValue {
    let zv = value::deref(zv);
    match value::ztype(zv) {
        sys::IS_NULL => OptValue::Null,
        sys::IS_TRUE => OptValue::Bool(true),
        sys::IS_FALSE => OptValue::Bool(false),
        sys::IS_LONG => OptValue::Int((*zv).value.lval),
        sys::IS_DOUBLE => OptValue::Float((*zv).value.dval),
        sys::IS_STRING => OptValue::Str(value::zstr_bytes((*zv).value.str_).to_vec()),
        sys::IS_ARRAY if depth < OPT_DEPTH => {
            OptValue::Array(opt_entries((*zv).value.arr, depth + 1))
        }
        _ => OptValue::Other(error::value_name_string(zv)),
    }
}

/// `default_socket_timeout` (seconds; ≤ 0 means no limit).
fn default_timeout() -> Option<Duration> {
    let name = "default_socket_timeout";
    // SAFETY: a valid name and length.
    let t = unsafe { sys::zend_ini_long(name.as_ptr().cast(), name.len(), 0) };
    (t > 0).then(|| Duration::from_secs(t as u64))
}

/// Checks the options array (null: none given); on failure the TypeError or ValueError is
/// thrown.
fn parse_options(arr: *mut sys::zend_array, target: &core::Target) -> Option<core::Options> {
    let entries = if arr.is_null() {
        Vec::new()
    } else {
        // SAFETY: a valid array from zpp.
        unsafe { opt_entries(arr, 1) }
    };
    match options::parse_for(&entries, target, default_timeout()) {
        Ok(o) => Some(o),
        Err(OptError::Type(m)) => {
            error::type_error(&format!("{PFX}{m}"));
            None
        }
        Err(OptError::Value(m)) => {
            error::value_error(&format!("{PFX}{m}"));
            None
        }
    }
}

// ---- methods --------------------------------------------------------------------------------

php_function!(
    /// `SocketClient::__construct(string $address, array $options = [])`: connects or throws.
    m_construct(ex, _rv) {
        let mut a: *const c_char = ptr::null();
        let mut alen: usize = 0;
        let mut arr: *mut sys::zend_array = ptr::null_mut();
        if !zpp!(ex, "s|h", &mut a, &mut alen, &mut arr) {
            return;
        }
        // SAFETY: zpp gave a string of alen bytes.
        let address = unsafe { std::slice::from_raw_parts(a as *const u8, alen) };
        // SAFETY: a method of SocketClient.
        let c = unsafe { this(ex) };
        if c.session.is_some() {
            error::throw_error("Cannot call RSockets\\SocketClient::__construct() twice");
            return;
        }
        let target = match core::parse_address(address) {
            Ok(t) => t,
            Err(why) => {
                error::argument_value_error(1, &format!("must be a valid socket address: {why}"));
                return;
            }
        };
        let Some(opts) = parse_options(arr, &target) else {
            return;
        };
        if let Some(s) = ok(Session::open(address, target, opts)) {
            c.session = Some(Box::new(s));
        }
    }
);

/// Parses one string argument.
fn string_arg<'a>(ex: crate::zend::Ex) -> Option<&'a [u8]> {
    let mut p: *const c_char = ptr::null();
    let mut len: usize = 0;
    if !zpp!(ex, "s", &mut p, &mut len) {
        return None;
    }
    // SAFETY: zpp gave a string of `len` bytes, alive for the call.
    Some(unsafe { std::slice::from_raw_parts(p as *const u8, len) })
}

php_function!(
    /// `send(string $data): int`: writes every byte or throws.
    m_send(ex, rv) {
        let Some(data) = string_arg(ex) else { return };
        let Some(s) = session(ex) else { return };
        if let Some(n) = ok(s.send(data)) {
            // SAFETY: return slot.
            unsafe { value::ret(rv, value::long(n as zend_long)) };
        }
    }
);

/// Receives up to `max` bytes into a fresh string and returns it (or throws); `as_frame`: see
/// [`Session::receive`].
fn receive_string(s: &mut Session, max: usize, as_frame: bool, rv: *mut zval) {
    let Some(cap) = ok(s.read_size(max)) else {
        return;
    };
    let zs = value::zstr_alloc(cap);
    // SAFETY: the string has room for `cap` bytes.
    let buf = unsafe { std::slice::from_raw_parts_mut(value::zstr_data(zs), cap) };
    match s.receive(buf, as_frame) {
        Ok(0) => {
            value::zstr_free(zs);
            // SAFETY: return slot.
            unsafe { value::ret(rv, value::empty_string()) };
        }
        Ok(n) => {
            let zs = value::zstr_truncate(zs, n);
            // SAFETY: return slot.
            unsafe { value::ret(rv, value::zstr(zs)) };
        }
        Err(e) => {
            value::zstr_free(zs);
            throw(&e);
        }
    }
}

php_function!(
    /// `receive(int $maxLength = 65536): string`: what arrived; '' only at end of stream.
    m_receive(ex, rv) {
        let mut max: zend_long = 65536;
        if !zpp!(ex, "|l", &mut max) {
            return;
        }
        if max < 1 {
            error::argument_value_error(1, "must be greater than 0");
            return;
        }
        let Some(s) = session(ex) else { return };
        receive_string(s, max as usize, false, rv);
    }
);

php_function!(
    /// `receiveExactly(int $length): string`: exactly that many bytes, or throws.
    m_receive_exactly(ex, rv) {
        let mut len: zend_long = 0;
        if !zpp!(ex, "l", &mut len) {
            return;
        }
        if len < 0 {
            error::argument_value_error(1, "must be greater than or equal to 0");
            return;
        }
        let Some(s) = session(ex) else { return };
        if let Err(f) = s.check_exactly(len as u64) {
            throw_failure(&f);
            return;
        }
        let len = len as usize;
        if len == 0 {
            // SAFETY: return slot.
            unsafe { value::ret(rv, value::empty_string()) };
            return;
        }
        let zs = value::zstr_alloc(len);
        // SAFETY: room for `len` bytes.
        let buf = unsafe { std::slice::from_raw_parts_mut(value::zstr_data(zs), len) };
        match s.receive_exactly(buf) {
            // SAFETY: return slot.
            Ok(()) => unsafe { value::ret(rv, value::zstr(zs)) },
            Err(e) => {
                value::zstr_free(zs);
                throw(&e);
            }
        }
    }
);

/// Receives one frame and returns its payload (or throws); without framing one read.
fn receive_frame(s: &mut Session, rv: *mut zval) {
    if !s.framed() {
        receive_string(s, RAW_FRAME_MAX, true, rv);
        return;
    }
    if let Some(z) = ok(s.receive_frame(value::string)) {
        // SAFETY: return slot.
        unsafe { value::ret(rv, z) };
    }
}

php_function!(
    /// `sendFrame(string $payload): int`: the payload with its delimiter or header; returns the
    /// bytes written.
    m_send_frame(ex, rv) {
        let Some(data) = string_arg(ex) else { return };
        let Some(s) = session(ex) else { return };
        match s.send_frame(data) {
            // SAFETY: return slot.
            Ok(n) => unsafe { value::ret(rv, value::long(n as zend_long)) },
            Err(f) => throw_failure(&f),
        }
    }
);

php_function!(
    /// `receiveFrame(): string`: one frame's payload.
    m_receive_frame(ex, rv) {
        if !zpp!(ex, "") {
            return;
        }
        let Some(s) = session(ex) else { return };
        receive_frame(s, rv);
    }
);

php_function!(
    /// `request(string $payload): string`: one frame out, one frame back (UDP: re-sent on
    /// timeout up to `retries` times).
    m_request(ex, rv) {
        let Some(data) = string_arg(ex) else { return };
        let Some(s) = session(ex) else { return };
        let Some(c) = ok(s.conn()) else { return };
        if c.scheme == Scheme::Udp {
            let zs = value::zstr_alloc(DGRAM_MAX);
            // SAFETY: room for DGRAM_MAX bytes.
            let buf = unsafe { std::slice::from_raw_parts_mut(value::zstr_data(zs), DGRAM_MAX) };
            match s.udp_request(data, buf) {
                Ok(n) => {
                    let z = if n == 0 {
                        value::zstr_free(zs);
                        value::empty_string()
                    } else {
                        value::zstr(value::zstr_truncate(zs, n))
                    };
                    // SAFETY: return slot.
                    unsafe { value::ret(rv, z) };
                }
                Err(e) => {
                    value::zstr_free(zs);
                    throw(&e);
                }
            }
            return;
        }
        match s.send_frame(data) {
            Ok(_) => receive_frame(s, rv),
            Err(f) => throw_failure(&f),
        }
    }
);

/// A key of `requestAll()`'s array as messages show it: `3` or `"name"`.
///
/// # Safety
/// `k` is null or a valid string.
unsafe fn key_text(k: *mut sys::zend_string, h: u64) -> String {
    if k.is_null() {
        (h as i64).to_string()
    } else {
        format!("\"{}\"", String::from_utf8_lossy(value::zstr_bytes(k)))
    }
}

/// A `[SocketClient $client, string $payload]` list: the client object and the payload.
///
/// # Safety
/// `zv` must be a valid zval whose array outlives the returned slice.
unsafe fn request_pair<'a>(zv: *mut zval) -> Option<(*mut zend_object, &'a [u8])> {
    let zv = value::deref(zv);
    if value::ztype(zv) != sys::IS_ARRAY || (*(*zv).value.arr).nNumOfElements != 2 {
        return None;
    }
    // A list: keys 0 and 1, in that order.
    let mut parts: [*mut zval; 2] = [ptr::null_mut(); 2];
    let mut at = 0;
    value::for_each((*zv).value.arr, |k, h, v| {
        if k.is_null() && h == at && at < 2 {
            parts[at as usize] = value::deref(v);
            at += 1;
            true
        } else {
            false
        }
    });
    let [client, payload] = parts;
    if client.is_null()
        || payload.is_null()
        || value::ztype(client) != sys::IS_OBJECT
        || (*(*client).value.obj).ce != CLASSES.client.ce()
        || value::ztype(payload) != sys::IS_STRING
    {
        return None;
    }
    Some((
        (*client).value.obj,
        value::zstr_bytes((*payload).value.str_),
    ))
}

/// One entry of `requestAll()`: its key, its client and its payload.
struct Entry<'a> {
    skey: *mut sys::zend_string,
    hkey: u64,
    client: *mut zend_object,
    payload: &'a [u8],
}

php_function!(
    /// `static requestAll(array $requests, ?float $timeout = null): array`: every
    /// `[client, payload]` request sent and answered at once ([`session::request_all`]), under
    /// one deadline; each key maps to the reply or to the exception `request()` would have
    /// thrown.
    m_request_all(ex, rv) {
        let mut arr: *mut sys::zend_array = ptr::null_mut();
        let mut t: f64 = 0.0;
        let mut t_null = true;
        if !zpp!(ex, "h|d!", &mut arr, &mut t, &mut t_null) {
            return;
        }
        let timeout = if t_null {
            None
        } else if t.is_finite() && t >= 0.0 {
            Some(Some(Duration::from_secs_f64(t)))
        } else {
            error::argument_value_error(2, "must be a finite number greater than or equal to 0");
            return;
        };
        // Check every entry before anything is sent.
        let mut entries: Vec<Entry> = Vec::new();
        let mut bad = None;
        let mut seen = std::collections::HashMap::new();
        // SAFETY: zpp gave an array that lives for the call; nothing modifies it.
        unsafe {
            value::for_each(arr, |k, h, zv| {
                match request_pair(zv) {
                    None => {
                        bad = Some(format!(
                            "must contain [RSockets\\SocketClient $client, string $payload] lists, {} is not one",
                            key_text(k, h)
                        ));
                        return false;
                    }
                    Some((client, payload)) => {
                        if let Some(first) = seen.insert(client, key_text(k, h)) {
                            bad = Some(format!(
                                "must not contain the same client twice ({first} and {})",
                                key_text(k, h)
                            ));
                            return false;
                        }
                        entries.push(Entry { skey: k, hkey: h, client, payload });
                    }
                }
                true
            });
        }
        if let Some(msg) = bad {
            error::argument_value_error(1, &msg);
            return;
        }
        // Encode each request; a delimiter inside a payload is the caller's error, as in request().
        let mut requests = Vec::with_capacity(entries.len());
        for e in &entries {
            // SAFETY: a SocketClient object (checked), distinct from the others (so no two
            // sessions below alias).
            let client: &mut Client = unsafe { class::from_obj(e.client) };
            let Some(s) = client.session.as_deref_mut() else {
                requests.push((None, Err(session::not_constructed())));
                continue;
            };
            match s.request_bytes(e.payload) {
                Ok(Some(out)) => requests.push((Some(s), Ok(out))),
                Ok(None) => {
                    error::argument_value_error(
                        1,
                        &format!(
                            "must not contain a payload with its client's frame delimiter ({} does)",
                            // SAFETY: the key of a live array.
                            unsafe { key_text(e.skey, e.hkey) }
                        ),
                    );
                    return;
                }
                Err(err) => requests.push((Some(s), Err(err))),
            }
        }
        let outcomes = session::request_all(requests, timeout);
        let result = value::new_array(entries.len() as u32);
        for (e, outcome) in entries.iter().zip(outcomes) {
            let v = match outcome {
                Ok(reply) => value::string(&reply),
                Err(err) => exception_value(&err),
            };
            let mut v = std::mem::ManuallyDrop::new(v);
            // SAFETY: a fresh array; the key comes from the argument (kept as it was: a string
            // key stays a string); the hash takes ownership of `v`.
            unsafe {
                if e.skey.is_null() {
                    sys::zend_hash_index_update(result, e.hkey, &mut *v);
                } else {
                    sys::zend_hash_update(result, e.skey, &mut *v);
                }
            }
        }
        // SAFETY: return slot.
        unsafe { value::ret(rv, value::array(result)) };
    }
);

php_function!(
    /// `close(bool $force = false): void`: hands a persistent connection back (or destroys it
    /// with `$force`); closes any other. Closing twice is allowed.
    m_close(ex, _rv) {
        let mut force = false;
        if !zpp!(ex, "|b", &mut force) {
            return;
        }
        if session(ex).is_none() {
            return;
        }
        // SAFETY: a method of SocketClient.
        unsafe { this(ex) }.finish(force);
    }
);

php_function!(
    /// `isConnected(): bool`: open here and not known to be closed by the peer.
    m_is_connected(ex, rv) {
        if !zpp!(ex, "") {
            return;
        }
        let Some(s) = session(ex) else { return };
        // SAFETY: return slot.
        unsafe { value::ret(rv, value::bool_(s.is_connected())) };
    }
);

fn address_method(ex: crate::zend::Ex, rv: *mut zval, remote: bool) {
    if !zpp!(ex, "") {
        return;
    }
    let Some(s) = session(ex) else { return };
    let Some(c) = ok(s.conn()) else { return };
    let a = if remote {
        c.remote_address()
    } else {
        c.local_address()
    };
    // SAFETY: return slot.
    unsafe { value::ret(rv, value::string(a.as_bytes())) };
}

php_function!(
    /// `getRemoteAddress(): string`: `127.0.0.1:919`, `[::1]:919` or `/path`.
    m_get_remote_address(ex, rv) {
        address_method(ex, rv, true);
    }
);

php_function!(
    /// `getLocalAddress(): string`.
    m_get_local_address(ex, rv) {
        address_method(ex, rv, false);
    }
);

php_function!(
    /// `getSocket(): \Socket`: a Socket on a duplicate of the descriptor (see the module doc).
    m_get_socket(ex, rv) {
        if !zpp!(ex, "") {
            return;
        }
        if session(ex).is_none() {
            return;
        }
        // SAFETY: a method of SocketClient.
        let Client { session, socket, .. } = unsafe { this(ex) };
        let Some(s) = session.as_deref_mut() else { return };
        if ok(s.conn()).is_none() {
            return;
        }
        // SAFETY: the cached object is alive while we hold our reference.
        unsafe {
            if !socket.is_null() {
                let sock = PhpSocket::from_obj(*socket);
                if sock.bsd_socket >= 0 || sock.has_stream() {
                    (**socket).gc.refcount += 1;
                    let mut z = value::undef();
                    z.value.obj = *socket;
                    z.u1.type_info = sys::IS_OBJECT_EX;
                    value::ret(rv, z);
                    return;
                }
                // socket_close()d by the user: make a new one.
                release_socket(socket);
            }
        }
        let Some((fd, family)) = ok(s.dup_descriptor()) else { return };
        // SAFETY: the return slot; the new Socket owns `fd`, and we keep one reference to it.
        unsafe {
            let sock = new_socket(rv);
            sock.bsd_socket = fd;
            sock.type_ = family;
            sock.blocking = 1;
            let obj = (*rv).value.obj;
            (*obj).gc.refcount += 1;
            *socket = obj;
        }
    }
);

php_function!(
    /// `getTlsInfo(): ?array`: null without TLS, else `protocol`, `cipher`, `alpn` (?string),
    /// `resumed` and `peer_name` of the session (rustls `ClientConnection::protocol_version()`,
    /// `negotiated_cipher_suite()`, `alpn_protocol()`, `handshake_kind()`).
    m_get_tls_info(ex, rv) {
        if !zpp!(ex, "") {
            return;
        }
        let Some(s) = session(ex) else { return };
        let Some(info) = ok(s.tls_info()) else { return };
        let Some(i) = info else {
            // SAFETY: return slot.
            unsafe { value::ret(rv, value::null()) };
            return;
        };
        let arr = value::new_array(5);
        value::insert(arr, "protocol", value::string(i.protocol.as_bytes()));
        value::insert(arr, "cipher", value::string(i.cipher.as_bytes()));
        let alpn = match &i.alpn {
            Some(p) => value::string(p),
            None => value::null(),
        };
        value::insert(arr, "alpn", alpn);
        value::insert(arr, "resumed", value::bool_(i.resumed));
        value::insert(arr, "peer_name", value::string(i.peer_name.as_bytes()));
        // SAFETY: return slot.
        unsafe { value::ret(rv, value::array(arr)) };
    }
);

php_function!(
    /// `getStats(): array`.
    m_get_stats(ex, rv) {
        if !zpp!(ex, "") {
            return;
        }
        let Some(s) = session(ex) else { return };
        let st = s.stats;
        let arr = value::new_array(6);
        for (k, v) in [
            ("bytes_sent", st.bytes_sent),
            ("bytes_received", st.bytes_received),
            ("frames_sent", st.frames_sent),
            ("frames_received", st.frames_received),
            ("reconnects", st.reconnects),
        ] {
            value::insert(arr, k, value::long(v as zend_long));
        }
        value::insert(arr, "reused", value::bool_(st.reused));
        // SAFETY: return slot.
        unsafe { value::ret(rv, value::array(arr)) };
    }
);

const fn method(
    name: &'static CStr,
    handler: crate::zend::arginfo::Handler,
    required: u32,
    ret: Ret,
    args: &'static [Arg],
) -> Func {
    let mut f = Func::new(name, handler, required, ret, args);
    f.flags = ACC_PUBLIC;
    f
}

const METHODS: &[Func] = &[
    method(
        c"__construct",
        m_construct,
        1,
        Ret::mask(0),
        &[
            Arg::string(c"address"),
            Arg::array(c"options").default(c"[]"),
        ],
    ),
    method(
        c"send",
        m_send,
        1,
        Ret::mask(MAY_BE_LONG),
        &[Arg::string(c"data")],
    ),
    method(
        c"receive",
        m_receive,
        0,
        Ret::mask(MAY_BE_STRING),
        &[Arg::long(c"maxLength").default(c"65536")],
    ),
    method(
        c"receiveExactly",
        m_receive_exactly,
        1,
        Ret::mask(MAY_BE_STRING),
        &[Arg::long(c"length")],
    ),
    method(
        c"sendFrame",
        m_send_frame,
        1,
        Ret::mask(MAY_BE_LONG),
        &[Arg::string(c"payload")],
    ),
    method(
        c"receiveFrame",
        m_receive_frame,
        0,
        Ret::mask(MAY_BE_STRING),
        &[],
    ),
    method(
        c"request",
        m_request,
        1,
        Ret::mask(MAY_BE_STRING),
        &[Arg::string(c"payload")],
    ),
    Func {
        flags: ACC_PUBLIC | ACC_STATIC,
        ..Func::new(
            c"requestAll",
            m_request_all,
            1,
            Ret::mask(MAY_BE_ARRAY),
            &[
                Arg::array(c"requests"),
                Arg::new(c"timeout", sys::MAY_BE_DOUBLE)
                    .nullable()
                    .default(c"null"),
            ],
        )
    },
    method(
        c"close",
        m_close,
        0,
        Ret::void(),
        &[Arg::bool(c"force").default(c"false")],
    ),
    method(c"isConnected", m_is_connected, 0, Ret::bool(), &[]),
    method(
        c"getRemoteAddress",
        m_get_remote_address,
        0,
        Ret::mask(MAY_BE_STRING),
        &[],
    ),
    method(
        c"getLocalAddress",
        m_get_local_address,
        0,
        Ret::mask(MAY_BE_STRING),
        &[],
    ),
    method(c"getSocket", m_get_socket, 0, Ret::obj(c"Socket", 0), &[]),
    method(c"getStats", m_get_stats, 0, Ret::mask(MAY_BE_ARRAY), &[]),
    method(
        c"getTlsInfo",
        m_get_tls_info,
        0,
        Ret::mask(MAY_BE_ARRAY | sys::MAY_BE_NULL),
        &[],
    ),
];

/// Registers `RSockets\SocketClient` and the exceptions (MINIT).
///
/// # Safety
/// Call during MINIT only, after `Socket` is registered.
pub unsafe fn register() {
    let c = &CLASSES;
    let ex = class::register_class(
        c"RSockets\\SocketException",
        sys::spl_ce_RuntimeException,
        0,
    );
    c.socket_exception.set(ex);
    c.connect_exception
        .set(class::register_class(c"RSockets\\ConnectException", ex, 0));
    c.tls_exception.set(class::register_class(
        c"RSockets\\TlsException",
        c.connect_exception.get(),
        sys::ZEND_ACC_FINAL,
    ));
    c.timeout_exception
        .set(class::register_class(c"RSockets\\TimeoutException", ex, 0));
    c.closed_exception.set(class::register_class(
        c"RSockets\\ConnectionClosedException",
        ex,
        0,
    ));
    c.protocol_exception
        .set(class::register_class(c"RSockets\\ProtocolException", ex, 0));
    class::register_object_class::<Client>(
        c"RSockets\\SocketClient",
        ptr::null_mut(),
        sys::ZEND_ACC_FINAL | sys::ZEND_ACC_NO_DYNAMIC_PROPERTIES | sys::ZEND_ACC_NOT_SERIALIZABLE,
        build_table(METHODS),
    );
}
