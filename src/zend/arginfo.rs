//! Function tables with C-identical arginfo: union return types (`Socket|false`), class-typed
//! and by-reference parameters, defaults shown as source text (`PHP_BINARY_READ`). This is what
//! `ZEND_BEGIN_ARG_WITH_RETURN_*` / `ZEND_ARG_*` produce in `sockets_arginfo.h`; the engine's
//! `zend_register_functions()` turns the class names into interned strings as it does for C.

use std::ffi::CStr;
use std::os::raw::c_char;
use std::ptr;

use ext_php_rs::ffi::{zend_function_entry, zend_internal_arg_info, zend_type};

use super::sys::{self, zend_execute_data, zval};

/// `zif_handler`.
pub type Handler = unsafe extern "C" fn(*mut zend_execute_data, *mut zval);

/// One parameter (`ZEND_ARG_TYPE_INFO`, `ZEND_ARG_OBJ_INFO`, `ZEND_ARG_INFO`, ...).
#[derive(Clone, Copy)]
pub struct Arg {
    name: &'static CStr,
    mask: u32,
    class: Option<&'static CStr>,
    default: Option<&'static CStr>,
}

impl Arg {
    /// A parameter of the given `MAY_BE_*` mask (0 = untyped).
    pub const fn new(name: &'static CStr, mask: u32) -> Self {
        Arg {
            name,
            mask,
            class: None,
            default: None,
        }
    }
    /// `int $name`.
    pub const fn long(name: &'static CStr) -> Self {
        Self::new(name, sys::MAY_BE_LONG)
    }
    /// `string $name`.
    pub const fn string(name: &'static CStr) -> Self {
        Self::new(name, sys::MAY_BE_STRING)
    }
    /// `array $name`.
    pub const fn array(name: &'static CStr) -> Self {
        Self::new(name, sys::MAY_BE_ARRAY)
    }
    /// `bool $name`.
    pub const fn bool(name: &'static CStr) -> Self {
        Self::new(name, sys::MAY_BE_BOOL)
    }
    /// `mixed $name`.
    pub const fn mixed(name: &'static CStr) -> Self {
        Self::new(name, sys::MAY_BE_ANY)
    }
    /// An object of class `class` (`ZEND_ARG_OBJ_INFO`).
    pub const fn obj(name: &'static CStr, class: &'static CStr) -> Self {
        Arg {
            name,
            mask: sys::ZEND_TYPE_NAME_BIT,
            class: Some(class),
            default: None,
        }
    }
    /// Untyped by-reference parameter (`ZEND_ARG_INFO(1, name)`).
    pub const fn by_ref(name: &'static CStr) -> Self {
        Self::new(name, 1 << sys::ZEND_SEND_MODE_SHIFT)
    }
    /// Makes the parameter pass by reference.
    pub const fn reference(mut self) -> Self {
        self.mask |= 1 << sys::ZEND_SEND_MODE_SHIFT;
        self
    }
    /// Allows `null` (`?type`).
    pub const fn nullable(mut self) -> Self {
        self.mask |= sys::MAY_BE_NULL;
        self
    }
    /// Adds types to the mask (for unions such as `array|string`).
    pub const fn or(mut self, mask: u32) -> Self {
        self.mask |= mask;
        self
    }
    /// Variadic (`...$name`).
    pub const fn variadic(mut self) -> Self {
        self.mask |= sys::ZEND_IS_VARIADIC_BIT;
        self
    }
    /// The default value as Reflection shows it (`"0"`, `"null"`, `"PHP_BINARY_READ"`).
    pub const fn default(mut self, text: &'static CStr) -> Self {
        self.default = Some(text);
        self
    }
}

/// The return type of a function.
#[derive(Clone, Copy)]
pub struct Ret {
    mask: u32,
    class: Option<&'static CStr>,
}

impl Ret {
    /// A `MAY_BE_*` mask, e.g. `MAY_BE_LONG | MAY_BE_FALSE`.
    pub const fn mask(mask: u32) -> Self {
        Ret { mask, class: None }
    }
    /// `bool`.
    pub const fn bool() -> Self {
        Self::mask(sys::MAY_BE_BOOL)
    }
    /// `void`.
    pub const fn void() -> Self {
        Self::mask(sys::MAY_BE_VOID)
    }
    /// A class, plus extra types (e.g. `Socket|false`).
    pub const fn obj(class: &'static CStr, extra: u32) -> Self {
        Ret {
            mask: sys::ZEND_TYPE_NAME_BIT | extra,
            class: Some(class),
        }
    }
}

/// One function: `ZEND_FE(name, arginfo)` or `ZEND_FALIAS`.
#[derive(Clone, Copy)]
pub struct Func {
    pub name: &'static CStr,
    pub handler: Handler,
    pub required: u32,
    pub ret: Ret,
    pub args: &'static [Arg],
    pub flags: u32,
}

impl Func {
    pub const fn new(
        name: &'static CStr,
        handler: Handler,
        required: u32,
        ret: Ret,
        args: &'static [Arg],
    ) -> Self {
        Func {
            name,
            handler,
            required,
            ret,
            args,
            flags: 0,
        }
    }
}

fn ztype(mask: u32, class: Option<&'static CStr>) -> zend_type {
    zend_type {
        ptr: class.map_or(ptr::null_mut(), |c| c.as_ptr() as *mut _),
        type_mask: mask,
    }
}

fn cstr_ptr(s: Option<&'static CStr>) -> *const c_char {
    s.map_or(ptr::null(), |c| c.as_ptr())
}

/// Builds the `zend_function_entry[]` (NULL-terminated) for `funcs`. The arginfo arrays live
/// for the life of the process, as C's static ones do.
pub fn build_table(funcs: &[Func]) -> *const zend_function_entry {
    let mut table: Vec<zend_function_entry> = Vec::with_capacity(funcs.len() + 1);
    for f in funcs {
        let mut info: Vec<zend_internal_arg_info> = Vec::with_capacity(f.args.len() + 1);
        // ZEND_BEGIN_ARG_*: the first entry carries required_num_args and the return type.
        info.push(zend_internal_arg_info {
            name: f.required as usize as *const c_char,
            type_: ztype(f.ret.mask, f.ret.class),
            default_value: ptr::null(),
        });
        for a in f.args {
            info.push(zend_internal_arg_info {
                name: a.name.as_ptr(),
                type_: ztype(a.mask, a.class),
                default_value: cstr_ptr(a.default),
            });
        }
        let info: &'static [zend_internal_arg_info] = Box::leak(info.into_boxed_slice());
        table.push(zend_function_entry {
            fname: f.name.as_ptr(),
            handler: Some(f.handler),
            arg_info: info.as_ptr(),
            num_args: f.args.len() as u32,
            flags: f.flags,
            #[cfg(php84)]
            frameless_function_infos: ptr::null(),
            #[cfg(php84)]
            doc_comment: ptr::null(),
        });
    }
    // ZEND_FE_END
    // SAFETY: an all-zero entry terminates the table.
    table.push(unsafe { std::mem::zeroed() });
    Box::leak(table.into_boxed_slice()).as_ptr()
}
