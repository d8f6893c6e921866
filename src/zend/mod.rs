//! The compatibility layer over the Zend API: everything that makes a Rust function behave like
//! one of PHP's own C functions. Nothing outside this module touches raw Zend structures except
//! through these helpers.

pub mod arginfo;
pub mod args;
pub mod class;
pub mod error;
pub mod mem;
pub mod sys;
pub mod value;

pub use args::Ex;

/// `EG(exception) != NULL`.
pub fn has_exception() -> bool {
    ext_php_rs::zend::ExecutorGlobals::has_exception()
}
