//! Name resolution within a deadline: `getaddrinfo(3)` on a helper thread.
//!
//! `getaddrinfo(3)` blocks for as long as the resolver's `timeout`/`attempts` say
//! (resolv.conf(5): 5 s × 2 by default, per address family) and cannot be interrupted. So a
//! lookup with a deadline runs on its own thread and the caller waits for the thread's answer
//! only until the deadline; a lookup still running then finishes in the background and its
//! answer is dropped. A process-wide bound ([`MAX_IN_FLIGHT`]) on lookups still running keeps a
//! dead DNS server from piling up threads: beyond it a lookup fails at once ([`Error::Busy`]).
//!
//! Literal IP addresses never reach getaddrinfo; a lookup without a deadline runs on the
//! caller's thread. [`start`] gives a lookup that a caller's `poll(2)` loop waits for among other
//! descriptors (a socket pair the helper thread writes to when it answers): `requestAll()`
//! resolves the names of all its clients at once that way.

use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::net::UnixStream;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Instant;

/// Lookups with a deadline that may run at once in one process (including those whose caller
/// gave up waiting and that still block in getaddrinfo).
pub const MAX_IN_FLIGHT: usize = 32;

/// Why a name gave no address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// getaddrinfo failed; its `gai_strerror()` text (e.g. "Name or service not known").
    Failed(String),
    /// The deadline passed before getaddrinfo answered.
    TimedOut,
    /// [`MAX_IN_FLIGHT`] lookups are still running (a resolver that does not answer).
    Busy,
    /// The helper thread could not be started (`pthread_create(3)` failed); its errno.
    Thread(i32),
}

/// A lookup function: the host and port to the addresses, or getaddrinfo's error text.
pub type LookupFn = fn(&str, u16) -> std::result::Result<Vec<SocketAddr>, String>;

/// `getaddrinfo(host, port)` as the standard library calls it (`SOCK_STREAM` hints, so each
/// address once), in getaddrinfo's order (RFC 6724 destination address selection).
pub fn getaddrinfo(host: &str, port: u16) -> std::result::Result<Vec<SocketAddr>, String> {
    match (host, port).to_socket_addrs() {
        Ok(it) => Ok(it.collect()),
        Err(e) => {
            let why = e.to_string();
            Err(why
                .strip_prefix("failed to lookup address information: ")
                .unwrap_or(&why)
                .to_string())
        }
    }
}

/// Counts lookups running on helper threads, up to a bound.
pub struct Limiter {
    running: AtomicUsize,
    max: usize,
    /// The process the count belongs to: a child made by `fork(2)` has none of its parent's
    /// helper threads, so it starts again from zero.
    pid: AtomicU32,
}

/// A slot of a [`Limiter`], given back when dropped (when the helper thread ends).
struct Slot<'a>(&'a Limiter);

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        let _ = self
            .0
            .running
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                Some(n.saturating_sub(1))
            });
    }
}

impl Limiter {
    pub const fn new(max: usize) -> Self {
        Limiter {
            running: AtomicUsize::new(0),
            max,
            pid: AtomicU32::new(0),
        }
    }

    /// Lookups running now.
    pub fn running(&self) -> usize {
        self.running.load(Ordering::Acquire)
    }

    fn acquire(&self) -> Option<Slot<'_>> {
        let me = std::process::id();
        if self.pid.swap(me, Ordering::AcqRel) != me {
            self.running.store(0, Ordering::Release);
        }
        self.running
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < self.max).then_some(n + 1)
            })
            .ok()
            .map(|_| Slot(self))
    }
}

/// The process-wide bound for [`resolve`].
static LIMITER: Limiter = Limiter::new(MAX_IN_FLIGHT);

/// Resolves `host` (a name or a literal IP address) for `port` with getaddrinfo(3), giving up
/// at `deadline` (`None`: no limit).
pub fn resolve(
    host: &str,
    port: u16,
    deadline: Option<Instant>,
) -> std::result::Result<Vec<SocketAddr>, Error> {
    resolve_with(&LIMITER, getaddrinfo, host, port, deadline)
}

/// [`resolve`] with another lookup function and bound (for tests).
pub fn resolve_with(
    limiter: &'static Limiter,
    lookup: LookupFn,
    host: &str,
    port: u16,
    deadline: Option<Instant>,
) -> std::result::Result<Vec<SocketAddr>, Error> {
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok(vec![SocketAddr::new(ip, port)]);
    }
    let Some(deadline) = deadline else {
        return lookup(host, port).map_err(Error::Failed);
    };
    if deadline <= Instant::now() {
        return Err(Error::TimedOut);
    }
    start_with(limiter, lookup, host, port).wait(deadline)
}

/// A lookup under way on a helper thread ([`start`]), for a caller that waits for many things
/// at once: poll(2) [`Lookup::fd`] for `POLLIN` (readable once the answer is there), then
/// [`Lookup::try_take`]. Dropping it stops waiting; the thread's answer is then dropped.
#[derive(Debug)]
pub struct Lookup(State);

#[derive(Debug)]
enum State {
    /// Answered at once (a literal address, or the thread could not start).
    Ready(Option<std::result::Result<Vec<SocketAddr>, Error>>),
    /// On the helper thread, which sends the answer, then writes a byte to the other end of
    /// `wake`.
    Running {
        rx: mpsc::Receiver<std::result::Result<Vec<SocketAddr>, Error>>,
        wake: UnixStream,
    },
}

impl Lookup {
    /// The descriptor that becomes readable when the answer is there (`None`: it is there).
    pub fn fd(&self) -> Option<RawFd> {
        match &self.0 {
            State::Ready(_) => None,
            State::Running { wake, .. } => Some(wake.as_raw_fd()),
        }
    }

    /// The answer if it is there, without blocking (once: afterwards `None`).
    pub fn try_take(&mut self) -> Option<std::result::Result<Vec<SocketAddr>, Error>> {
        match &mut self.0 {
            State::Ready(r) => r.take(),
            State::Running { rx, .. } => match rx.try_recv() {
                Ok(r) => {
                    self.0 = State::Ready(None);
                    Some(r)
                }
                Err(mpsc::TryRecvError::Empty) => None,
                Err(mpsc::TryRecvError::Disconnected) => {
                    self.0 = State::Ready(None);
                    Some(Err(Error::Failed("lookup thread ended".into())))
                }
            },
        }
    }

    /// Waits for the answer until `deadline` ([`Error::TimedOut`] then).
    pub fn wait(mut self, deadline: Instant) -> std::result::Result<Vec<SocketAddr>, Error> {
        match &mut self.0 {
            State::Ready(r) => r.take().unwrap_or(Err(Error::TimedOut)),
            State::Running { rx, .. } => {
                let left = deadline.saturating_duration_since(Instant::now());
                match rx.recv_timeout(left) {
                    Ok(r) => r,
                    Err(mpsc::RecvTimeoutError::Timeout) => Err(Error::TimedOut),
                    // The thread ended without an answer (it cannot: lookup does not panic on
                    // our paths).
                    Err(mpsc::RecvTimeoutError::Disconnected) => {
                        Err(Error::Failed("lookup thread ended".into()))
                    }
                }
            }
        }
    }
}

/// Starts resolving `host` for `port` with getaddrinfo(3) on a helper thread (a literal IP
/// address is answered at once), within the process-wide bound ([`Error::Busy`] beyond it).
/// The caller keeps the deadline: it stops waiting by dropping the [`Lookup`].
pub fn start(host: &str, port: u16) -> Lookup {
    start_with(&LIMITER, getaddrinfo, host, port)
}

/// [`start`] with another lookup function and bound (for tests).
pub fn start_with(limiter: &'static Limiter, lookup: LookupFn, host: &str, port: u16) -> Lookup {
    let ready = |r| Lookup(State::Ready(Some(r)));
    if let Ok(ip) = host.parse::<IpAddr>() {
        return ready(Ok(vec![SocketAddr::new(ip, port)]));
    }
    let Some(slot) = limiter.acquire() else {
        return ready(Err(Error::Busy));
    };
    let (wake, ring) = match UnixStream::pair() {
        Ok(p) => p,
        Err(e) => return ready(Err(Error::Thread(e.raw_os_error().unwrap_or(libc::EMFILE)))),
    };
    pin_module();
    let (tx, rx) = mpsc::sync_channel(1);
    let name = host.to_string();
    let spawned = std::thread::Builder::new()
        .name("rsockets-resolve".into())
        // getaddrinfo with NSS modules needs little stack; 256 KiB is ample.
        .stack_size(256 << 10)
        .spawn(move || {
            let _slot = slot;
            // The receiver is gone when the caller stopped waiting: the answer is dropped.
            let _ = tx.send(lookup(&name, port).map_err(Error::Failed));
            // MSG_NOSIGNAL: the caller's end may be closed (EPIPE, never SIGPIPE).
            let _ = super::io::send(
                ring.as_raw_fd(),
                &[1],
                libc::MSG_NOSIGNAL | libc::MSG_DONTWAIT,
            );
        });
    match spawned {
        Ok(_) => Lookup(State::Running { rx, wake }),
        Err(e) => ready(Err(Error::Thread(e.raw_os_error().unwrap_or(libc::EAGAIN)))),
    }
}

/// Keeps this shared object mapped until the process ends (`dlopen(3)` of itself with
/// `RTLD_NODELETE`): PHP unloads an extension at shutdown (`DL_UNLOAD`) while a helper thread
/// may still block in getaddrinfo, and that thread would then return into unmapped code.
fn pin_module() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // SAFETY: all-zero is a valid Dl_info.
        let mut info: libc::Dl_info = unsafe { std::mem::zeroed() };
        let me = pin_module as fn() as *const libc::c_void;
        // SAFETY: `me` is an address inside this object; `info` is writable.
        if unsafe { libc::dladdr(me, &mut info) } == 0 || info.dli_fname.is_null() {
            return;
        }
        // SAFETY: dli_fname is the NUL-terminated path of the object holding `me`, which is
        // already loaded (RTLD_NOLOAD); the handle is leaked on purpose, keeping it loaded.
        unsafe {
            libc::dlopen(
                info.dli_fname,
                libc::RTLD_NOW | libc::RTLD_NOLOAD | libc::RTLD_NODELETE,
            )
        };
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    /// How long `slow` takes: far beyond the deadlines below, so "timed out" and "waited for
    /// the lookup" are told apart on a loaded machine too.
    const SLOW: Duration = Duration::from_secs(3);

    /// Waits (up to a minute) until no lookup of `l` runs.
    fn settle(l: &Limiter) {
        let end = Instant::now() + Duration::from_secs(60);
        while l.running() > 0 && Instant::now() < end {
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn slow(_: &str, port: u16) -> std::result::Result<Vec<SocketAddr>, String> {
        std::thread::sleep(SLOW);
        Ok(vec![SocketAddr::from(([127, 0, 0, 1], port))])
    }

    fn fast(host: &str, port: u16) -> std::result::Result<Vec<SocketAddr>, String> {
        if host == "missing" {
            return Err("Name or service not known".into());
        }
        Ok(vec![SocketAddr::from(([127, 0, 0, 2], port))])
    }

    fn boom(_: &str, _: u16) -> std::result::Result<Vec<SocketAddr>, String> {
        panic!("a literal address must not be looked up")
    }

    #[test]
    fn a_lookup_past_the_deadline_times_out_on_time() {
        static L: Limiter = Limiter::new(4);
        let t = Instant::now();
        let r = resolve_with(&L, slow, "x", 1, Some(t + Duration::from_millis(100)));
        let took = t.elapsed();
        assert_eq!(r, Err(Error::TimedOut));
        assert!(took >= Duration::from_millis(100), "{took:?}");
        assert!(took < SLOW / 2, "{took:?}");
        // The helper thread still runs, holding its slot, and gives it back when it ends.
        assert_eq!(L.running(), 1);
        settle(&L);
        assert_eq!(L.running(), 0);
    }

    #[test]
    fn answers_within_the_deadline_and_failures_pass_through() {
        static L: Limiter = Limiter::new(4);
        let dl = Some(Instant::now() + Duration::from_secs(5));
        assert_eq!(
            resolve_with(&L, fast, "h", 7, dl),
            Ok(vec![SocketAddr::from(([127, 0, 0, 2], 7))])
        );
        assert_eq!(
            resolve_with(&L, fast, "missing", 7, dl),
            Err(Error::Failed("Name or service not known".into()))
        );
        // Without a deadline the lookup runs on this thread.
        assert_eq!(
            resolve_with(&L, fast, "missing", 7, None),
            Err(Error::Failed("Name or service not known".into()))
        );
        let past = Some(Instant::now() - Duration::from_millis(1));
        assert_eq!(resolve_with(&L, fast, "h", 7, past), Err(Error::TimedOut));
    }

    #[test]
    fn literal_addresses_skip_the_lookup() {
        static L: Limiter = Limiter::new(0);
        let dl = Some(Instant::now() + Duration::from_secs(1));
        assert_eq!(
            resolve_with(&L, boom, "::1", 9, dl),
            Ok(vec!["[::1]:9".parse().unwrap()])
        );
        assert_eq!(
            resolve_with(&L, boom, "10.1.2.3", 9, None),
            Ok(vec!["10.1.2.3:9".parse().unwrap()])
        );
    }

    #[test]
    fn the_bound_fails_fast_and_frees_up() {
        static L: Limiter = Limiter::new(2);
        let soon = || Some(Instant::now() + Duration::from_millis(20));
        assert_eq!(resolve_with(&L, slow, "a", 1, soon()), Err(Error::TimedOut));
        assert_eq!(resolve_with(&L, slow, "b", 1, soon()), Err(Error::TimedOut));
        assert_eq!(L.running(), 2);
        let t2 = Instant::now();
        let far = Some(t2 + Duration::from_secs(5));
        assert_eq!(resolve_with(&L, fast, "c", 1, far), Err(Error::Busy));
        assert!(t2.elapsed() < SLOW / 2);
        settle(&L);
        assert!(resolve_with(&L, fast, "c", 1, far).is_ok());
    }

    #[test]
    fn the_real_getaddrinfo_resolves_localhost() {
        let dl = Some(Instant::now() + Duration::from_secs(5));
        let a = resolve("localhost", 80, dl).expect("localhost resolves");
        assert!(a.iter().all(|a| a.ip().is_loopback() && a.port() == 80));
    }

    #[test]
    fn a_started_lookup_wakes_its_descriptor_when_answered() {
        static L: Limiter = Limiter::new(4);
        let mut l = start_with(&L, fast, "h", 7);
        let fd = l.fd().expect("on a helper thread");
        assert_eq!(
            crate::net::io::poll_one(fd, libc::POLLIN, 5000).unwrap() & libc::POLLIN,
            libc::POLLIN
        );
        assert_eq!(
            l.try_take(),
            Some(Ok(vec![SocketAddr::from(([127, 0, 0, 2], 7))]))
        );
        assert_eq!(l.try_take(), None);
        // A literal address is answered at once, without a descriptor.
        let mut l = start_with(&L, boom, "::1", 9);
        assert!(l.fd().is_none());
        assert_eq!(l.try_take(), Some(Ok(vec!["[::1]:9".parse().unwrap()])));
        // A slow lookup is not there yet; dropping it stops waiting.
        let mut l = start_with(&L, slow, "x", 1);
        assert_eq!(l.try_take(), None);
        drop(l);
        settle(&L);
    }
}
