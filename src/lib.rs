//! rsockets: PHP's `sockets` extension in Rust, registered as module `sockets`, plus the
//! `RSockets\` classes in a second module `rsockets` registered from the same library.
//!
//! `get_module()` hands PHP a module entry built here rather than through ext-php-rs's
//! `ModuleBuilder`, because the function table needs C-identical arginfo (union return types,
//! defaults written as constants) that the builder cannot express; see `zend::arginfo`.
//!
//! Two modules from one library: `php_load_extension()` calls `get_module()` and then registers
//! the entry it returns. Before returning `sockets`, `get_module()` registers `rsockets` itself
//! with `zend_register_internal_module()` (as the engine registers its built-in modules), with a
//! required dependency on `sockets`: `zend_startup_modules()` sorts it after `sockets`, so its
//! MINIT runs second and the classes it registers belong to it, and the registry, destroyed in
//! reverse order, shuts it down first. It has no library handle of its own, so only `sockets`'s
//! handle is ever unloaded, by `zend_unload_modules()` after every module has been destroyed.
//! Under `dl()` (the engine already started, `sockets` registered as a temporary module that is
//! unloaded at the end of the request) a persistent second module would outlive the library, so
//! there the `RSockets\` classes are registered in `sockets` as before.

pub mod client;
pub mod constants;
pub mod net;
pub mod sockets;
pub mod zend;

use std::ffi::CStr;
use std::os::raw::c_int;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use ext_php_rs::ffi::{zend_function_entry, ZEND_MODULE_API_NO};

use crate::zend::sys::{self, zend_module_entry};

/// rsockets' own version: `RSockets\VERSION`, `phpversion('rsockets')`, and the
/// `Implementation` row of `php --ri sockets`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
const VERSION_C: &CStr =
    match CStr::from_bytes_with_nul(concat!(env!("CARGO_PKG_VERSION"), "\0").as_bytes()) {
        Ok(c) => c,
        Err(_) => c"0",
    };
/// The PHP version the library was built against: what `phpversion('sockets')` reports if the
/// running PHP's own version cannot be read.
const BUILT_PHP_VERSION_C: &CStr =
    match CStr::from_bytes_with_nul(concat!(env!("RSOCKETS_PHP_VERSION"), "\0").as_bytes()) {
        Ok(c) => c,
        Err(_) => c"0",
    };

/// Whether module `rsockets` was registered (else its classes go into `sockets`).
static OWN_MODULE: AtomicBool = AtomicBool::new(false);

/// Runs a MINIT body; a panic becomes "Unable to start module" instead of unwinding into C.
fn startup(body: impl FnOnce() + std::panic::UnwindSafe) -> sys::zend_result {
    if std::panic::catch_unwind(body).is_ok() {
        sys::SUCCESS
    } else {
        -1
    }
}

/// `PHP_MINIT_FUNCTION(sockets)`.
unsafe extern "C" fn sockets_minit(_type: c_int, module_number: c_int) -> sys::zend_result {
    startup(|| {
        sockets::class::register();
        sockets::register_classes();
        for (name, value) in constants::CONSTANTS {
            sys::zend_register_long_constant(
                name.as_ptr().cast(),
                name.len(),
                *value,
                sys::CONST_PERSISTENT,
                module_number,
            );
        }
        if !OWN_MODULE.load(Ordering::Relaxed) {
            register_rsockets(module_number);
        }
    })
}

/// `PHP_MINIT_FUNCTION(rsockets)`.
unsafe extern "C" fn rsockets_minit(_type: c_int, module_number: c_int) -> sys::zend_result {
    startup(|| register_rsockets(module_number))
}

/// The `RSockets\` classes and `RSockets\VERSION`, in the module being started.
///
/// # Safety
/// Call during MINIT only.
unsafe fn register_rsockets(module_number: c_int) {
    client::register();
    const NAME: &str = "RSockets\\VERSION";
    sys::zend_register_string_constant(
        NAME.as_ptr().cast(),
        NAME.len(),
        VERSION_C.as_ptr(),
        sys::CONST_PERSISTENT,
        module_number,
    );
}

/// `PHP_MINFO_FUNCTION(sockets)`: the C table plus a row naming the implementation.
unsafe extern "C" fn sockets_minfo(_module: *mut zend_module_entry) {
    let implementation = std::ffi::CString::new(format!("rsockets {VERSION} (Rust, ext-php-rs)"))
        .unwrap_or_default();
    sys::php_info_print_table_start();
    sys::php_info_print_table_row(2, c"Sockets Support".as_ptr(), c"enabled".as_ptr());
    sys::php_info_print_table_row(2, c"Implementation".as_ptr(), implementation.as_ptr());
    sys::php_info_print_table_end();
}

/// `PHP_MINFO_FUNCTION(rsockets)`.
unsafe extern "C" fn rsockets_minfo(_module: *mut zend_module_entry) {
    sys::php_info_print_table_start();
    sys::php_info_print_table_row(2, c"RSockets\\SocketClient".as_ptr(), c"enabled".as_ptr());
    sys::php_info_print_table_row(2, c"Version".as_ptr(), VERSION_C.as_ptr());
    sys::php_info_print_table_end();
}

/// `STANDARD_MODULE_HEADER` … `STANDARD_MODULE_PROPERTIES` for a module without globals.
fn module_entry(
    name: &'static CStr,
    version: *const std::os::raw::c_char,
    functions: *const zend_function_entry,
    minit: unsafe extern "C" fn(c_int, c_int) -> sys::zend_result,
    minfo: unsafe extern "C" fn(*mut zend_module_entry),
) -> zend_module_entry {
    // SAFETY: zend_module_entry is a plain C struct; zero is its STANDARD_MODULE_HEADER
    // baseline, and every field PHP reads is set below.
    let mut m: zend_module_entry = unsafe { std::mem::zeroed() };
    m.size = std::mem::size_of::<zend_module_entry>() as u16;
    m.zend_api = ZEND_MODULE_API_NO;
    m.zend_debug = u8::from(ext_php_rs::PHP_DEBUG);
    m.zts = u8::from(ext_php_rs::PHP_ZTS);
    m.name = name.as_ptr();
    m.functions = functions;
    m.module_startup_func = Some(minit);
    m.info_func = Some(minfo);
    m.version = version;
    // SAFETY: returns a static string.
    m.build_id = unsafe { ext_php_rs::ffi::ext_php_rs_php_build_id() };
    m
}

/// `phpversion('sockets')`: `PHP_VERSION`, as for the bundled C extension. Read from module
/// `standard` (whose version is the running PHP's `PHP_VERSION`); the version built against
/// if that is not loaded.
fn php_version() -> *const std::os::raw::c_char {
    // SAFETY: a NUL-terminated module name; the result is a static string or NULL.
    let v = unsafe { sys::zend_get_module_version(c"standard".as_ptr()) };
    if v.is_null() {
        BUILT_PHP_VERSION_C.as_ptr()
    } else {
        v
    }
}

/// Whether two PHP versions (`8.4.27`) share major and minor, i.e. the module API.
fn same_minor(running: *const std::os::raw::c_char, built: &CStr) -> bool {
    fn minor(v: &[u8]) -> Option<&[u8]> {
        let first = v.iter().position(|&b| b == b'.')?;
        let second = v[first + 1..].iter().position(|&b| b == b'.')? + first + 1;
        Some(&v[..second])
    }
    // SAFETY: a non-NULL module version is a NUL-terminated static string.
    let running = unsafe { CStr::from_ptr(running) }.to_bytes();
    matches!((minor(running), minor(built.to_bytes())), (Some(a), Some(b)) if a == b)
}

/// Registers module `rsockets` (see the crate docs); false under `dl()` or if that fails.
fn register_own_module() -> bool {
    // SAFETY: the engine is in its startup (extension= loading) or running (dl()); both allow
    // asking whether startup has finished.
    if unsafe { sys::php_get_module_initialized() } {
        return false;
    }
    // PHP refuses this library after get_module() (another `sockets` already loaded, or a
    // library built for another PHP: the API number check) and unloads it: a module registered
    // here would then point into unmapped memory.
    // SAFETY: NUL-terminated module names; the results are static strings or NULL.
    let (sockets_loaded, running) = unsafe {
        (
            !sys::zend_get_module_version(c"sockets".as_ptr()).is_null(),
            sys::zend_get_module_version(c"standard".as_ptr()),
        )
    };
    if sockets_loaded || running.is_null() || !same_minor(running, BUILT_PHP_VERSION_C) {
        return false;
    }
    static DEPS: [sys::zend_module_dep; 2] = [
        sys::zend_module_dep {
            name: c"sockets".as_ptr(),
            rel: std::ptr::null(),
            version: std::ptr::null(),
            type_: sys::MODULE_DEP_REQUIRED,
        },
        sys::zend_module_dep {
            name: std::ptr::null(),
            rel: std::ptr::null(),
            version: std::ptr::null(),
            type_: 0,
        },
    ];
    let mut m = module_entry(
        c"rsockets",
        VERSION_C.as_ptr(),
        zend::arginfo::build_table(client::FUNCTIONS),
        rsockets_minit,
        rsockets_minfo,
    );
    m.deps = DEPS.as_ptr().cast();
    let m = Box::leak(Box::new(m));
    // SAFETY: called while PHP loads its extensions (single-threaded startup); the entry lives
    // for the process, as a static C module entry does.
    !unsafe { sys::zend_register_internal_module(m) }.is_null()
}

struct Module(*mut zend_module_entry);
// SAFETY: the entry is created once and then only handed to the engine.
unsafe impl Send for Module {}
unsafe impl Sync for Module {}

/// The entry point PHP's `dl()`/`extension=` looks up.
#[no_mangle]
pub extern "C" fn get_module() -> *mut zend_module_entry {
    static MODULE: OnceLock<Module> = OnceLock::new();
    MODULE
        .get_or_init(|| {
            let own = register_own_module();
            OWN_MODULE.store(own, Ordering::Relaxed);
            let mut all = sockets::functions();
            if !own {
                all.extend_from_slice(client::FUNCTIONS);
            }
            let m = module_entry(
                c"sockets",
                php_version(),
                zend::arginfo::build_table(&all),
                sockets_minit,
                sockets_minfo,
            );
            Module(Box::leak(Box::new(m)))
        })
        .0
}
