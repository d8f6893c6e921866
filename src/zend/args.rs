//! Argument parsing with PHP's own rules: `zend_parse_parameters()` does the weak/strict
//! coercion, the `null`-to-non-nullable deprecation and the engine's error texts, so every
//! function behaves like a C one. Handlers call [`zpp!`] with a C-style spec string.

use super::sys::{zend_execute_data, zval};

/// `ZEND_CALL_FRAME_SLOT`: arguments start this many zvals after the frame.
const CALL_FRAME_SLOT: usize =
    std::mem::size_of::<zend_execute_data>().div_ceil(std::mem::size_of::<zval>());

/// The current call frame of an internal function.
#[derive(Clone, Copy)]
pub struct Ex(pub *mut zend_execute_data);

impl Ex {
    /// `ZEND_NUM_ARGS()`.
    #[inline]
    pub fn num_args(self) -> u32 {
        // SAFETY: the engine passes a valid frame to every handler.
        unsafe { (*self.0).This.u2.num_args }
    }

    /// `ZEND_CALL_ARG(execute_data, n)`: argument `n` (1-based), without any check.
    #[inline]
    pub fn arg(self, n: u32) -> *mut zval {
        // SAFETY: arguments are laid out after the frame; callers check `num_args` first.
        unsafe { (self.0 as *mut zval).add(CALL_FRAME_SLOT + n as usize - 1) }
    }
}

/// `zend_parse_parameters(ZEND_NUM_ARGS(), spec, ...)`; evaluates to `true` on success. On
/// failure the engine has thrown and the handler must return at once (`RETURN_THROWS()`).
#[macro_export]
macro_rules! zpp {
    ($ex:expr, $spec:literal $(, $arg:expr)* $(,)?) => {{
        // The arguments are plain `&mut` out-pointers evaluated before the call.
        #[allow(clippy::macro_metavars_in_unsafe)]
        // SAFETY: the pointers match the spec letters (see zend_API.c's zend_parse_arg_impl).
        let ok = unsafe {
            $crate::zend::sys::zend_parse_parameters(
                $ex.num_args(),
                concat!($spec, "\0").as_ptr().cast(),
                $($arg),*
            ) == $crate::zend::sys::SUCCESS
        };
        ok
    }};
}

#[cfg(test)]
mod tests {
    #[test]
    fn frame_slot_matches_php_8_2() {
        // sizeof(zend_execute_data) is 72 on 64-bit PHP 8.2: arguments start at slot 5.
        assert_eq!(super::CALL_FRAME_SLOT, 5);
    }
}
