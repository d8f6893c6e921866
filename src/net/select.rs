//! `select(2)` over descriptor sets.
