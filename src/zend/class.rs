//! Registering internal classes the way `register_class_*()` in a C extension's arginfo does,
//! and the object plumbing (`zend_object_alloc`, handler tables) for objects that embed a
//! `zend_object` at the end of a Rust struct.

use std::ffi::CStr;
use std::ptr;

use super::sys::{self, zend_class_entry, zend_object};

/// `INIT_CLASS_ENTRY` + `zend_register_internal_class_ex(&ce, parent)`, then `ce_flags |= flags`.
///
/// # Safety
/// Call during MINIT only.
pub unsafe fn register_class(
    name: &CStr,
    parent: *mut zend_class_entry,
    flags: u32,
) -> *mut zend_class_entry {
    let mut ce: zend_class_entry = std::mem::zeroed();
    let init = sys::zend_string_init_interned.expect("interned string handler set before MINIT");
    ce.name = init(name.as_ptr(), name.to_bytes().len(), true);
    let ce = sys::zend_register_internal_class_ex(&mut ce, parent);
    (*ce).ce_flags |= flags;
    ce
}

/// `zend_object_alloc(size, ce)` + `zend_object_std_init` + `object_properties_init`: a zeroed
/// block of `size` bytes whose `zend_object` sits at `offset`.
///
/// # Safety
/// `offset` must be the offset of the trailing `zend_object` in a `#[repr(C)]` struct of `size`
/// bytes, and the class must declare no properties (the struct's one `properties_table` slot is
/// all the room there is).
pub unsafe fn alloc_object(size: usize, offset: usize, ce: *mut zend_class_entry) -> *mut u8 {
    let block = sys::_emalloc(size) as *mut u8;
    ptr::write_bytes(block, 0, size);
    let obj = block.add(offset) as *mut zend_object;
    sys::zend_object_std_init(obj, ce);
    sys::object_properties_init(obj, ce);
    block
}

/// A handler table copied from `std_object_handlers`, kept for the life of the process.
///
/// # Safety
/// Call during MINIT only; the returned table is then patched and never moved.
pub unsafe fn std_handlers() -> &'static mut sys::zend_object_handlers {
    Box::leak(Box::new(ptr::read(&sys::std_object_handlers)))
}

/// `get_constructor` handler body for classes that cannot be instantiated with `new`.
pub fn no_constructor(msg: &str) -> *mut sys::zend_function {
    super::error::throw_error(msg);
    ptr::null_mut()
}

/// [`register_class`] with a method table (`INIT_CLASS_ENTRY(ce, name, methods)`).
///
/// # Safety
/// Call during MINIT only; `methods` must live for the process.
pub unsafe fn register_class_with_methods(
    name: &CStr,
    parent: *mut zend_class_entry,
    flags: u32,
    methods: *const ext_php_rs::ffi::zend_function_entry,
) -> *mut zend_class_entry {
    let mut ce: zend_class_entry = std::mem::zeroed();
    let init = sys::zend_string_init_interned.expect("interned string handler set before MINIT");
    ce.name = init(name.as_ptr(), name.to_bytes().len(), true);
    ce.info.internal.builtin_functions = methods;
    let ce = sys::zend_register_internal_class_ex(&mut ce, parent);
    (*ce).ce_flags |= flags;
    ce
}
