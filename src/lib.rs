//! rsockets: PHP's `sockets` extension in Rust, registered as module `sockets`.
//!
//! `get_module()` hands PHP a module entry built here rather than through ext-php-rs's
//! `ModuleBuilder`, because the function table needs C-identical arginfo (union return types,
//! defaults written as constants) that the builder cannot express; see `zend::arginfo`.

pub mod client;
pub mod constants;
pub mod net;
pub mod sockets;
pub mod zend;

use std::os::raw::c_int;
use std::sync::OnceLock;

use ext_php_rs::ffi::{zend_module_entry, ZEND_MODULE_API_NO};

use crate::zend::sys;

/// The version `phpversion('sockets')` reports.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
const VERSION_C: &std::ffi::CStr = match std::ffi::CStr::from_bytes_with_nul(
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_bytes(),
) {
    Ok(c) => c,
    Err(_) => c"0",
};

/// `PHP_MINIT_FUNCTION(sockets)`.
unsafe extern "C" fn minit(_type: c_int, module_number: c_int) -> sys::zend_result {
    let ok = std::panic::catch_unwind(|| {
        sockets::class::register();
        sockets::register_classes();
        client::register();
        for (name, value) in constants::CONSTANTS {
            // CONST_PERSISTENT (CONST_CS is 0 since PHP 8).
            sys::zend_register_long_constant(
                name.as_ptr().cast(),
                name.len(),
                *value,
                1,
                module_number,
            );
        }
    });
    if ok.is_ok() {
        sys::SUCCESS
    } else {
        -1
    }
}

/// `PHP_MINFO_FUNCTION(sockets)`: the C table plus a row naming the implementation.
unsafe extern "C" fn minfo(_module: *mut zend_module_entry) {
    let implementation = std::ffi::CString::new(format!("rsockets {VERSION} (Rust, ext-php-rs)"))
        .unwrap_or_default();
    sys::php_info_print_table_start();
    sys::php_info_print_table_row(2, c"Sockets Support".as_ptr(), c"enabled".as_ptr());
    sys::php_info_print_table_row(2, c"Implementation".as_ptr(), implementation.as_ptr());
    sys::php_info_print_table_end();
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
            let mut all = sockets::functions();
            all.extend_from_slice(client::FUNCTIONS);
            let functions = zend::arginfo::build_table(&all);
            // SAFETY: zend_module_entry is a plain C struct; zero is its STANDARD_MODULE_HEADER
            // baseline, and every field PHP reads is set below.
            let mut m: zend_module_entry = unsafe { std::mem::zeroed() };
            m.size = std::mem::size_of::<zend_module_entry>() as u16;
            m.zend_api = ZEND_MODULE_API_NO;
            m.zend_debug = u8::from(ext_php_rs::PHP_DEBUG);
            m.zts = u8::from(ext_php_rs::PHP_ZTS);
            m.name = c"sockets".as_ptr();
            m.functions = functions;
            m.module_startup_func = Some(minit);
            m.info_func = Some(minfo);
            m.version = VERSION_C.as_ptr();
            // SAFETY: returns a static string.
            m.build_id = unsafe { ext_php_rs::ffi::ext_php_rs_php_build_id() };
            Module(Box::leak(Box::new(m)))
        })
        .0
}
