//! The final class `AddressInfo` and the getaddrinfo family: socket_addrinfo_lookup,
//! socket_addrinfo_bind, socket_addrinfo_connect, socket_addrinfo_explain (sockets.c,
//! `php_addrinfo`). The lookup and the socket calls live in `crate::net::addrinfo`.

use std::os::raw::{c_char, c_int};
use std::ptr;

use crate::net::addrinfo::{self, AddrInfo, Explained, Hints};
use crate::php_function;
use crate::zend::class::{self, ClassSlot, EmbedsObject, NotConstructible};
use crate::zend::sys::{self, zend_class_entry, zend_long, zend_object, zval};
use crate::zend::{error, value};
use crate::zpp;

use super::new_socket;

/// `php_addrinfo`: the copied `struct addrinfo` (None only for an object never filled in,
/// which PHP code cannot obtain) followed by the `zend_object`.
#[repr(C)]
pub struct PhpAddrInfo {
    pub info: Option<Box<AddrInfo>>,
    pub std: zend_object,
}

static ADDRESS_INFO: ClassSlot = ClassSlot::new();

/// `address_info_ce`.
#[inline]
pub fn address_info_ce() -> *mut zend_class_entry {
    ADDRESS_INFO.ce()
}

// SAFETY: `std` is the last field, zero is `info: None`, and `AddressInfo` declares no
// properties.
unsafe impl EmbedsObject for PhpAddrInfo {
    const OFFSET: usize = std::mem::offset_of!(PhpAddrInfo, std);

    fn slot() -> &'static ClassSlot {
        &ADDRESS_INFO
    }

    /// `address_info_free_obj()`: frees the copied address and canonical name.
    fn release(&mut self) {
        drop(self.info.take());
    }
}

impl NotConstructible for PhpAddrInfo {
    const NO_CONSTRUCTOR: &'static str =
        "Cannot directly construct AddressInfo, use socket_addrinfo_lookup() instead";
}

impl PhpAddrInfo {
    /// `address_info_from_obj()`.
    ///
    /// # Safety
    /// `obj` must be an `AddressInfo` object.
    #[inline]
    pub unsafe fn from_obj<'a>(obj: *mut zend_object) -> &'a mut PhpAddrInfo {
        class::from_obj(obj)
    }

    /// `Z_ADDRESS_INFO_P(zv)`.
    ///
    /// # Safety
    /// `zv` must hold an `AddressInfo` object.
    #[inline]
    pub unsafe fn from_zval<'a>(zv: *mut zval) -> &'a mut PhpAddrInfo {
        Self::from_obj((*zv).value.obj)
    }
}

/// Registers `AddressInfo` (MINIT): `register_class_AddressInfo()` plus the handlers
/// sockets.c installs.
///
/// # Safety
/// Call during MINIT only.
pub unsafe fn register() {
    class::register_final::<PhpAddrInfo>(c"AddressInfo");
}

/// `HASH_FLAG_PACKED` (only the reading of hints before PHP 8.5 looks at it).
#[cfg(not(php85))]
const HASH_FLAG_PACKED: u32 = 1 << 2;

/// The field of `hints` a hints key names (`ai_flags`, `ai_socktype`, `ai_protocol`,
/// `ai_family`), or `None` for any other key.
fn hint_slot<'h>(hints: &'h mut Hints, key: &[u8]) -> Option<&'h mut i32> {
    match key {
        b"ai_flags" => Some(&mut hints.flags),
        b"ai_socktype" => Some(&mut hints.socktype),
        b"ai_protocol" => Some(&mut hints.protocol),
        b"ai_family" => Some(&mut hints.family),
        _ => None,
    }
}

/// Reads the hints array as C does: only when it is not packed, string keys only (integer
/// keys are skipped), each value through `zval_get_long()`; an unknown string key is a
/// ValueError (`None`).
///
/// # Safety
/// `ht` must be a valid array.
unsafe fn read_hints(ht: *mut sys::zend_array) -> Option<Hints> {
    #[cfg(php85)]
    return read_hints_checked(ht);
    #[cfg(not(php85))]
    read_hints_c84(ht)
}

/// Up to PHP 8.4: see `read_hints`.
///
/// # Safety
/// `ht` must be a valid array.
#[cfg(not(php85))]
unsafe fn read_hints_c84(ht: *mut sys::zend_array) -> Option<Hints> {
    let mut hints = Hints::default();
    if (*ht).u.flags & HASH_FLAG_PACKED != 0 {
        return Some(hints);
    }
    let data = (*ht).__bindgen_anon_1.arData;
    for i in 0..(*ht).nNumUsed as usize {
        let b = data.add(i);
        let val: *mut zval = &mut (*b).val;
        if value::ztype(val) == sys::IS_UNDEF || (*b).key.is_null() {
            continue;
        }
        let slot = match hint_slot(&mut hints, value::zstr_bytes((*b).key)) {
            Some(slot) => slot,
            None => {
                error::argument_value_error(3, HINT_KEYS_MSG);
                return None;
            }
        };
        // zval_get_long() truncated to the C int field.
        *slot = sys::zval_get_long_func(val, false) as c_int;
    }
    Some(hints)
}

const HINT_KEYS_MSG: &str =
    "must only contain array keys \"ai_flags\", \"ai_socktype\", \"ai_protocol\", or \"ai_family\"";

/// PHP 8.5's reading of the hints: every element in order, packed arrays included; an integer
/// or unknown key is a ValueError; each value goes through `zval_try_get_long()` (a TypeError
/// when it cannot be an int, the engine's own warnings otherwise), then must lie in
/// 0..=INT_MAX, and `ai_family` must be AF_INET or AF_INET6 (ValueErrors).
///
/// # Safety
/// `ht` must be a valid array.
#[cfg(php85)]
unsafe fn read_hints_checked(ht: *mut sys::zend_array) -> Option<Hints> {
    let mut hints = Hints::default();
    let mut ok = true;
    value::for_each(ht, |key, _, val| {
        let val = value::deref(val);
        if key.is_null() {
            error::argument_value_error(3, HINT_KEYS_MSG);
            ok = false;
            return false;
        }
        let name = value::zstr_bytes(key);
        let slot = match hint_slot(&mut hints, name) {
            Some(slot) => slot,
            None => {
                error::argument_value_error(3, HINT_KEYS_MSG);
                ok = false;
                return false;
            }
        };
        let name = String::from_utf8_lossy(name);
        let mut failed = false;
        let v = sys::zval_try_get_long(val, &mut failed);
        if crate::zend::has_exception() {
            ok = false;
            return false;
        }
        if failed {
            let given = error::value_name_string(val);
            error::argument_type_error(
                3,
                &format!("\"{name}\" key must be of type int, {given} given"),
            );
            ok = false;
            return false;
        }
        if &*name == "ai_family" {
            if v != libc::AF_INET as zend_long && v != libc::AF_INET6 as zend_long {
                error::argument_value_error(3, "\"ai_family\" key must be AF_INET or AF_INET6");
                ok = false;
                return false;
            }
        } else if !(0..=c_int::MAX as zend_long).contains(&v) {
            error::argument_value_error(
                3,
                &format!("\"{name}\" key must be between 0 and {}", c_int::MAX),
            );
            ok = false;
            return false;
        }
        *slot = v as c_int;
        true
    });
    ok.then_some(hints)
}

php_function!(
    /// `socket_addrinfo_lookup(string $host, ?string $service = null, array $hints = []): array|false`
    socket_addrinfo_lookup(ex, rv) {
        let mut host: *mut sys::zend_string = ptr::null_mut();
        let (mut service, mut service_len): (*mut c_char, usize) = (ptr::null_mut(), 0);
        let mut zhints: *mut zval = ptr::null_mut();
        if !zpp!(ex, "S|s!a", &mut host, &mut service, &mut service_len, &mut zhints) {
            return;
        }
        // SAFETY: zpp gave a string, an optional string of `service_len` bytes and an array.
        unsafe {
            let hints = if zhints.is_null() {
                Hints::default()
            } else {
                match read_hints((*zhints).value.arr) {
                    Some(h) => h,
                    None => return,
                }
            };
            let service = (!service.is_null())
                .then(|| std::slice::from_raw_parts(service as *const u8, service_len));
            let Some(list) = addrinfo::lookup(value::zstr_bytes(host), service, &hints) else {
                return value::ret(rv, value::bool_(false));
            };
            let arr = value::new_array(0);
            for ai in list {
                let mut zaddr = value::undef();
                sys::object_init_ex(&mut zaddr, address_info_ce());
                PhpAddrInfo::from_zval(&mut zaddr).info = Some(Box::new(ai));
                value::push(arr, zaddr);
            }
            value::ret(rv, value::array(arr));
        }
    }
);

/// Parses the one `AddressInfo` argument; `None` when zpp threw.
fn only_address<'a>(ex: crate::zend::Ex) -> Option<&'a AddrInfo> {
    let mut arg: *mut zval = ptr::null_mut();
    if !zpp!(ex, "O", &mut arg, address_info_ce()) {
        return None;
    }
    // SAFETY: zpp checked the class.
    let ai = unsafe { PhpAddrInfo::from_zval(arg) };
    match ai.info.as_deref() {
        Some(info) => Some(info),
        None => {
            // Not reachable from PHP (the class cannot be instantiated otherwise).
            error::throw_error("AddressInfo object is not initialized");
            None
        }
    }
}

/// The shared body of socket_addrinfo_bind/socket_addrinfo_connect.
fn open(ex: crate::zend::Ex, rv: *mut zval, connect: bool) {
    let Some(ai) = only_address(ex) else { return };
    // SAFETY: rv is the return slot.
    let sock = unsafe { new_socket(rv) };
    sock.type_ = ai.family;
    let fd = match ai.socket() {
        Ok(fd) => fd,
        Err(e) => {
            let code = e.code();
            super::set_last_error(code);
            error::warning(&format!(
                "Unable to create socket [{code}]: {}",
                crate::net::strerror(code)
            ));
            return discard(rv, None);
        }
    };
    sock.bsd_socket = fd;
    let res = match ai.family {
        // AF_UNIX through getaddrinfo is refused by C "due to security problems", silently.
        libc::AF_UNIX => return discard(rv, None),
        libc::AF_INET | libc::AF_INET6 => {
            if connect {
                ai.connect(fd)
            } else {
                ai.bind(fd)
            }
        }
        _ => {
            let msg = if connect {
                "socket type must be one of AF_UNIX, AF_INET, or AF_INET6"
            } else {
                "must be one of AF_UNIX, AF_INET, or AF_INET6"
            };
            return discard(rv, Some(msg));
        }
    };
    if let Err(e) = res {
        let msg = if connect {
            "Unable to connect address"
        } else {
            "Unable to bind address"
        };
        sock.socket_error(msg, e.code());
        discard(rv, None);
    }
}

/// `close(fd); zval_ptr_dtor(return_value);` then `RETURN_FALSE` or, with a message, the
/// ValueError. The object's free handler closes the descriptor (C closes it explicitly and
/// then once more through the free handler; one close is what it means).
fn discard(rv: *mut zval, value_error: Option<&str>) {
    // SAFETY: rv holds the Socket object created by `open`.
    unsafe {
        sys::zval_ptr_dtor(rv);
        value::give(rv, value::null());
        match value_error {
            Some(msg) => error::argument_value_error(1, msg),
            None => value::ret(rv, value::bool_(false)),
        }
    }
}

php_function!(
    /// `socket_addrinfo_bind(AddressInfo $address): Socket|false`
    socket_addrinfo_bind(ex, rv) {
        open(ex, rv, false)
    }
);

php_function!(
    /// `socket_addrinfo_connect(AddressInfo $address): Socket|false`
    socket_addrinfo_connect(ex, rv) {
        open(ex, rv, true)
    }
);

php_function!(
    /// `socket_addrinfo_explain(AddressInfo $address): array`
    socket_addrinfo_explain(ex, rv) {
        let Some(ai) = only_address(ex) else { return };
        let arr = value::new_array(0);
        value::insert(arr, "ai_flags", value::long(ai.flags as zend_long));
        value::insert(arr, "ai_family", value::long(ai.family as zend_long));
        value::insert(arr, "ai_socktype", value::long(ai.socktype as zend_long));
        value::insert(arr, "ai_protocol", value::long(ai.protocol as zend_long));
        if let Some(name) = &ai.canonname {
            value::insert(arr, "ai_canonname", value::string(name.to_bytes()));
        }
        let sa = value::new_array(0);
        match ai.explain_addr() {
            Explained::V4(port, addr) => {
                value::insert(sa, "sin_port", value::long(port as zend_long));
                value::insert(sa, "sin_addr", value::string(addr.as_bytes()));
            }
            Explained::V6(port, addr) => {
                value::insert(sa, "sin6_port", value::long(port as zend_long));
                value::insert(sa, "sin6_addr", value::string(addr.as_bytes()));
            }
            Explained::Other => {}
        }
        value::insert(arr, "ai_addr", value::array(sa));
        // SAFETY: rv is the return slot.
        unsafe { value::ret(rv, value::array(arr)) };
    }
);
