//! Persistent connections: idle connections kept per process (so per PHP-FPM worker) between
//! requests, keyed by the address as written and the persistent key.

use std::cell::RefCell;
use std::collections::HashMap;

use super::core::Conn;

/// Idle connections kept for one (address, key).
const MAX_IDLE_PER_KEY: usize = 8;

type Key = (Vec<u8>, Vec<u8>);

thread_local! {
    static POOL: RefCell<HashMap<Key, Vec<Conn>>> = RefCell::new(HashMap::new());
}

/// An idle connection for `key` that is still sound; unsound ones found on the way are closed.
/// Returns the connection and how many unsound ones were dropped.
pub fn take(addr: &[u8], key: &[u8]) -> (Option<Conn>, u64) {
    POOL.with(|p| {
        let mut p = p.borrow_mut();
        let mut dropped = 0;
        let k = (addr.to_vec(), key.to_vec());
        if let Some(v) = p.get_mut(&k) {
            while let Some(mut c) = v.pop() {
                if c.is_sound() {
                    return (Some(c), dropped);
                }
                dropped += 1;
            }
        }
        (None, dropped)
    })
}

/// Hands a connection back; it is closed instead if it may not serve another request
/// ([`Conn::reusable`]: tainted, bytes read ahead, or a reply outstanding) or the pool is full.
pub fn put(addr: &[u8], key: &[u8], conn: Conn) {
    if !conn.reusable() {
        return;
    }
    POOL.with(|p| {
        let mut p = p.borrow_mut();
        let v = p.entry((addr.to_vec(), key.to_vec())).or_default();
        if v.len() < MAX_IDLE_PER_KEY {
            v.push(conn);
        }
    });
}

/// Idle connections held for (address, key).
pub fn idle(addr: &[u8], key: &[u8]) -> usize {
    POOL.with(|p| {
        p.borrow()
            .get(&(addr.to_vec(), key.to_vec()))
            .map_or(0, Vec::len)
    })
}
