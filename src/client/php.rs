//! The Zend side of `RSockets\SocketClient` and its exceptions: option parsing with
//! TypeError/ValueError naming the option, the object embedding `zend_object`, one method per
//! intent translating to `client::core`, and every failure thrown as an exception (never a
//! warning).
//!
//! `getSocket()` returns a `\Socket` owning a `dup(2)` of the client's descriptor (the same
//! connection, its own descriptor number), cached in the client so repeated calls return the same
//! object. Closing or destroying the client closes that duplicate too (the Socket then counts as
//! closed), so the peer sees the connection end when the client says so; `socket_close()` on the
//! Socket closes only the duplicate. No descriptor is closed twice.

#![allow(clippy::missing_safety_doc)] // the handlers are called by the engine only

use std::ffi::CStr;
use std::os::raw::{c_char, c_int};
use std::ptr;
use std::time::Duration;

use ext_php_rs::types::array::ArrayKey;

use crate::php_function;
use crate::sockets::{new_socket, PhpSocket};
use crate::zend::arginfo::{build_table, Arg, Func, Ret};
use crate::zend::sys::{
    self, zend_class_entry, zend_long, zend_object, zval, MAY_BE_ARRAY, MAY_BE_LONG, MAY_BE_STRING,
};
use crate::zend::{class, error, value};
use crate::zpp;

use super::core::{self, ClientError, Conn, Kind, Options, Scheme, Stats, Target};
use super::framing::{FrameError, Framing, Header};
use super::multi;
use super::pool;

/// `ZEND_ACC_PUBLIC`.
const ACC_PUBLIC: u32 = 1;
/// `ZEND_ACC_STATIC`.
const ACC_STATIC: u32 = 1 << 4;
/// `IS_OBJ_FREE_CALLED`.
const IS_OBJ_FREE_CALLED: u32 = 1 << 9;

const PFX: &str = "RSockets\\SocketClient::__construct(): ";

/// Everything a connected client holds; boxed behind the object.
struct State {
    target: Target,
    /// The address as written (the pool key with the persistent key).
    address: Vec<u8>,
    opts: Options,
    conn: Option<Conn>,
    stats: Stats,
    /// The cached `\Socket` of `getSocket()` (one reference held here), or null.
    socket: *mut zend_object,
    /// Reused buffer for encoded frames.
    wbuf: Vec<u8>,
}

/// The object: the state, then the `zend_object` (as `php_socket` embeds it).
#[repr(C)]
struct Client {
    state: Option<Box<State>>,
    std: zend_object,
}

const OFFSET: usize = std::mem::offset_of!(Client, std);

static mut CLIENT_CE: *mut zend_class_entry = ptr::null_mut();
static mut HANDLERS: *const sys::zend_object_handlers = ptr::null();
static mut SOCKET_EXCEPTION: *mut zend_class_entry = ptr::null_mut();
static mut CONNECT_EXCEPTION: *mut zend_class_entry = ptr::null_mut();
static mut TIMEOUT_EXCEPTION: *mut zend_class_entry = ptr::null_mut();
static mut CLOSED_EXCEPTION: *mut zend_class_entry = ptr::null_mut();
static mut PROTOCOL_EXCEPTION: *mut zend_class_entry = ptr::null_mut();
static mut TLS_EXCEPTION: *mut zend_class_entry = ptr::null_mut();

/// The exception class of `e`'s kind.
fn exception_class(e: &ClientError) -> *mut zend_class_entry {
    // SAFETY: the class entries are set in MINIT and never change.
    unsafe {
        match e.kind {
            Kind::Socket => SOCKET_EXCEPTION,
            Kind::Connect => CONNECT_EXCEPTION,
            Kind::Timeout => TIMEOUT_EXCEPTION,
            Kind::Closed => CLOSED_EXCEPTION,
            Kind::Protocol => PROTOCOL_EXCEPTION,
            Kind::Tls => TLS_EXCEPTION,
        }
    }
}

/// Throws the exception of `e`'s kind.
fn throw(e: &ClientError) {
    // SAFETY: a registered exception class.
    unsafe { error::throw(exception_class(e), &e.msg, i64::from(e.code)) };
}

/// The exception of `e`'s kind as an object, not thrown (a `requestAll()` result).
fn exception_value(e: &ClientError) -> zval {
    // SAFETY: a registered subclass of Exception.
    unsafe { error::exception_object(exception_class(e), &e.msg, i64::from(e.code)) }
}

/// The error `request()` throws on a closed client.
fn closed_error(s: &State) -> ClientError {
    ClientError::new(
        Kind::Socket,
        0,
        format!("The connection to {} is closed", s.target.display),
    )
}

unsafe fn client_of<'a>(obj: *mut zend_object) -> &'a mut Client {
    &mut *((obj as *mut u8).sub(OFFSET) as *mut Client)
}

/// `Z_OBJ(EX(This))`'s client.
unsafe fn this<'a>(ex: crate::zend::Ex) -> &'a mut Client {
    client_of((*ex.0).This.value.obj)
}

/// The state of a constructed client, or an Error thrown.
fn state<'a>(ex: crate::zend::Ex) -> Option<&'a mut State> {
    // SAFETY: methods are only called on SocketClient objects.
    let c = unsafe { this(ex) };
    match c.state.as_deref_mut() {
        Some(s) => Some(s),
        None => {
            error::throw_error("RSockets\\SocketClient has not been constructed");
            None
        }
    }
}

/// Runs `f` with the open connection (taken out of the state for the call), or throws a
/// SocketException when the client was closed.
fn with_conn(ex: crate::zend::Ex, f: impl FnOnce(&mut Conn, &mut State)) {
    let Some(s) = state(ex) else { return };
    let Some(mut c) = s.conn.take() else {
        throw(&closed_error(s));
        return;
    };
    f(&mut c, s);
    s.conn = Some(c);
}

/// Closes the cached `\Socket`'s duplicate descriptor and drops our reference to it.
unsafe fn release_socket(s: &mut State) {
    let obj = std::mem::replace(&mut s.socket, ptr::null_mut());
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

/// Ends the client's use of its connection: back to the pool when persistent and not forced
/// (the pool closes it instead unless it owes no reply: `Conn::reusable`), closed otherwise.
/// Also reached from `free_obj` when the object is dropped, and at the end of a request that an
/// exception, a fatal error or `exit` cut short between a send and its reply.
fn finish(s: &mut State, force: bool) {
    // SAFETY: the socket pointer is ours.
    unsafe { release_socket(s) };
    if let Some(c) = s.conn.take() {
        match (&s.opts.persistent, force) {
            (Some(key), false) => pool::put(&s.address, key, c),
            _ => drop(c),
        }
    }
}

unsafe extern "C" fn create_object(ce: *mut zend_class_entry) -> *mut zend_object {
    let block = class::alloc_object(std::mem::size_of::<Client>(), OFFSET, ce);
    let c = &mut *(block as *mut Client);
    ptr::write(&mut c.state, None);
    c.std.handlers = HANDLERS;
    &mut c.std
}

unsafe extern "C" fn free_obj(obj: *mut zend_object) {
    let c = client_of(obj);
    if let Some(mut s) = c.state.take() {
        // A client going out of scope hands a persistent connection back, as close() does.
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| finish(&mut s, false)));
    }
    sys::zend_object_std_dtor(obj);
}

// ---- options --------------------------------------------------------------------------------

/// The engine's name for a value in a TypeError (`true`/`false` from PHP 8.3, `bool` before).
fn type_name(zv: *const zval) -> String {
    // SAFETY: option values handed to this module are valid zvals.
    unsafe { error::value_name_string(zv) }
}

fn opt_type_error(key: &str, want: &str, zv: *const zval) {
    error::type_error(&format!(
        "{PFX}Option \"{key}\" must be of type {want}, {} given",
        type_name(zv)
    ));
}

fn opt_value_error(key: &str, msg: &str) {
    error::value_error(&format!("{PFX}Option \"{key}\" {msg}"));
}

/// An int or float option as seconds (> 0).
fn seconds(key: &str, zv: *mut zval) -> Option<Duration> {
    // SAFETY: valid zval.
    let v = unsafe {
        match value::ztype(zv) {
            sys::IS_LONG => (*zv).value.lval as f64,
            sys::IS_DOUBLE => (*zv).value.dval,
            _ => {
                opt_type_error(key, "int|float", zv);
                return None;
            }
        }
    };
    match Duration::try_from_secs_f64(v) {
        Ok(d) if v > 0.0 => Some(d),
        _ => {
            opt_value_error(key, "must be a number of seconds greater than 0");
            None
        }
    }
}

fn long_opt(key: &str, zv: *mut zval, min: i64, max: i64) -> Option<i64> {
    // SAFETY: valid zval.
    unsafe {
        if value::ztype(zv) != sys::IS_LONG {
            opt_type_error(key, "int", zv);
            return None;
        }
        let v = (*zv).value.lval;
        if v < min || v > max {
            opt_value_error(key, &format!("must be between {min} and {max}"));
            return None;
        }
        Some(v)
    }
}

fn bool_opt(key: &str, zv: *mut zval) -> Option<bool> {
    // SAFETY: valid zval.
    match unsafe { value::ztype(zv) } {
        sys::IS_TRUE => Some(true),
        sys::IS_FALSE => Some(false),
        _ => {
            opt_type_error(key, "bool", zv);
            None
        }
    }
}

/// The bytes of a string zval.
unsafe fn str_bytes<'a>(zv: *mut zval) -> &'a [u8] {
    value::zstr_bytes((*zv).value.str_)
}

const FRAMING_FORMS: &str = "must be \"none\", \"line\", [\"delimiter\" => string] or [\"length\" => \"n\"|\"N\"|\"v\"|\"V\"|\"J\"|\"P\"|\"C\"]";

fn framing_opt(zv: *mut zval) -> Option<Framing> {
    // SAFETY: valid zvals throughout.
    unsafe {
        match value::ztype(zv) {
            sys::IS_NULL => Some(Framing::None),
            sys::IS_STRING => match str_bytes(zv) {
                b"none" => Some(Framing::None),
                b"line" => Some(Framing::Delimiter(b"\n".to_vec())),
                _ => {
                    opt_value_error("framing", FRAMING_FORMS);
                    None
                }
            },
            sys::IS_ARRAY => {
                let arr = (*zv).value.arr;
                let mut delimiter: Option<Vec<u8>> = None;
                let mut header: Option<Header> = None;
                let mut includes: Option<bool> = None;
                for (k, v) in (*arr).iter() {
                    let v = value::deref(v as *const zval as *mut zval);
                    let key = k.to_string();
                    let named = !matches!(k, ArrayKey::Long(_));
                    match key.as_str() {
                        "delimiter" if named => {
                            if value::ztype(v) != sys::IS_STRING {
                                opt_type_error("framing\" key \"delimiter", "string", v);
                                return None;
                            }
                            let d = str_bytes(v);
                            if d.is_empty() {
                                opt_value_error("framing", "key \"delimiter\" must not be empty");
                                return None;
                            }
                            delimiter = Some(d.to_vec());
                        }
                        "length" if named => {
                            if value::ztype(v) != sys::IS_STRING {
                                opt_type_error("framing\" key \"length", "string", v);
                                return None;
                            }
                            match Header::from_code(str_bytes(v)) {
                                Some(h) => header = Some(h),
                                None => {
                                    opt_value_error(
                                        "framing",
                                        "key \"length\" must be one of the pack() codes \"n\", \"N\", \"v\", \"V\", \"J\", \"P\", \"C\"",
                                    );
                                    return None;
                                }
                            }
                        }
                        "length_includes_header" if named => {
                            includes = Some(bool_opt("framing\" key \"length_includes_header", v)?);
                        }
                        _ => {
                            opt_value_error("framing", &format!("has an unknown key \"{key}\""));
                            return None;
                        }
                    }
                }
                match (delimiter, header) {
                    (Some(d), None) if includes.is_none() => Some(Framing::Delimiter(d)),
                    (Some(_), None) => {
                        opt_value_error(
                            "framing",
                            "key \"length_includes_header\" needs \"length\"",
                        );
                        None
                    }
                    (None, Some(h)) => Some(Framing::Length {
                        header: h,
                        includes_header: includes.unwrap_or(false),
                    }),
                    (Some(_), Some(_)) => {
                        opt_value_error(
                            "framing",
                            "takes either \"delimiter\" or \"length\", not both",
                        );
                        None
                    }
                    (None, None) => {
                        opt_value_error("framing", FRAMING_FORMS);
                        None
                    }
                }
            }
            _ => {
                opt_type_error("framing", "array|string|null", zv);
                None
            }
        }
    }
}

/// `default_socket_timeout` (seconds; ≤ 0 means no limit).
fn default_timeout() -> Option<Duration> {
    let name = "default_socket_timeout";
    // SAFETY: a valid name and length.
    let t = unsafe { sys::zend_ini_long(name.as_ptr().cast(), name.len(), 0) };
    (t > 0).then(|| Duration::from_secs(t as u64))
}

/// Parses the options array; on failure an exception has been thrown.
fn parse_options(arr: *mut sys::zend_array, scheme: Scheme) -> Option<Options> {
    let mut o = Options::new(default_timeout());
    if arr.is_null() {
        return Some(o);
    }
    let (mut c, mut r, mut w) = (None, None, None);
    // SAFETY: a valid array from zpp.
    for (k, v) in unsafe { (*arr).iter() } {
        // SAFETY: values of a live array.
        let v = unsafe { value::deref(v as *const zval as *mut zval) };
        let key = k.to_string();
        if matches!(k, ArrayKey::Long(_)) {
            error::value_error(&format!("{PFX}Unknown option {key} (options are named)"));
            return None;
        }
        match key.as_str() {
            "timeout" => {
                let t = seconds(&key, v)?;
                o.connect_timeout = Some(t);
                o.read_timeout = Some(t);
                o.write_timeout = Some(t);
            }
            "connect_timeout" => c = Some(seconds(&key, v)?),
            "read_timeout" => r = Some(seconds(&key, v)?),
            "write_timeout" => w = Some(seconds(&key, v)?),
            "framing" => o.framing = framing_opt(v)?,
            "max_frame" => o.max_frame = long_opt(&key, v, 1, i64::from(u32::MAX))? as usize,
            "tcp_nodelay" => o.tcp_nodelay = bool_opt(&key, v)?,
            "keepalive" => o.keepalive = bool_opt(&key, v)?,
            "bind" => {
                // SAFETY: valid zval.
                if unsafe { value::ztype(v) } != sys::IS_STRING {
                    opt_type_error(&key, "string", v);
                    return None;
                }
                // SAFETY: checked to be a string.
                o.bind = Some(unsafe { str_bytes(v) }.to_vec());
            }
            "retries" => o.retries = long_opt(&key, v, 0, 1000)? as u32,
            "retry_delay" => {
                // SAFETY: valid zval.
                let d = unsafe {
                    match value::ztype(v) {
                        sys::IS_LONG => (*v).value.lval as f64,
                        sys::IS_DOUBLE => (*v).value.dval,
                        _ => {
                            opt_type_error(&key, "int|float", v);
                            return None;
                        }
                    }
                };
                match Duration::try_from_secs_f64(d) {
                    Ok(d) => o.retry_delay = d,
                    Err(_) => {
                        opt_value_error(&key, "must be a number of seconds, 0 or more");
                        return None;
                    }
                }
            }
            "persistent" => {
                // SAFETY: valid zval.
                o.persistent = match unsafe { value::ztype(v) } {
                    sys::IS_TRUE => Some(Vec::new()),
                    sys::IS_FALSE => None,
                    // SAFETY: a string.
                    sys::IS_STRING => Some(unsafe { str_bytes(v) }.to_vec()),
                    _ => {
                        opt_type_error(&key, "string|bool", v);
                        return None;
                    }
                }
            }
            _ => {
                error::value_error(&format!("{PFX}Unknown option \"{key}\""));
                return None;
            }
        }
    }
    // The specific timeouts win over "timeout", whatever their order in the array.
    if c.is_some() {
        o.connect_timeout = c;
    }
    if r.is_some() {
        o.read_timeout = r;
    }
    if w.is_some() {
        o.write_timeout = w;
    }
    if scheme == Scheme::Udp && o.framing != Framing::None {
        opt_value_error(
            "framing",
            "applies to stream sockets (tcp://, unix://); a UDP datagram is a frame already",
        );
        return None;
    }
    Some(o)
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
        if c.state.is_some() {
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
        let Some(opts) = parse_options(arr, target.scheme) else {
            return;
        };
        let mut stats = Stats::default();
        let mut conn = None;
        if let Some(key) = &opts.persistent {
            let (found, dropped) = pool::take(address, key);
            stats.reconnects += dropped;
            if let Some(mut found) = found {
                found.set_timeouts(&opts);
                stats.reused = true;
                conn = Some(found);
            }
        }
        let conn = match conn {
            Some(c) => c,
            None => match Conn::connect(&target, &opts, &mut stats.reconnects) {
                Ok(c) => c,
                Err(e) => {
                    throw(&e);
                    return;
                }
            },
        };
        c.state = Some(Box::new(State {
            target,
            address: address.to_vec(),
            opts,
            conn: Some(conn),
            stats,
            socket: ptr::null_mut(),
            wbuf: Vec::new(),
        }));
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
        with_conn(ex, |c, s| {
        match c.send_bytes(data) {
            Ok(n) => {
                s.stats.bytes_sent += n as u64;
                // SAFETY: return slot.
                unsafe { value::ret(rv, value::long(n as zend_long)) };
            }
            Err(e) => throw(&e),
        }
        });
    }
);

/// The largest buffer one `receive()` allocates for a stream (one read rarely returns more).
const STREAM_READ_MAX: usize = 1 << 20;
/// The largest UDP datagram.
const DGRAM_MAX: usize = 65536;

/// Receives up to `max` bytes into a fresh string and returns it (or throws).
fn receive_string(c: &mut Conn, s: &mut State, max: usize, rv: *mut zval) {
    let cap = max.min(if c.scheme == Scheme::Udp {
        DGRAM_MAX
    } else {
        STREAM_READ_MAX
    });
    let zs = value::zstr_alloc(cap);
    // SAFETY: the string has room for `cap` bytes.
    let buf = unsafe { std::slice::from_raw_parts_mut(value::zstr_data(zs), cap) };
    match c.receive(buf) {
        Ok(0) => {
            value::zstr_free(zs);
            // SAFETY: return slot.
            unsafe { value::ret(rv, value::empty_string()) };
        }
        Ok(n) => {
            s.stats.bytes_received += n as u64;
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
        with_conn(ex, |c, s| {
        receive_string(c, s, max as usize, rv);
        });
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
        with_conn(ex, |c, s| {
        if len as u64 > s.opts.max_frame as u64 {
            error::argument_value_error(
                1,
                &format!("must not exceed max_frame ({} bytes)", s.opts.max_frame),
            );
            return;
        }
        if c.scheme == Scheme::Udp {
            throw(&ClientError::new(
                Kind::Socket,
                0,
                "receiveExactly() needs a stream socket (tcp://, unix://)".to_string(),
            ));
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
        match c.receive_exactly(buf) {
            Ok(()) => {
                s.stats.bytes_received += len as u64;
                // SAFETY: return slot.
                unsafe { value::ret(rv, value::zstr(zs)) };
            }
            Err(e) => {
                value::zstr_free(zs);
                throw(&e);
            }
        }
        });
    }
);

/// Encodes `payload` as a frame and sends it; returns the bytes written.
fn send_frame(c: &mut Conn, s: &mut State, payload: &[u8]) -> Option<usize> {
    let n = if s.opts.framing == Framing::None {
        if payload.len() > s.opts.max_frame {
            throw(&c.frame_error(FrameError::TooLarge {
                len: payload.len() as u64,
                max: s.opts.max_frame,
            }));
            return None;
        }
        c.send_bytes(payload)
    } else {
        s.wbuf.clear();
        match s
            .opts
            .framing
            .encode(payload, s.opts.max_frame, &mut s.wbuf)
        {
            Ok(()) => {}
            Err(FrameError::ContainsDelimiter) => {
                error::argument_value_error(1, "must not contain the frame delimiter");
                return None;
            }
            Err(e) => {
                // Nothing was sent: the connection stays sound.
                let msg = format!("Cannot send a frame to {}: {e}", c.peer);
                throw(&ClientError::new(Kind::Protocol, 0, msg));
                return None;
            }
        }
        let r = c.send_frame(&s.wbuf);
        if s.wbuf.capacity() > 1 << 16 {
            s.wbuf = Vec::new();
        }
        r
    };
    match n {
        Ok(n) => {
            s.stats.bytes_sent += n as u64;
            s.stats.frames_sent += 1;
            Some(n)
        }
        Err(e) => {
            throw(&e);
            None
        }
    }
}

/// Receives one frame and returns its payload (or throws).
fn receive_frame(c: &mut Conn, s: &mut State, rv: *mut zval) {
    if s.opts.framing == Framing::None {
        let before = s.stats.bytes_received;
        receive_string(c, s, 65536, rv);
        if s.stats.bytes_received != before {
            s.stats.frames_received += 1;
        }
        return;
    }
    match c.receive_frame(&s.opts.framing, s.opts.max_frame) {
        Ok((start, end, consumed)) => {
            // SAFETY: return slot.
            unsafe { value::ret(rv, value::string(&c.frame_bytes()[start..end])) };
            c.consume_frame(consumed);
            s.stats.bytes_received += consumed as u64;
            s.stats.frames_received += 1;
        }
        Err(e) => throw(&e),
    }
}

php_function!(
    /// `sendFrame(string $payload): int`: the payload with its delimiter or header; returns the
    /// bytes written.
    m_send_frame(ex, rv) {
        let Some(data) = string_arg(ex) else { return };
        with_conn(ex, |c, s| {
        if let Some(n) = send_frame(c, s, data) {
            // SAFETY: return slot.
            unsafe { value::ret(rv, value::long(n as zend_long)) };
        }
        });
    }
);

php_function!(
    /// `receiveFrame(): string`: one frame's payload.
    m_receive_frame(ex, rv) {
        if !zpp!(ex, "") {
            return;
        }
        with_conn(ex, |c, s| {
        receive_frame(c, s, rv);
        });
    }
);

php_function!(
    /// `request(string $payload): string`: one frame out, one frame back (UDP: re-sent on
    /// timeout up to `retries` times).
    m_request(ex, rv) {
        let Some(data) = string_arg(ex) else { return };
        with_conn(ex, |c, s| {
        if c.scheme == Scheme::Udp {
            let zs = value::zstr_alloc(DGRAM_MAX);
            // SAFETY: room for DGRAM_MAX bytes.
            let buf = unsafe { std::slice::from_raw_parts_mut(value::zstr_data(zs), DGRAM_MAX) };
            let retries = s.opts.retries;
            let sent_before = s.stats.frames_sent;
            match c.udp_request(data, buf, retries) {
                Ok(n) => {
                    s.stats.bytes_sent += data.len() as u64;
                    s.stats.frames_sent = sent_before + 1;
                    s.stats.bytes_received += n as u64;
                    s.stats.frames_received += 1;
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
        if send_frame(c, s, data).is_none() {
            return;
        }
        receive_frame(c, s, rv);
        });
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
        || (*(*client).value.obj).ce != CLIENT_CE
        || value::ztype(payload) != sys::IS_STRING
    {
        return None;
    }
    Some((
        (*client).value.obj,
        value::zstr_bytes((*payload).value.str_),
    ))
}

/// One entry of `requestAll()`: its key, its client, and what became of it.
struct Entry<'a> {
    skey: *mut sys::zend_string,
    hkey: u64,
    client: *mut zend_object,
    payload: &'a [u8],
    /// The bytes to send, or the failure met before sending.
    out: Option<Result<Vec<u8>, ClientError>>,
    /// Its job in the poll loop.
    job: Option<usize>,
}

/// Encodes `payload` as `request()` would send it on `c`: UDP one datagram; without framing
/// the bytes as they are (at most `max_frame`; more taints the connection, as `request()`);
/// else one frame. `Ok(None)`: the payload contains the delimiter (a ValueError).
fn request_bytes(c: &mut Conn, s: &State, payload: &[u8]) -> Result<Option<Vec<u8>>, ClientError> {
    if c.scheme == Scheme::Udp {
        return Ok(Some(payload.to_vec()));
    }
    if s.opts.framing == Framing::None {
        if payload.len() > s.opts.max_frame {
            return Err(c.frame_error(FrameError::TooLarge {
                len: payload.len() as u64,
                max: s.opts.max_frame,
            }));
        }
        return Ok(Some(payload.to_vec()));
    }
    let mut out = Vec::new();
    match s.opts.framing.encode(payload, s.opts.max_frame, &mut out) {
        Ok(()) => Ok(Some(out)),
        Err(FrameError::ContainsDelimiter) => Ok(None),
        Err(e) => {
            let msg = format!("Cannot send a frame to {}: {e}", c.peer);
            Err(ClientError::new(Kind::Protocol, 0, msg))
        }
    }
}

php_function!(
    /// `static requestAll(array $requests, ?float $timeout = null): array`: every
    /// `[client, payload]` request sent and answered at once (`client::multi`), under one
    /// deadline; each key maps to the reply or to the exception `request()` would have thrown.
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
                        entries.push(Entry { skey: k, hkey: h, client, payload, out: None, job: None });
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
        for e in entries.iter_mut() {
            // SAFETY: a SocketClient object (checked), distinct from the others.
            let client = unsafe { client_of(e.client) };
            let Some(s) = client.state.as_deref_mut() else {
                e.out = Some(Err(ClientError::new(Kind::Socket, 0, "RSockets\\SocketClient has not been constructed")));
                continue;
            };
            let Some(mut c) = s.conn.take() else {
                e.out = Some(Err(closed_error(s)));
                continue;
            };
            let r = request_bytes(&mut c, s, e.payload);
            s.conn = Some(c);
            match r {
                Ok(Some(out)) => e.out = Some(Ok(out)),
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
                Err(err) => e.out = Some(Err(err)),
            }
        }
        // The default deadline: the largest read timeout (none if any client waits forever).
        let mut deadline = Some(Duration::ZERO);
        let mut jobs = Vec::new();
        for e in entries.iter_mut() {
            let Some(Ok(out)) = e.out.take_if(|o| o.is_ok()) else { continue };
            // SAFETY: as above.
            let Some(s) = (unsafe { client_of(e.client) }).state.as_deref_mut() else { continue };
            let Some(c) = s.conn.take() else { continue };
            deadline = match (deadline, s.opts.read_timeout) {
                (Some(a), Some(b)) => Some(a.max(b)),
                _ => None,
            };
            e.job = Some(jobs.len());
            jobs.push(multi::Job::new(c, &s.opts.framing, s.opts.max_frame, out));
        }
        multi::run(&mut jobs, timeout.unwrap_or(deadline));
        let mut jobs: Vec<Option<multi::Job>> = jobs.into_iter().map(Some).collect();
        let result = value::new_array(entries.len() as u32);
        for e in entries.iter_mut() {
            let outcome = match e.job.and_then(|i| jobs[i].take()) {
                Some(job) => {
                    // SAFETY: as above; the state was there when the job was made.
                    let client = unsafe { client_of(e.client) };
                    let outcome = job.outcome.unwrap_or_else(|| {
                        Err(ClientError::new(Kind::Socket, 0, "The request was not run"))
                    });
                    if let Some(s) = client.state.as_deref_mut() {
                        s.stats.bytes_sent += job.bytes_sent;
                        s.stats.bytes_received += job.bytes_received;
                        s.stats.frames_sent += 1;
                        if outcome.is_ok() {
                            s.stats.frames_received += 1;
                        }
                        s.conn = Some(job.conn);
                    }
                    outcome
                }
                None => match e.out.take() {
                    Some(Err(err)) => Err(err),
                    _ => Err(ClientError::new(Kind::Socket, 0, "The request was not run")),
                },
            };
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
        let Some(s) = state(ex) else { return };
        finish(s, force);
    }
);

php_function!(
    /// `isConnected(): bool`: open here and not known to be closed by the peer.
    m_is_connected(ex, rv) {
        if !zpp!(ex, "") {
            return;
        }
        let Some(s) = state(ex) else { return };
        let open = s.conn.as_mut().is_some_and(|c| c.peer_open());
        // SAFETY: return slot.
        unsafe { value::ret(rv, value::bool_(open)) };
    }
);

fn address_method(ex: crate::zend::Ex, rv: *mut zval, remote: bool) {
    if !zpp!(ex, "") {
        return;
    }
    with_conn(ex, |c, _| {
        let a = if remote {
            c.remote_address()
        } else {
            c.local_address()
        };
        // SAFETY: return slot.
        unsafe { value::ret(rv, value::string(a.as_bytes())) };
    });
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
        with_conn(ex, |c, s| {
        // SAFETY: the cached object is alive while we hold our reference.
        unsafe {
            if !s.socket.is_null() {
                let sock = PhpSocket::from_obj(s.socket);
                if sock.bsd_socket >= 0 || sock.has_stream() {
                    (*s.socket).gc.refcount += 1;
                    let mut z = value::undef();
                    z.value.obj = s.socket;
                    z.u1.type_info = sys::IS_OBJECT_EX;
                    value::ret(rv, z);
                    return;
                }
                // socket_close()d by the user: make a new one.
                release_socket(s);
            }
            // What the caller sends through the Socket is not counted: never pooled again.
            c.hand_out();
            let fd = libc::fcntl(c.fd(), libc::F_DUPFD_CLOEXEC, 0);
            if fd < 0 {
                let e = crate::net::errno();
                throw(&ClientError::new(
                    Kind::Socket,
                    e,
                    format!("Cannot duplicate the descriptor: {} [{e}]", crate::net::strerror(e)),
                ));
                return;
            }
            let sock = new_socket(rv);
            sock.bsd_socket = fd;
            sock.type_ = match c.scheme {
                Scheme::Unix => libc::AF_UNIX,
                _ if c.remote_address().starts_with('[') => libc::AF_INET6,
                _ => libc::AF_INET,
            };
            sock.blocking = 1;
            let obj = (*rv).value.obj;
            (*obj).gc.refcount += 1;
            s.socket = obj;
        }
        });
    }
);

php_function!(
    /// `getStats(): array`.
    m_get_stats(ex, rv) {
        if !zpp!(ex, "") {
            return;
        }
        let Some(s) = state(ex) else { return };
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
];

/// Registers `RSockets\SocketClient` and the exceptions (MINIT).
///
/// # Safety
/// Call during MINIT only, after `Socket` is registered.
pub unsafe fn register() {
    let ex = class::register_class(
        c"RSockets\\SocketException",
        sys::spl_ce_RuntimeException,
        0,
    );
    SOCKET_EXCEPTION = ex;
    CONNECT_EXCEPTION = class::register_class(c"RSockets\\ConnectException", ex, 0);
    TLS_EXCEPTION = class::register_class(
        c"RSockets\\TlsException",
        CONNECT_EXCEPTION,
        sys::ZEND_ACC_FINAL,
    );
    TIMEOUT_EXCEPTION = class::register_class(c"RSockets\\TimeoutException", ex, 0);
    CLOSED_EXCEPTION = class::register_class(c"RSockets\\ConnectionClosedException", ex, 0);
    PROTOCOL_EXCEPTION = class::register_class(c"RSockets\\ProtocolException", ex, 0);

    let table = build_table(METHODS);
    let ce = class::register_class_with_methods(
        c"RSockets\\SocketClient",
        ptr::null_mut(),
        sys::ZEND_ACC_FINAL | sys::ZEND_ACC_NO_DYNAMIC_PROPERTIES | sys::ZEND_ACC_NOT_SERIALIZABLE,
        table,
    );
    (*ce).__bindgen_anon_2.create_object = Some(create_object);
    let h = class::std_handlers();
    h.offset = OFFSET as c_int;
    h.free_obj = Some(free_obj);
    h.clone_obj = None;
    HANDLERS = h;
    CLIENT_CE = ce;
}
