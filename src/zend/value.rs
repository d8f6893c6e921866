//! Building and reading zvals the way the Zend macros do (`ZVAL_*`, `RETURN_*`,
//! `ZEND_TRY_ASSIGN_REF_*`), with binary-safe strings.
//!
//! ext-php-rs gives `zval` a `Drop` that releases the value. A zval handed to the engine
//! (return slot, array, reference) changes owner, so every such move here goes through
//! [`give`], which writes it and forgets the Rust copy.
//!
//! The `*mut zend_string` / `*mut zend_array` arguments taken by the safe functions here come
//! from this module's allocators (`zstr_alloc`, `new_array`) or from the engine; like the C
//! macros they stand for, these functions trust them.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use std::os::raw::c_char;
use std::ptr;

use super::sys::{self, zend_array, zend_long, zend_string, zval};

/// `_ZSTR_HEADER_SIZE`: offset of `val` in `zend_string`.
const ZSTR_HEADER: usize = std::mem::offset_of!(zend_string, val);

/// `zend_string_alloc(len, 0)`: an uninitialised request-lifetime string of `len` bytes,
/// NUL-terminated, refcount 1.
pub fn zstr_alloc(len: usize) -> *mut zend_string {
    // ZEND_MM_ALIGNED_SIZE(_ZSTR_STRUCT_SIZE(len)); `_safe_emalloc` bails out on overflow as C does.
    // SAFETY: the engine allocator returns a block at least that large or bails out.
    unsafe {
        let s = sys::_safe_emalloc(1, (len + ZSTR_HEADER + 1 + 7) & !7, 0) as *mut zend_string;
        (*s).gc.refcount = 1;
        (*s).gc.u.type_info = sys::GC_STRING;
        (*s).h = 0;
        (*s).len = len;
        *((*s).val.as_mut_ptr().add(len)) = 0;
        s
    }
}

/// `zend_string_init(bytes, len, 0)`.
pub fn zstr_new(bytes: &[u8]) -> *mut zend_string {
    let s = zstr_alloc(bytes.len());
    // SAFETY: `s` has room for `bytes.len()` bytes.
    unsafe { ptr::copy_nonoverlapping(bytes.as_ptr(), zstr_data(s), bytes.len()) };
    s
}

/// `ZSTR_VAL(s)` as a byte pointer.
///
/// # Safety
/// `s` must be a valid string.
pub unsafe fn zstr_data(s: *mut zend_string) -> *mut u8 {
    (*s).val.as_mut_ptr() as *mut u8
}

/// The bytes of a zend_string.
///
/// # Safety
/// `s` must be valid for `'a`.
pub unsafe fn zstr_bytes<'a>(s: *const zend_string) -> &'a [u8] {
    std::slice::from_raw_parts((*s).val.as_ptr() as *const u8, (*s).len)
}

/// `zend_string_truncate()` for a fresh, unshared string: `erealloc` to the aligned size of
/// `len` (the allocator moves it to a smaller bin or trims its pages, as for C's strings),
/// then the new length and terminating NUL.
pub fn zstr_truncate(s: *mut zend_string, len: usize) -> *mut zend_string {
    // SAFETY: `s` is a fresh, unshared string we own, at least `len` long.
    unsafe {
        let s = sys::_erealloc(s.cast(), (len + ZSTR_HEADER + 1 + 7) & !7) as *mut zend_string;
        (*s).len = len;
        *zstr_data(s).add(len) = 0;
        s
    }
}

/// `zend_string_efree()` for a string that was never shared.
pub fn zstr_free(s: *mut zend_string) {
    // SAFETY: the caller passes a fresh string of refcount 1.
    unsafe { sys::_efree(s.cast()) }
}

extern "C" {
    static zend_empty_string: *mut zend_string;
}

/// Type tag of a zval (`Z_TYPE_P`).
///
/// # Safety
/// `zv` must be valid.
#[inline]
pub unsafe fn ztype(zv: *const zval) -> u8 {
    (*zv).u1.v.type_
}

/// `ZVAL_DEREF`.
///
/// # Safety
/// `zv` must be valid.
#[inline]
pub unsafe fn deref(zv: *mut zval) -> *mut zval {
    if ztype(zv) == sys::IS_REFERENCE {
        &mut (*(*zv).value.ref_).val
    } else {
        zv
    }
}

#[inline]
fn set_type(zv: &mut zval, type_info: u32) {
    zv.u1.type_info = type_info;
}

/// A zval holding nothing (`IS_UNDEF`).
pub fn undef() -> zval {
    // SAFETY: all-zero is IS_UNDEF.
    unsafe { std::mem::zeroed() }
}

pub fn null() -> zval {
    let mut z = undef();
    set_type(&mut z, sys::IS_NULL as u32);
    z
}

pub fn bool_(b: bool) -> zval {
    let mut z = undef();
    set_type(&mut z, if b { sys::IS_TRUE } else { sys::IS_FALSE } as u32);
    z
}

pub fn long(l: zend_long) -> zval {
    let mut z = undef();
    z.value.lval = l;
    set_type(&mut z, sys::IS_LONG as u32);
    z
}

/// `ZVAL_STR`: takes ownership of `s`.
pub fn zstr(s: *mut zend_string) -> zval {
    let mut z = undef();
    z.value.str_ = s;
    // SAFETY: `s` is a valid string; interned strings are not refcounted.
    let interned = unsafe { (*s).gc.u.type_info & sys::GC_IMMUTABLE != 0 };
    set_type(
        &mut z,
        if interned {
            sys::IS_STRING as u32
        } else {
            sys::IS_STRING_EX
        },
    );
    z
}

/// `ZVAL_STRINGL`: a binary-safe copy of `bytes`.
pub fn string(bytes: &[u8]) -> zval {
    if bytes.is_empty() {
        return empty_string();
    }
    zstr(zstr_new(bytes))
}

/// `ZVAL_EMPTY_STRING`.
pub fn empty_string() -> zval {
    // SAFETY: the engine's interned empty string lives for the process.
    zstr(unsafe { zend_empty_string })
}

/// `ZVAL_ARR`: takes ownership of `arr`.
pub fn array(arr: *mut zend_array) -> zval {
    let mut z = undef();
    z.value.arr = arr;
    set_type(&mut z, sys::IS_ARRAY_EX);
    z
}

/// `zend_new_array(n)`.
pub fn new_array(n: u32) -> *mut zend_array {
    // SAFETY: plain allocation.
    unsafe { sys::_zend_new_array(n) }
}

/// Moves `v` into `dst` without releasing what `dst` held (`ZVAL_COPY_VALUE`).
///
/// # Safety
/// `dst` must be writable and hold nothing that needs releasing.
#[inline]
pub unsafe fn give(dst: *mut zval, v: zval) {
    ptr::write(dst, v);
}

/// `add_next_index_zval`: moves `v` into `arr`.
pub fn push(arr: *mut zend_array, v: zval) {
    let mut v = std::mem::ManuallyDrop::new(v);
    // SAFETY: `arr` is a valid, unshared array; the hash takes ownership of `v`.
    unsafe { sys::zend_hash_next_index_insert(arr, &mut *v) };
}

/// `add_assoc_zval_ex`: moves `v` into `arr` under `key`.
pub fn insert(arr: *mut zend_array, key: &str, v: zval) {
    let mut v = std::mem::ManuallyDrop::new(v);
    // SAFETY: as for `push`.
    unsafe { sys::zend_hash_str_update(arr, key.as_ptr() as *const c_char, key.len(), &mut *v) };
}

/// `add_index_zval`: moves `v` into `arr` under integer `key`.
pub fn insert_index(arr: *mut zend_array, key: u64, v: zval) {
    let mut v = std::mem::ManuallyDrop::new(v);
    // SAFETY: as for `push`.
    unsafe { sys::zend_hash_index_update(arr, key, &mut *v) };
}

/// Writes `v` into the return slot (`RETVAL_*`). The slot is IS_NULL on entry, as the engine
/// guarantees for internal functions, so nothing is released.
///
/// # Safety
/// `rv` must be the function's return value.
#[inline]
pub unsafe fn ret(rv: *mut zval, v: zval) {
    give(rv, v);
}

/// `ZEND_TRY_ASSIGN_REF_*`: assigns `v` through the by-reference argument `zv`, honouring typed
/// references (a TypeError instead of a string in an `int` property). Takes ownership of `v`.
///
/// # Safety
/// `zv` must be a by-reference argument (a zval of type IS_REFERENCE) or a plain zval.
pub unsafe fn assign_ref(zv: *mut zval, v: zval) {
    let mut v = std::mem::ManuallyDrop::new(v);
    let mut target = zv;
    if ztype(zv) == sys::IS_REFERENCE {
        let r = (*zv).value.ref_;
        if !(*r).sources.ptr.is_null() {
            // ZEND_REF_HAS_TYPE_SOURCES: let the engine check and coerce (it consumes `v`).
            sys::zend_try_assign_typed_ref_zval(r, &mut *v);
            return;
        }
        target = &mut (*r).val;
    }
    sys::zval_ptr_dtor(target);
    give(target, std::mem::ManuallyDrop::into_inner(v));
}

/// `zend_string_release()` for a request-allocated string (interned ones are left alone).
///
/// # Safety
/// `s` must be a valid string the caller holds a reference to.
pub unsafe fn zstr_release(s: *mut zend_string) {
    if (*s).gc.u.type_info & sys::GC_IMMUTABLE == 0 {
        (*s).gc.refcount -= 1;
        if (*s).gc.refcount == 0 {
            sys::_efree(s.cast());
        }
    }
}

/// `zval_get_tmp_string()`: the string itself, or a converted copy (with the engine's
/// conversion warnings or Error) released on drop.
pub struct TmpStr {
    s: *mut zend_string,
    owned: bool,
}

impl TmpStr {
    /// # Safety
    /// `zv` must be valid and, when it is a string, outlive the `TmpStr`.
    pub unsafe fn new(zv: *mut zval) -> TmpStr {
        if ztype(zv) == sys::IS_STRING {
            TmpStr {
                s: (*zv).value.str_,
                owned: false,
            }
        } else {
            TmpStr {
                s: sys::zval_get_string_func(zv),
                owned: true,
            }
        }
    }

    /// The string's bytes.
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: a live string for as long as `self`.
        unsafe { zstr_bytes(self.s) }
    }
}

impl Drop for TmpStr {
    fn drop(&mut self) {
        if self.owned {
            // SAFETY: we hold the one reference zval_get_string_func gave us.
            unsafe { zstr_release(self.s) }
        }
    }
}

/// `ZVAL_COPY`: a copy of `*zv` holding one more reference to its value.
///
/// # Safety
/// `zv` must be a valid zval.
pub unsafe fn copy(zv: *const zval) -> zval {
    let v = ptr::read(zv);
    // Z_TYPE_FLAGS: IS_TYPE_REFCOUNTED in the second byte of type_info.
    if (v.u1.type_info >> 8) & 1 != 0 {
        (*v.value.counted).gc.refcount += 1;
    }
    v
}

/// `ZEND_HASH_FOREACH_KEY_VAL`: calls `f(string_key, int_key, value)` for every element in
/// order (`string_key` is null for integer keys), packed arrays included.
///
/// # Safety
/// `arr` must be a valid array that `f` does not modify.
pub unsafe fn for_each(
    arr: *mut zend_array,
    mut f: impl FnMut(*mut zend_string, u64, *mut zval) -> bool,
) {
    let n = (*arr).nNumUsed as usize;
    if (*arr).u.flags & sys::HASH_FLAG_PACKED != 0 {
        let base = (*arr).__bindgen_anon_1.arPacked;
        for i in 0..n {
            let zv = base.add(i);
            if ztype(zv) != sys::IS_UNDEF && !f(ptr::null_mut(), i as u64, zv) {
                return;
            }
        }
    } else {
        let base = (*arr).__bindgen_anon_1.arData;
        for i in 0..n {
            let b = base.add(i);
            let zv = &mut (*b).val as *mut zval;
            if ztype(zv) != sys::IS_UNDEF && !f((*b).key, (*b).h, zv) {
                return;
            }
        }
    }
}
