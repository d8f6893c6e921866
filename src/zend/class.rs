//! Registering internal classes the way `register_class_*()` in a C extension's arginfo does,
//! and the object plumbing (`zend_object_alloc`, handler tables) for objects that embed a
//! `zend_object` at the end of a Rust struct.

use std::cell::UnsafeCell;
use std::ffi::CStr;
use std::mem::MaybeUninit;
use std::os::raw::c_int;
use std::ptr;
use std::sync::atomic::{AtomicPtr, Ordering};

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
    register_class_with_methods(name, parent, flags, ptr::null())
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
    // From PHP 8.3 objects take their handlers from the class (`zend_objects_new()`), and
    // INIT_CLASS_ENTRY starts every class on the standard table.
    #[cfg(php83)]
    {
        ce.default_object_handlers = &raw const sys::std_object_handlers;
    }
    let ce = sys::zend_register_internal_class_ex(&mut ce, parent);
    (*ce).ce_flags |= flags;
    ce
}

/// Where a class entry is kept once registered (`zend_class_entry *x_ce` in C): written in MINIT,
/// read by the handlers.
pub struct CeSlot(AtomicPtr<zend_class_entry>);

impl CeSlot {
    pub const fn new() -> Self {
        CeSlot(AtomicPtr::new(ptr::null_mut()))
    }

    /// The class entry; null before MINIT.
    #[inline]
    pub fn get(&self) -> *mut zend_class_entry {
        self.0.load(Ordering::Relaxed)
    }

    /// Keeps `ce` (MINIT).
    pub fn set(&self, ce: *mut zend_class_entry) {
        self.0.store(ce, Ordering::Relaxed);
    }
}

impl Default for CeSlot {
    fn default() -> Self {
        Self::new()
    }
}

/// Where a class registered by [`register_object_class`] keeps its class entry and handler
/// table (in static memory, as C's `static zend_object_handlers`, so nothing is left to free at
/// unload).
pub struct ClassSlot {
    ce: CeSlot,
    handlers: UnsafeCell<MaybeUninit<sys::zend_object_handlers>>,
}

// SAFETY: both fields are written once, in MINIT, before any other thread can see them.
unsafe impl Sync for ClassSlot {}

impl ClassSlot {
    pub const fn new() -> Self {
        ClassSlot {
            ce: CeSlot::new(),
            handlers: UnsafeCell::new(MaybeUninit::uninit()),
        }
    }

    /// The class entry (`socket_ce`, `address_info_ce`); null before MINIT.
    #[inline]
    pub fn ce(&self) -> *mut zend_class_entry {
        self.ce.get()
    }

    /// The handler table (initialised by `register_object_class`).
    #[inline]
    fn handlers(&self) -> *mut sys::zend_object_handlers {
        self.handlers.get().cast()
    }
}

impl Default for ClassSlot {
    fn default() -> Self {
        Self::new()
    }
}

/// A `#[repr(C)]` struct whose last field is the `zend_object` of its PHP object, as C's
/// `php_socket` and `php_addrinfo`.
///
/// # Safety
/// `OFFSET` must be the offset of that trailing `zend_object` field, the all-zero bit pattern
/// must be a valid `Self` (create_object zeroes the block before [`init`](Self::init)), and the
/// class must declare no properties.
pub unsafe trait EmbedsObject: Sized + 'static {
    /// `XtOffsetOf(php_x, std)`.
    const OFFSET: usize;
    /// The class entry and handler table.
    fn slot() -> &'static ClassSlot;
    /// create_object's initialisation of the fields that do not start at zero.
    fn init(&mut self) {}
    /// free_obj's release of what the struct owns, before `zend_object_std_dtor`.
    fn release(&mut self) {}
}

/// An [`EmbedsObject`] whose class cannot be instantiated with `new` ([`register_final`]).
pub trait NotConstructible: EmbedsObject {
    /// The Error thrown by `new` (the `get_constructor` handler).
    const NO_CONSTRUCTOR: &'static str;
}

/// `x_from_obj()`: the struct around an object of a class registered for `T`.
///
/// # Safety
/// `obj` must be an object of that class.
#[inline]
pub unsafe fn from_obj<'a, T: EmbedsObject>(obj: *mut zend_object) -> &'a mut T {
    &mut *((obj as *mut u8).sub(T::OFFSET) as *mut T)
}

/// `x_create_object()`: a zeroed `T` with its `zend_object` initialised, then `T::init`.
unsafe extern "C" fn create_object<T: EmbedsObject>(ce: *mut zend_class_entry) -> *mut zend_object {
    let block = alloc_object(std::mem::size_of::<T>(), T::OFFSET, ce);
    let obj = block.add(T::OFFSET) as *mut zend_object;
    (*obj).handlers = T::slot().handlers();
    (*(block as *mut T)).init();
    obj
}

/// `x_get_constructor()`: `new` throws.
unsafe extern "C" fn get_constructor<T: NotConstructible>(
    _obj: *mut zend_object,
) -> *mut sys::zend_function {
    no_constructor(T::NO_CONSTRUCTOR)
}

/// `x_free_obj()`: `T::release`, then `zend_object_std_dtor`.
unsafe extern "C" fn free_obj<T: EmbedsObject>(obj: *mut zend_object) {
    from_obj::<T>(obj).release();
    sys::zend_object_std_dtor(obj);
}

/// Registers `name` (extending `parent` when not null, with `ce_flags |= flags` and the methods
/// of `methods`, null for none) as a class whose objects are `T`s: `create_object`, and a handler
/// table copied from `std_object_handlers` with `offset`, `free_obj` and no `clone_obj` (as
/// `register_class_X()` plus the handlers a C extension installs in MINIT). Returns the handler
/// table for further handlers.
///
/// # Safety
/// Call during MINIT only, once per `T`; `methods` must live for the process.
pub unsafe fn register_object_class<T: EmbedsObject>(
    name: &CStr,
    parent: *mut zend_class_entry,
    flags: u32,
    methods: *const ext_php_rs::ffi::zend_function_entry,
) -> &'static mut sys::zend_object_handlers {
    let ce = register_class_with_methods(name, parent, flags, methods);
    (*ce).__bindgen_anon_2.create_object = Some(create_object::<T>);
    let slot = T::slot();
    let h = &mut *slot.handlers();
    ptr::copy_nonoverlapping(&raw const sys::std_object_handlers, h, 1);
    h.offset = T::OFFSET as c_int;
    h.free_obj = Some(free_obj::<T>);
    h.clone_obj = None;
    // `x_ce->default_object_handlers = &x_object_handlers` (C, from PHP 8.3).
    #[cfg(php83)]
    {
        (*ce).default_object_handlers = h;
    }
    slot.ce.set(ce);
    h
}

/// Registers `name` as a final class without dynamic properties that cannot be serialized,
/// constructed with `new`, cloned or compared, whose objects are `T`s (`register_class_X()` plus
/// the handlers sockets.c installs in MINIT). Returns the handler table for further handlers.
///
/// # Safety
/// Call during MINIT only, once per `T`.
pub unsafe fn register_final<T: NotConstructible>(
    name: &CStr,
) -> &'static mut sys::zend_object_handlers {
    let h = register_object_class::<T>(
        name,
        ptr::null_mut(),
        sys::ZEND_ACC_FINAL | sys::ZEND_ACC_NO_DYNAMIC_PROPERTIES | sys::ZEND_ACC_NOT_SERIALIZABLE,
        ptr::null(),
    );
    h.get_constructor = Some(get_constructor::<T>);
    h.compare = Some(sys::zend_objects_not_comparable);
    h
}
