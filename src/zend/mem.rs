//! Buffers whose size PHP code states, on the engine's allocator, so that `memory_limit`
//! governs them exactly as it governs C's `emalloc()`: an allocation over the limit ends the
//! script with the engine's "Allowed memory size of N bytes exhausted" fatal error instead of
//! reaching the Rust allocator (which aborts the process when the system refuses).
//!
//! The engine reports that error by `longjmp`ing to the nearest `zend_try`. [`EBuf::alloc`]
//! catches it, so that the Rust frames between the allocation and the handler can run their
//! destructors; the handler then re-raises it with [`rethrow`] from a frame with nothing left
//! to drop.

use std::mem::MaybeUninit;
use std::ptr::NonNull;

use super::sys;

/// The engine bailed out (a fatal error, already reported) while this crate was allocating.
/// Carry it back to the handler and hand it to [`rethrow`].
#[must_use = "the bailout must be re-raised with zend::mem::rethrow"]
#[derive(Debug)]
pub struct Bailout(());

/// Re-raises a caught bailout (`zend_bailout()`), ending the script as C's allocation failure
/// would have.
///
/// Call it only where no value with a destructor is still alive in the calling Rust frames:
/// the jump skips them.
pub fn rethrow(_: Bailout) -> ! {
    // SAFETY: the engine's bailout target is set for the whole request; the caller keeps no
    // live destructors in the frames this jump leaves (see above).
    unsafe { ext_php_rs::zend::bailout() }
}

/// A request-lifetime byte buffer from `emalloc()`, freed with `efree()` on drop. Its bytes
/// start uninitialised, as C's are; `filled` counts the leading bytes known to be written.
pub struct EBuf {
    ptr: NonNull<MaybeUninit<u8>>,
    len: usize,
    filled: usize,
}

impl EBuf {
    /// `emalloc(len)` (C's `accounted_emalloc()` in conversions.c): `Err` if the engine bailed
    /// out, i.e. `len` is over what `memory_limit` leaves (the fatal error is printed already).
    pub fn alloc(len: usize) -> Result<EBuf, Bailout> {
        // SAFETY: `_emalloc` either returns a block of at least `len` bytes (a valid pointer
        // also for 0) or bails out, which `try_catch` catches; the closure owns nothing.
        let p = ext_php_rs::zend::try_catch(|| unsafe { sys::_emalloc(len) } as usize);
        match p {
            Ok(p) => match NonNull::new(p as *mut MaybeUninit<u8>) {
                Some(ptr) => Ok(EBuf {
                    ptr,
                    len,
                    filled: 0,
                }),
                // The engine exits the process rather than return NULL; never reached.
                None => Err(Bailout(())),
            },
            Err(_) => Err(Bailout(())),
        }
    }

    /// `emalloc(len)` filled with zeroes (`ecalloc(1, len)`).
    pub fn zeroed(len: usize) -> Result<EBuf, Bailout> {
        let mut b = EBuf::alloc(len)?;
        b.as_uninit_mut().fill(MaybeUninit::new(0));
        b.filled = b.len;
        Ok(b)
    }

    /// `emalloc(bytes.len())` + `memcpy()`.
    pub fn copy_of(bytes: &[u8]) -> Result<EBuf, Bailout> {
        let mut b = EBuf::alloc(bytes.len())?;
        // SAFETY: `b` is a fresh block of exactly `bytes.len()` bytes, disjoint from `bytes`.
        unsafe {
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), b.ptr.as_ptr().cast::<u8>(), b.len)
        };
        b.filled = b.len;
        Ok(b)
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The whole buffer, for the kernel (or anyone) to write into; what was written before no
    /// longer counts as filled.
    pub fn as_uninit_mut(&mut self) -> &mut [MaybeUninit<u8>] {
        self.filled = 0;
        // SAFETY: `ptr` is a live block of `len` bytes owned by `self`; MaybeUninit needs no
        // initialisation.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }

    /// The bytes written so far (all of them for [`EBuf::zeroed`] and [`EBuf::copy_of`]).
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: the first `filled` bytes are initialised and `filled <= len`.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr().cast::<u8>(), self.filled) }
    }

    /// [`EBuf::bytes`], writable.
    pub fn bytes_mut(&mut self) -> &mut [u8] {
        // SAFETY: as in `bytes`; `&mut self` makes the borrow unique.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr().cast::<u8>(), self.filled) }
    }
}

impl Drop for EBuf {
    fn drop(&mut self) {
        // SAFETY: `ptr` came from `_emalloc` and is freed once, here.
        unsafe { sys::_efree(self.ptr.as_ptr().cast()) }
    }
}
