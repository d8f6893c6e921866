//! rsockets
