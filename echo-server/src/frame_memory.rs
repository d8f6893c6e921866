//! The memory `mode=frame` connections may hold for frames still arriving.
//!
//! A length prefix only *claims* a size; what a frame costs is what has arrived. A connection
//! therefore grows its frame buffer as the bytes come (see `stream::echo_frames`) and asks this
//! budget before every growth: a per-connection cap (`--max-frame-buffer`) and one cap shared by
//! all connections (`--max-frame-memory`). A refused connection is closed with a log line.

use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// Default `--max-frame-buffer`: above the default `max_frame` (16 MiB) plus any header.
pub const DEFAULT_PER_CONNECTION: usize = 64 * 1024 * 1024;
/// Default `--max-frame-memory`.
pub const DEFAULT_TOTAL: usize = 256 * 1024 * 1024;

/// The shared budget: bytes held by every connection's frame buffer.
#[derive(Debug)]
pub(crate) struct FrameMemory {
    used: AtomicUsize,
    per_connection: usize,
    total: usize,
}

/// Why a frame buffer may not grow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refused {
    /// The frame needs more than one connection may hold.
    Connection { wanted: usize, cap: usize },
    /// All connections together would hold more than the shared cap.
    Total {
        wanted: usize,
        used: usize,
        cap: usize,
    },
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refused::Connection { wanted, cap } => write!(
                f,
                "frame refused: it needs a {wanted}-byte buffer, over the {cap} bytes one \
                 connection may hold (--max-frame-buffer)"
            ),
            Refused::Total { wanted, used, cap } => write!(
                f,
                "frame refused: {wanted} more bytes of frame buffer would take the {used} bytes \
                 held by all connections over {cap} (--max-frame-memory)"
            ),
        }
    }
}

impl FrameMemory {
    pub(crate) fn new(per_connection: usize, total: usize) -> Self {
        FrameMemory {
            used: AtomicUsize::new(0),
            per_connection,
            total,
        }
    }

    /// A connection's share, empty; released when dropped.
    pub(crate) fn share(self: &Arc<Self>) -> Share {
        Share {
            memory: self.clone(),
            held: 0,
        }
    }

    /// Bytes held by all connections.
    #[cfg(test)]
    fn used(&self) -> usize {
        self.used.load(Ordering::Relaxed)
    }
}

/// What one connection holds of the [`FrameMemory`].
#[derive(Debug)]
pub(crate) struct Share {
    memory: Arc<FrameMemory>,
    held: usize,
}

impl Share {
    /// Makes the share exactly `bytes` (the capacity of the connection's frame buffer): a
    /// decrease always succeeds, an increase only within both caps.
    pub(crate) fn resize(&mut self, bytes: usize) -> Result<(), Refused> {
        if bytes <= self.held {
            self.memory
                .used
                .fetch_sub(self.held - bytes, Ordering::Relaxed);
            self.held = bytes;
            return Ok(());
        }
        if bytes > self.memory.per_connection {
            return Err(Refused::Connection {
                wanted: bytes,
                cap: self.memory.per_connection,
            });
        }
        let more = bytes - self.held;
        let cap = self.memory.total;
        self.memory
            .used
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |used| {
                used.checked_add(more).filter(|&n| n <= cap)
            })
            .map_err(|used| Refused::Total {
                wanted: more,
                used,
                cap,
            })?;
        self.held = bytes;
        Ok(())
    }
}

impl Drop for Share {
    fn drop(&mut self) {
        self.memory.used.fetch_sub(self.held, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_grow_within_both_caps_and_are_released() {
        let m = Arc::new(FrameMemory::new(100, 150));
        let mut a = m.share();
        let mut b = m.share();
        assert_eq!(a.resize(80), Ok(()));
        assert_eq!(
            a.resize(101),
            Err(Refused::Connection {
                wanted: 101,
                cap: 100
            })
        );
        assert_eq!(
            b.resize(80),
            Err(Refused::Total {
                wanted: 80,
                used: 80,
                cap: 150
            })
        );
        assert_eq!(b.resize(70), Ok(()));
        assert_eq!(m.used(), 150);
        assert_eq!(a.resize(10), Ok(()));
        assert_eq!(m.used(), 80);
        drop(b);
        assert_eq!(m.used(), 10);
        drop(a);
        assert_eq!(m.used(), 0);
    }

    #[test]
    fn refusals_name_the_flag() {
        let r = Refused::Total {
            wanted: 1,
            used: 2,
            cap: 3,
        };
        assert!(r.to_string().contains("--max-frame-memory"));
        let r = Refused::Connection { wanted: 1, cap: 2 };
        assert!(r.to_string().contains("--max-frame-buffer"));
    }
}
