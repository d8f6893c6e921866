//! Warnings and exceptions as the C extension raises them: `php_error_docref()` for warnings
//! (so `@`, handlers and the `func(): ` prefix behave the same) and the engine's own throw
//! helpers for Error/ValueError/TypeError.

use std::ffi::CString;
use std::os::raw::c_char;

use super::sys;

fn cstring(msg: &str) -> CString {
    CString::new(msg.replace('\0', "\\0")).unwrap_or_default()
}

/// `php_error_docref(NULL, E_WARNING, "%s", msg)`.
#[cold]
#[inline(never)]
pub fn warning(msg: &str) {
    let m = cstring(msg);
    // SAFETY: "%s" with one C string argument.
    unsafe { sys::php_error_docref(std::ptr::null(), sys::E_WARNING, c"%s".as_ptr(), m.as_ptr()) };
}

/// `php_error_docref(NULL, E_NOTICE, ...)`.
#[cold]
#[inline(never)]
pub fn notice(msg: &str) {
    let m = cstring(msg);
    // SAFETY: as for `warning`.
    unsafe { sys::php_error_docref(std::ptr::null(), sys::E_NOTICE, c"%s".as_ptr(), m.as_ptr()) };
}

/// `php_error_docref(NULL, E_DEPRECATED, ...)`.
#[cold]
#[inline(never)]
pub fn deprecated(msg: &str) {
    let m = cstring(msg);
    // SAFETY: as for `warning`.
    unsafe {
        sys::php_error_docref(
            std::ptr::null(),
            sys::E_DEPRECATED,
            c"%s".as_ptr(),
            m.as_ptr(),
        )
    };
}

/// `zend_argument_value_error(arg, "...")`: `f(): Argument #N ($name) ...` as ValueError.
#[cold]
#[inline(never)]
pub fn argument_value_error(arg: u32, msg: &str) {
    let m = cstring(msg);
    // SAFETY: "%s" with one C string argument.
    unsafe { sys::zend_argument_value_error(arg, c"%s".as_ptr(), m.as_ptr()) };
}

/// The name a TypeError gives for a value: `zend_zval_value_name()` from PHP 8.3 (`true`,
/// `false`, a class name, `int`...), `zend_zval_type_name()` before (`bool` for both booleans).
///
/// # Safety
/// `zv` must be a valid zval.
pub unsafe fn value_name(zv: *const sys::zval) -> *const std::os::raw::c_char {
    #[cfg(php83)]
    return sys::zend_zval_value_name(zv);
    #[cfg(not(php83))]
    return sys::zend_zval_type_name(zv);
}

/// The same as an owned string, for messages built with `format!`.
///
/// # Safety
/// `zv` must be a valid zval.
pub unsafe fn value_name_string(zv: *const sys::zval) -> String {
    std::ffi::CStr::from_ptr(value_name(zv))
        .to_string_lossy()
        .into_owned()
}

/// `zend_argument_type_error(arg, "...")`.
#[cold]
#[inline(never)]
pub fn argument_type_error(arg: u32, msg: &str) {
    let m = cstring(msg);
    // SAFETY: as above.
    unsafe { sys::zend_argument_type_error(arg, c"%s".as_ptr(), m.as_ptr()) };
}

/// `zend_argument_error(NULL, arg, "...")`: the same prefix, thrown as `Error`.
#[cold]
#[inline(never)]
pub fn argument_error(arg: u32, msg: &str) {
    let m = cstring(msg);
    // SAFETY: as above; a NULL class means Error.
    unsafe { sys::zend_argument_error(std::ptr::null_mut(), arg, c"%s".as_ptr(), m.as_ptr()) };
}

/// `zend_value_error("...")`.
#[cold]
#[inline(never)]
pub fn value_error(msg: &str) {
    let m = cstring(msg);
    // SAFETY: as above.
    unsafe { sys::zend_value_error(c"%s".as_ptr(), m.as_ptr()) };
}

/// `zend_type_error("...")`.
#[cold]
#[inline(never)]
pub fn type_error(msg: &str) {
    let m = cstring(msg);
    // SAFETY: as above.
    unsafe { sys::zend_type_error(c"%s".as_ptr(), m.as_ptr()) };
}

/// `zend_throw_error(NULL, "...")`: an `Error`.
#[cold]
#[inline(never)]
pub fn throw_error(msg: &str) {
    let m = cstring(msg);
    // SAFETY: as above.
    unsafe { sys::zend_throw_error(std::ptr::null_mut(), c"%s".as_ptr(), m.as_ptr()) };
}

/// `zend_throw_exception(ce, msg, code)`.
///
/// # Safety
/// `ce` must be a registered Throwable class.
#[cold]
#[inline(never)]
pub unsafe fn throw(ce: *mut sys::zend_class_entry, msg: &str, code: i64) {
    let m = cstring(msg);
    sys::zend_throw_exception(ce, m.as_ptr() as *const c_char, code);
}

/// An exception object of class `ce` with `message` and `code`, not thrown (what
/// `zend_throw_exception` builds before throwing it): file and line are the current call's.
///
/// # Safety
/// `ce` must be a registered subclass of `Exception`.
pub unsafe fn exception_object(ce: *mut sys::zend_class_entry, msg: &str, code: i64) -> sys::zval {
    let mut z = super::value::undef();
    sys::object_init_ex(&mut z, ce);
    let obj = z.value.obj;
    let scope = sys::zend_ce_exception;
    sys::zend_update_property_stringl(
        scope,
        obj,
        c"message".as_ptr(),
        7,
        msg.as_ptr().cast(),
        msg.len(),
    );
    sys::zend_update_property_long(scope, obj, c"code".as_ptr(), 4, code);
    z
}

/// Runs a handler body, turning a Rust panic into a PHP `Error` instead of unwinding into
/// the engine (which would abort the process).
#[inline]
pub fn guard<F: FnOnce()>(f: F) {
    if let Err(p) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        report_panic(p);
    }
}

/// The cold half of [`guard`], out of line so that handlers keep a small frame.
#[cold]
#[inline(never)]
fn report_panic(p: Box<dyn std::any::Any + Send>) {
    {
        let what = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        throw_error(&format!("rsockets internal error: {what}"));
    }
}

/// `php_error_docref(NULL, E_WARNING, "%s", msg)` for a message of arbitrary bytes (not
/// necessarily UTF-8); as with C's `%s`, it ends at the first NUL.
pub fn warning_bytes(msg: &[u8]) {
    let end = msg.iter().position(|&b| b == 0).unwrap_or(msg.len());
    let m = CString::new(&msg[..end]).unwrap_or_default();
    // SAFETY: "%s" with one C string argument.
    unsafe { sys::php_error_docref(std::ptr::null(), sys::E_WARNING, c"%s".as_ptr(), m.as_ptr()) };
}
