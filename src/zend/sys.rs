//! Zend API declarations that ext-php-rs 0.16 does not bind, plus the few
//! type constants the C macros hard-code. Every item names its C counterpart.
#![allow(non_camel_case_types, dead_code)]

use std::os::raw::{c_char, c_int};

pub use ext_php_rs::ffi::{
    zend_array, zend_class_entry, zend_execute_data, zend_function, zend_long, zend_object,
    zend_object_handlers, zend_reference, zend_string, zval,
};

/// `zend_result`: `SUCCESS` is 0, `FAILURE` is -1.
pub type zend_result = c_int;
pub const SUCCESS: zend_result = 0;

// Type codes (zend_types.h).
pub const IS_UNDEF: u8 = 0;
pub const IS_NULL: u8 = 1;
pub const IS_FALSE: u8 = 2;
pub const IS_TRUE: u8 = 3;
pub const IS_LONG: u8 = 4;
pub const IS_DOUBLE: u8 = 5;
pub const IS_STRING: u8 = 6;
pub const IS_ARRAY: u8 = 7;
pub const IS_OBJECT: u8 = 8;
pub const IS_RESOURCE: u8 = 9;
pub const IS_REFERENCE: u8 = 10;

/// `IS_STRING_EX`: a refcounted string zval.
pub const IS_STRING_EX: u32 = 6 | (1 << 8);
/// `IS_ARRAY_EX`: a refcounted, collectable array zval.
pub const IS_ARRAY_EX: u32 = 7 | (1 << 8) | (2 << 8);
/// `IS_OBJECT_EX`: a refcounted, collectable object zval.
pub const IS_OBJECT_EX: u32 = 8 | (1 << 8) | (2 << 8);
/// `GC_STRING`: the `gc.u.type_info` of a fresh, non-interned string.
pub const GC_STRING: u32 = 6 | (1 << 4);
/// `IS_STR_INTERNED` flag in a string's `type_info` (`GC_IMMUTABLE`).
pub const GC_IMMUTABLE: u32 = 1 << 6;

// `MAY_BE_*` type masks for arginfo (zend_type_info.h).
pub const MAY_BE_NULL: u32 = 1 << IS_NULL;
pub const MAY_BE_FALSE: u32 = 1 << IS_FALSE;
pub const MAY_BE_TRUE: u32 = 1 << IS_TRUE;
pub const MAY_BE_BOOL: u32 = MAY_BE_FALSE | MAY_BE_TRUE;
pub const MAY_BE_LONG: u32 = 1 << IS_LONG;
pub const MAY_BE_DOUBLE: u32 = 1 << IS_DOUBLE;
pub const MAY_BE_STRING: u32 = 1 << IS_STRING;
pub const MAY_BE_ARRAY: u32 = 1 << IS_ARRAY;
pub const MAY_BE_OBJECT: u32 = 1 << IS_OBJECT;
pub const MAY_BE_RESOURCE: u32 = 1 << IS_RESOURCE;
pub const MAY_BE_VOID: u32 = 1 << 14;
pub const MAY_BE_STATIC: u32 = 1 << 15;
pub const MAY_BE_NEVER: u32 = 1 << 17;
pub const MAY_BE_ANY: u32 = MAY_BE_NULL
    | MAY_BE_BOOL
    | MAY_BE_LONG
    | MAY_BE_DOUBLE
    | MAY_BE_STRING
    | MAY_BE_ARRAY
    | MAY_BE_OBJECT
    | MAY_BE_RESOURCE;
/// The bit that marks `zend_type.ptr` as a class name given as a C string in arginfo:
/// `_ZEND_TYPE_NAME_BIT` up to PHP 8.2, `_ZEND_TYPE_LITERAL_NAME_BIT` from 8.3 (where the name
/// bit means a `zend_string*`). `zend_register_functions()` interns it either way.
#[cfg(not(php83))]
pub const ZEND_TYPE_NAME_BIT: u32 = 1 << 24;
#[cfg(php83)]
pub const ZEND_TYPE_NAME_BIT: u32 = 1 << 23;
/// `_ZEND_SEND_MODE_SHIFT`: by-reference flag position in an arginfo type mask.
pub const ZEND_SEND_MODE_SHIFT: u32 = 25;
/// `_ZEND_IS_VARIADIC_BIT`.
pub const ZEND_IS_VARIADIC_BIT: u32 = 1 << 27;

// Class flags (zend_compile.h).
pub const ZEND_ACC_FINAL: u32 = 1 << 5;
pub const ZEND_ACC_NO_DYNAMIC_PROPERTIES: u32 = 1 << 13;
pub const ZEND_ACC_NOT_SERIALIZABLE: u32 = 1 << 29;
pub const ZEND_ACC_DEPRECATED: u32 = 1 << 11;

// Error levels (zend_errors.h).
pub const E_WARNING: c_int = 1 << 1;
pub const E_NOTICE: c_int = 1 << 3;
pub const E_DEPRECATED: c_int = 1 << 13;

extern "C" {
    /// `zend_parse_parameters()`: PHP's own argument parsing, with weak/strict coercion and the
    /// engine's TypeError/ValueError/ArgumentCountError texts.
    pub fn zend_parse_parameters(num_args: u32, type_spec: *const c_char, ...) -> zend_result;
    pub fn zend_argument_error(
        error_ce: *mut zend_class_entry,
        arg_num: u32,
        format: *const c_char,
        ...
    );
    pub fn zend_argument_type_error(arg_num: u32, format: *const c_char, ...);
    pub fn zend_argument_value_error(arg_num: u32, format: *const c_char, ...);
    pub fn zend_type_error(format: *const c_char, ...);
    pub fn zend_value_error(format: *const c_char, ...);
    pub fn zend_throw_error(exception_ce: *mut zend_class_entry, format: *const c_char, ...);
    pub fn zend_throw_exception(
        exception_ce: *mut zend_class_entry,
        message: *const c_char,
        code: zend_long,
    ) -> *mut zend_object;
    pub fn php_error_docref(docref: *const c_char, type_: c_int, format: *const c_char, ...);
    pub fn zend_error(type_: c_int, format: *const c_char, ...);

    pub fn zend_objects_not_comparable(o1: *mut zval, o2: *mut zval) -> c_int;
    pub fn zend_object_std_init(object: *mut zend_object, ce: *mut zend_class_entry);
    pub fn zend_object_std_dtor(object: *mut zend_object);
    pub fn object_properties_init(object: *mut zend_object, class_type: *mut zend_class_entry);
    pub fn object_init_ex(arg: *mut zval, ce: *mut zend_class_entry) -> zend_result;
    /// `zend_update_property_stringl(scope, object, name, name_len, value, value_len)`.
    pub fn zend_update_property_stringl(
        scope: *mut zend_class_entry,
        object: *mut zend_object,
        name: *const c_char,
        name_length: usize,
        value: *const c_char,
        value_len: usize,
    );
    /// `zend_update_property_long(scope, object, name, name_len, value)`.
    pub fn zend_update_property_long(
        scope: *mut zend_class_entry,
        object: *mut zend_object,
        name: *const c_char,
        name_length: usize,
        value: zend_long,
    );
    pub fn zend_register_internal_class_ex(
        ce: *mut zend_class_entry,
        parent: *mut zend_class_entry,
    ) -> *mut zend_class_entry;
    /// `zend_register_long_constant()` (returns nothing before PHP 8.5).
    #[cfg(not(php85))]
    pub fn zend_register_long_constant(
        name: *const c_char,
        name_len: usize,
        lval: zend_long,
        flags: c_int,
        module_number: c_int,
    );
    /// `zend_register_long_constant()`: from PHP 8.5 it returns the registered constant.
    #[cfg(php85)]
    pub fn zend_register_long_constant(
        name: *const c_char,
        name_len: usize,
        lval: zend_long,
        flags: c_int,
        module_number: c_int,
    ) -> *mut std::ffi::c_void;
    pub static std_object_handlers: zend_object_handlers;
    pub static mut zend_ce_error: *mut zend_class_entry;
    pub static mut zend_ce_exception: *mut zend_class_entry;
    pub static mut zend_ce_value_error: *mut zend_class_entry;
    pub static mut zend_ce_type_error: *mut zend_class_entry;

    pub fn zend_try_assign_typed_ref_null(r: *mut zend_reference) -> zend_result;
    pub fn zend_try_assign_typed_ref_long(r: *mut zend_reference, lval: zend_long) -> zend_result;
    pub fn zend_try_assign_typed_ref_str(
        r: *mut zend_reference,
        s: *mut zend_string,
    ) -> zend_result;
    pub fn zend_try_assign_typed_ref_empty_string(r: *mut zend_reference) -> zend_result;
    pub fn zend_try_assign_typed_ref_arr(
        r: *mut zend_reference,
        arr: *mut zend_array,
    ) -> zend_result;
    pub fn zend_try_assign_typed_ref_zval(r: *mut zend_reference, zv: *mut zval) -> zend_result;

    pub fn _emalloc(size: usize) -> *mut std::ffi::c_void;
    pub fn _erealloc(ptr: *mut std::ffi::c_void, size: usize) -> *mut std::ffi::c_void;
    pub fn _efree(ptr: *mut std::ffi::c_void);
    pub fn _safe_emalloc(nmemb: usize, size: usize, offset: usize) -> *mut std::ffi::c_void;
    pub fn zval_ptr_dtor(zval_ptr: *mut zval);
    pub fn rc_dtor_func(p: *mut std::ffi::c_void);
    pub fn _zend_new_array(size: u32) -> *mut zend_array;
    pub fn zend_hash_next_index_insert(ht: *mut zend_array, data: *mut zval) -> *mut zval;
    pub fn zend_hash_index_update(ht: *mut zend_array, h: u64, data: *mut zval) -> *mut zval;
    pub fn zend_hash_update(
        ht: *mut zend_array,
        key: *mut zend_string,
        data: *mut zval,
    ) -> *mut zval;
    pub fn zend_hash_str_update(
        ht: *mut zend_array,
        key: *const c_char,
        len: usize,
        data: *mut zval,
    ) -> *mut zval;
    pub fn zend_hash_str_find(ht: *const zend_array, key: *const c_char, len: usize) -> *mut zval;
    pub fn zend_hash_clean(ht: *mut zend_array);
    pub fn zend_array_count(ht: *mut zend_array) -> u32;
    pub fn zend_array_destroy(ht: *mut zend_array);
    pub fn zval_get_long_func(op: *mut zval, is_legacy_behavior: bool) -> zend_long;
    /// From PHP 8.4 (used by 8.5's hint checks): `zval_get_long()` that reports failure.
    #[cfg(php84)]
    pub fn zval_try_get_long(op: *mut zval, failed: *mut bool) -> zend_long;
    pub fn zval_get_string_func(op: *mut zval) -> *mut zend_string;
    pub fn zend_get_type_by_const(type_: c_int) -> *const c_char;
    pub fn zend_zval_type_name(arg: *const zval) -> *const c_char;
    /// From PHP 8.3: like `zend_zval_type_name` but `true`/`false` for booleans.
    #[cfg(php83)]
    pub fn zend_zval_value_name(arg: *const zval) -> *const c_char;
    pub fn get_active_function_name() -> *const c_char;
    pub fn php_info_print_table_start();
    pub fn php_info_print_table_end();
    pub fn php_info_print_table_row(num_cols: c_int, ...);
    pub static mut zend_string_init_interned: Option<
        unsafe extern "C" fn(str_: *const c_char, size: usize, permanent: bool) -> *mut zend_string,
    >;
}

// Conversions in place (zend_operators.h), used on by-value argument slots as C does.
extern "C" {
    pub fn convert_to_long(op: *mut zval);
    pub fn convert_to_boolean(op: *mut zval);
    pub fn convert_to_array(op: *mut zval);
}

// ---- PHP streams (main/php_streams.h, main/streams/*.h, main/php_network.h), release-build
// signatures: the `STREAMS_DC` debug arguments exist only in ZEND_DEBUG builds. ----

pub use ext_php_rs::ffi::{php_stream, zend_resource};

/// `IS_RESOURCE_EX`: a refcounted resource zval (`ZVAL_RES`).
pub const IS_RESOURCE_EX: u32 = 9 | (1 << 8);

/// `PHP_STREAM_OPTION_BLOCKING`.
pub const PHP_STREAM_OPTION_BLOCKING: c_int = 1;
/// `PHP_STREAM_OPTION_READ_BUFFER`.
pub const PHP_STREAM_OPTION_READ_BUFFER: c_int = 2;
/// `PHP_STREAM_BUFFER_NONE`.
pub const PHP_STREAM_BUFFER_NONE: c_int = 0;
/// `PHP_STREAM_AS_SOCKETD`.
pub const PHP_STREAM_AS_SOCKETD: c_int = 2;
/// `PHP_STREAM_FREE_CLOSE` (`CALL_DTOR | RELEASE_STREAM`).
pub const PHP_STREAM_FREE_CLOSE: c_int = 1 | 2;
/// `PHP_STREAM_FREE_CLOSE_PERSISTENT` (`FREE_CLOSE | PERSISTENT`).
pub const PHP_STREAM_FREE_CLOSE_PERSISTENT: c_int = PHP_STREAM_FREE_CLOSE | 16;
/// `PHP_STREAM_FREE_KEEP_RSRC`.
pub const PHP_STREAM_FREE_KEEP_RSRC: c_int = 64;

/// `php_netstream_data_t` (php_network.h): the `abstract` of every socket stream, up to PHP 8.4.
#[cfg(not(php85))]
#[repr(C)]
pub struct php_netstream_data_t {
    pub socket: c_int,
    pub is_blocked: c_char,
    pub timeout: libc::timeval,
    pub timeout_event: c_char,
    pub ownsize: usize,
}

/// `php_netstream_data_t` (php_network.h) from PHP 8.5: the two flags are `bool` and sit
/// together before `timeout`.
#[cfg(php85)]
#[repr(C)]
pub struct php_netstream_data_t {
    pub socket: c_int,
    pub is_blocked: bool,
    pub timeout_event: bool,
    pub timeout: libc::timeval,
    pub ownsize: usize,
}

extern "C" {
    pub fn php_file_le_stream() -> c_int;
    pub fn php_file_le_pstream() -> c_int;
    /// `zend_fetch_resource2_ex()`: NULL (and, given a type name, a TypeError) unless `res`
    /// is a live resource of one of the two types.
    pub fn zend_fetch_resource2_ex(
        res: *mut zval,
        resource_type_name: *const c_char,
        resource_type1: c_int,
        resource_type2: c_int,
    ) -> *mut std::ffi::c_void;
    /// `php_stream_free()`.
    pub fn _php_stream_free(stream: *mut php_stream, close_options: c_int) -> c_int;
    /// `php_stream_set_option()`.
    pub fn _php_stream_set_option(
        stream: *mut php_stream,
        option: c_int,
        value: c_int,
        ptrparam: *mut std::ffi::c_void,
    ) -> c_int;
    /// `php_stream_cast()`.
    pub fn _php_stream_cast(
        stream: *mut php_stream,
        castas: c_int,
        ret: *mut *mut std::ffi::c_void,
        show_err: c_int,
    ) -> c_int;
    /// `php_stream_xport_create()`.
    pub fn _php_stream_xport_create(
        name: *const c_char,
        namelen: usize,
        options: c_int,
        flags: c_int,
        persistent_id: *const c_char,
        timeout: *mut libc::timeval,
        context: *mut ext_php_rs::ffi::php_stream_context,
        error_string: *mut *mut zend_string,
        error_code: *mut c_int,
    ) -> *mut php_stream;
    /// `php_stream_sock_open_from_socket()`.
    pub fn _php_stream_sock_open_from_socket(
        socket: c_int,
        persistent_id: *const c_char,
    ) -> *mut php_stream;
    /// `zend_ini_long()`: an INI setting's current value (`FG(default_socket_timeout)` is the
    /// `default_socket_timeout` setting).
    pub fn zend_ini_long(name: *const c_char, name_length: usize, orig: c_int) -> zend_long;
}

// Used by the msg family (conversions.c): numeric strings, string conversion, streams from
// received descriptors.
extern "C" {
    pub fn _is_numeric_string_ex(
        str_: *const c_char,
        length: usize,
        lval: *mut zend_long,
        dval: *mut f64,
        allow_errors: bool,
        oflow_info: *mut c_int,
        trailing_data: *mut bool,
    ) -> u8;
    pub fn zend_dval_to_lval_slow(d: f64) -> zend_long;
    /// From PHP 8.5: the warning `zend_dval_to_lval()` gives for a float no int can hold.
    #[cfg(php85)]
    pub fn zend_oob_double_to_long_error(d: f64);
    pub fn zval_try_get_string_func(op: *mut zval) -> *mut zend_string;
    /// `php_stream_fopen_from_fd()` (release build: no STREAMS_DC arguments).
    pub fn _php_stream_fopen_from_fd(
        fd: c_int,
        mode: *const c_char,
        persistent_id: *const c_char,
        zero_position: bool,
    ) -> *mut php_stream;
}

/// `PHP_STREAM_AS_FD`.
pub const PHP_STREAM_AS_FD: c_int = 1;
/// `REPORT_ERRORS`.
pub const REPORT_ERRORS: c_int = 8;
/// `HASH_FLAG_PACKED`.
pub const HASH_FLAG_PACKED: u32 = 1 << 2;

// Used by RSockets\SocketClient.
extern "C" {
    /// `spl_ce_RuntimeException` (ext/spl, always built in).
    pub static mut spl_ce_RuntimeException: *mut zend_class_entry;
}

// io/select family.
extern "C" {
    /// `zend_wrong_param_count()`: ArgumentCountError "Wrong parameter count for f()"
    /// (`WRONG_PARAM_COUNT`).
    pub fn zend_wrong_param_count();
    /// `_php_emit_fd_setsize_warning()` (main/network.c): the FD_SETSIZE warning of
    /// `PHP_SAFE_MAX_FD`.
    pub fn _php_emit_fd_setsize_warning(max_fd: c_int);
}

// Module registration (zend_API.h, zend_modules.h, main/php.h).
pub use ext_php_rs::ffi::zend_module_entry;

/// `zend_module_dep` (`ZEND_MOD_REQUIRED` and friends).
#[repr(C)]
pub struct zend_module_dep {
    pub name: *const c_char,
    pub rel: *const c_char,
    pub version: *const c_char,
    pub type_: u8,
}
// SAFETY: dependency tables are immutable static data.
unsafe impl Sync for zend_module_dep {}
/// `MODULE_DEP_REQUIRED`.
pub const MODULE_DEP_REQUIRED: u8 = 1;

extern "C" {
    /// `zend_register_internal_module()`: gives the module a number, registers it (and its
    /// functions) as `MODULE_PERSISTENT`; NULL when a module of that name is already loaded.
    pub fn zend_register_internal_module(module: *mut zend_module_entry) -> *mut zend_module_entry;
    /// `zend_get_module_version()`: the version a loaded module reports (`phpversion()`).
    pub fn zend_get_module_version(module_name: *const c_char) -> *const c_char;
    /// `php_get_module_initialized()`: true once `php_module_startup()` has finished, i.e. when
    /// an extension is being loaded by `dl()` rather than by `extension=`.
    pub fn php_get_module_initialized() -> bool;
    /// `zend_register_string_constant()` (returns nothing before PHP 8.5).
    #[cfg(not(php85))]
    pub fn zend_register_string_constant(
        name: *const c_char,
        name_len: usize,
        strval: *const c_char,
        flags: c_int,
        module_number: c_int,
    );
    /// `zend_register_string_constant()`: from PHP 8.5 it returns the registered constant.
    #[cfg(php85)]
    pub fn zend_register_string_constant(
        name: *const c_char,
        name_len: usize,
        strval: *const c_char,
        flags: c_int,
        module_number: c_int,
    ) -> *mut std::ffi::c_void;
}
/// `CONST_PERSISTENT` (`CONST_CS` is 0 since PHP 8).
pub const CONST_PERSISTENT: c_int = 1;
