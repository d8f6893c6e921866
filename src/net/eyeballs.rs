//! Happy Eyeballs (RFC 8305): connecting to the first of several addresses that answers.
//!
//! The addresses are ordered by [`interleave`] (§4: alternating address families, starting
//! with the family getaddrinfo put first). [`connect_first`] starts a non-blocking
//! `connect(2)` to the first, and starts the next one when the "Connection Attempt Delay"
//! (§5, 250 ms recommended) passes without an answer, or at once when an attempt fails; the
//! attempts started stay in flight together, watched with `poll(2)`. The first to connect wins,
//! the others are closed; the whole race ends at the deadline.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use socket2::{Domain, SockAddr, Socket, Type};

/// RFC 8305 §5's recommended Connection Attempt Delay.
pub const ATTEMPT_DELAY: Duration = Duration::from_millis(250);

/// RFC 8305 §4: the addresses with the two families alternating, starting with the family of
/// the first address; each family keeps its order.
pub fn interleave(addrs: &[SocketAddr]) -> Vec<SocketAddr> {
    let Some(first) = addrs.first() else {
        return Vec::new();
    };
    let (mut same, mut other): (Vec<_>, Vec<_>) = addrs
        .iter()
        .copied()
        .partition(|a| a.is_ipv6() == first.is_ipv6());
    same.reverse();
    other.reverse();
    let mut out = Vec::with_capacity(addrs.len());
    while !same.is_empty() || !other.is_empty() {
        out.extend(same.pop());
        out.extend(other.pop());
    }
    out
}

/// Why no address connected.
#[derive(Debug, PartialEq, Eq)]
pub enum RaceError<E> {
    /// `configure` failed for an attempt's socket: the race stops with its error.
    Setup(E),
    /// Every attempt failed, or the deadline passed (ETIMEDOUT): the most telling errno.
    Failed(i32),
}

/// Errors that only say this address (family) cannot be used from here; any other failure of
/// another attempt (a refusal, a timeout) tells the caller more.
fn uninformative(e: i32) -> bool {
    matches!(
        e,
        libc::EAFNOSUPPORT
            | libc::EADDRNOTAVAIL
            | libc::ENETUNREACH
            | libc::EHOSTUNREACH
            | libc::EPROTONOSUPPORT
    )
}

/// Keeps the most telling of the errors seen: the first, unless it is [`uninformative`] and
/// `e` is not.
fn note(best: &mut Option<i32>, e: i32) {
    if best.map_or(true, |b| uninformative(b) && !uninformative(e)) {
        *best = Some(e);
    }
}

/// The errno of an I/O error (EIO when it has none).
fn errno_of(e: &std::io::Error) -> i32 {
    e.raw_os_error().unwrap_or(libc::EIO)
}

/// One attempt in flight.
struct Attempt {
    sock: Socket,
}

/// Connects a socket of type `ty` to the first of `addrs` that accepts, Happy Eyeballs style
/// (see the module doc), until `deadline` (`None`: no limit). `configure` sets each attempt's
/// socket up before its `connect(2)` (options, `bind(2)`); its error ends the race. The winner
/// is returned in blocking mode. A datagram socket's `connect(2)` completes at once, so UDP
/// gets the first address that a socket can be connected to.
pub fn connect_first<E>(
    addrs: &[SockAddr],
    ty: Type,
    deadline: Option<Instant>,
    delay: Duration,
    mut configure: impl FnMut(&Socket, &SockAddr) -> Result<(), E>,
) -> Result<Socket, RaceError<E>> {
    let mut next = 0usize;
    let mut flying: Vec<Attempt> = Vec::new();
    let mut best: Option<i32> = None;
    // When the next attempt may start (now, at first).
    let mut start_at = Instant::now();
    loop {
        let now = Instant::now();
        if deadline.is_some_and(|d| now >= d) {
            return Err(RaceError::Failed(libc::ETIMEDOUT));
        }
        // Start the next attempt: the first, after the delay, or when none is in flight.
        if next < addrs.len() && (flying.is_empty() || now >= start_at) {
            let a = &addrs[next];
            next += 1;
            match start(a, ty, &mut configure) {
                Ok(Started::Connected(sock)) => return finish(sock).map_err(RaceError::Failed),
                Ok(Started::Pending(sock)) => {
                    flying.push(Attempt { sock });
                    start_at = now + delay;
                }
                Err(RaceError::Failed(e)) => note(&mut best, e),
                Err(e) => return Err(e),
            }
            continue;
        }
        if flying.is_empty() {
            return Err(RaceError::Failed(best.unwrap_or(libc::EADDRNOTAVAIL)));
        }
        // Wait for an attempt to finish, the next start, or the deadline.
        let mut until = deadline;
        if next < addrs.len() {
            until = Some(until.map_or(start_at, |d| d.min(start_at)));
        }
        let ms = match until {
            None => -1,
            Some(t) => t
                .saturating_duration_since(now)
                .as_micros()
                .div_ceil(1000)
                .min(i32::MAX as u128) as i32,
        };
        let mut fds: Vec<libc::pollfd> = flying
            .iter()
            .map(|a| libc::pollfd {
                fd: std::os::fd::AsRawFd::as_raw_fd(&a.sock),
                events: libc::POLLOUT,
                revents: 0,
            })
            .collect();
        match super::io::poll_many(&mut fds, ms) {
            Ok(0) => continue,
            Ok(_) => {}
            Err(e) if e.code() == libc::EINTR => continue,
            Err(e) => return Err(RaceError::Failed(e.code())),
        }
        // Collect the finished attempts; the first that connected wins.
        let mut i = 0;
        let mut failed = false;
        for p in &fds {
            if p.revents == 0 {
                i += 1;
                continue;
            }
            let a = flying.remove(i);
            match a.sock.take_error() {
                Ok(None) if p.revents & (libc::POLLERR | libc::POLLHUP) == 0 => {
                    return finish(a.sock).map_err(RaceError::Failed);
                }
                Ok(None) => note(&mut best, libc::ECONNREFUSED),
                Ok(Some(e)) | Err(e) => note(&mut best, errno_of(&e)),
            }
            failed = true;
        }
        if failed {
            // RFC 8305 §5: a failed attempt starts the next one at once.
            start_at = Instant::now();
        }
    }
}

enum Started {
    Connected(Socket),
    Pending(Socket),
}

/// Creates the socket for `a`, configures it and starts a non-blocking `connect(2)`. A
/// failure of `socket(2)` or `connect(2)` fails this attempt only.
fn start<E>(
    a: &SockAddr,
    ty: Type,
    configure: &mut impl FnMut(&Socket, &SockAddr) -> Result<(), E>,
) -> Result<Started, RaceError<E>> {
    let sock = Socket::new(Domain::from(i32::from(a.family())), ty, None)
        .map_err(|e| RaceError::Failed(errno_of(&e)))?;
    configure(&sock, a).map_err(RaceError::Setup)?;
    sock.set_nonblocking(true)
        .map_err(|e| RaceError::Failed(errno_of(&e)))?;
    match sock.connect(a) {
        Ok(()) => Ok(Started::Connected(sock)),
        Err(e) if e.raw_os_error() == Some(libc::EINPROGRESS) => Ok(Started::Pending(sock)),
        Err(e) => Err(RaceError::Failed(errno_of(&e))),
    }
}

/// The winner back in blocking mode.
fn finish(sock: Socket) -> Result<Socket, i32> {
    sock.set_nonblocking(false).map_err(|e| errno_of(&e))?;
    Ok(sock)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{Ipv6Addr, TcpListener, TcpStream};

    fn sa(s: &str) -> SocketAddr {
        s.parse().unwrap()
    }

    #[test]
    fn interleaves_families_starting_with_the_first() {
        let v = [
            sa("[::1]:1"),
            sa("[::2]:1"),
            sa("[::3]:1"),
            sa("10.0.0.1:1"),
            sa("10.0.0.2:1"),
        ];
        assert_eq!(
            interleave(&v),
            [v[0], v[3], v[1], v[4], v[2]],
            "IPv6 first, alternating, each family in order"
        );
        let w = [
            sa("10.0.0.1:1"),
            sa("[::1]:1"),
            sa("[::2]:1"),
            sa("10.0.0.2:1"),
        ];
        assert_eq!(interleave(&w), [w[0], w[1], w[3], w[2]]);
        assert_eq!(interleave(&[]), Vec::<SocketAddr>::new());
        assert_eq!(interleave(&v[..2]), v[..2].to_vec());
    }

    /// A listener whose accept queue is full: further SYNs are dropped, so a connect to it
    /// hangs (until the SYN retries give up), like a blackholed address.
    struct Blackhole {
        _listener: Socket,
        _queued: Vec<TcpStream>,
        addr: SocketAddr,
    }

    fn blackhole(ip: &str) -> Blackhole {
        let a = SocketAddr::new(ip.parse().unwrap(), 0);
        let l = Socket::new(Domain::for_address(a), Type::STREAM, None).unwrap();
        l.bind(&a.into()).unwrap();
        l.listen(0).unwrap();
        let addr = l.local_addr().unwrap().as_socket().unwrap();
        let mut queued = Vec::new();
        // Fill the queue: connects that complete until one no longer does within 50 ms.
        for _ in 0..8 {
            match TcpStream::connect_timeout(&addr, Duration::from_millis(50)) {
                Ok(s) => queued.push(s),
                Err(_) => break,
            }
        }
        Blackhole {
            _listener: l,
            _queued: queued,
            addr,
        }
    }

    /// A port on `ip` that refuses connections (bound, not listening).
    fn refused(ip: &str) -> (Socket, SocketAddr) {
        let a = SocketAddr::new(ip.parse().unwrap(), 0);
        let s = Socket::new(Domain::for_address(a), Type::STREAM, None).unwrap();
        s.bind(&a.into()).unwrap();
        let addr = s.local_addr().unwrap().as_socket().unwrap();
        (s, addr)
    }

    fn race(addrs: &[SocketAddr], within: Duration) -> (Result<Socket, RaceError<()>>, Duration) {
        let t = Instant::now();
        let v: Vec<SockAddr> = addrs.iter().map(|&a| a.into()).collect();
        let r = connect_first(&v, Type::STREAM, Some(t + within), ATTEMPT_DELAY, |_, _| {
            Ok::<(), ()>(())
        });
        (r, t.elapsed())
    }

    fn peer(r: &Result<Socket, RaceError<()>>) -> SocketAddr {
        r.as_ref()
            .expect("connected")
            .peer_addr()
            .unwrap()
            .as_socket()
            .unwrap()
    }

    #[test]
    fn a_blackholed_first_address_loses_after_the_attempt_delay() {
        let hole = blackhole("::1");
        let live = TcpListener::bind("127.0.0.1:0").unwrap();
        let live_addr = live.local_addr().unwrap();
        let (r, took) = race(&[hole.addr, live_addr], Duration::from_secs(5));
        assert_eq!(peer(&r), live_addr);
        assert!(!r.unwrap().nonblocking().unwrap(), "the winner is blocking");
        assert!(took >= Duration::from_millis(240), "{took:?}");
        // Bounds with room for a loaded machine: what they tell apart is "raced" (≈250 ms)
        // from "waited for the blackhole until the 5 s deadline".
        assert!(
            took < Duration::from_millis(2500),
            "{took:?}: raced, not waited"
        );
        // And the other way round: IPv4 blackholed, IPv6 alive.
        let hole = blackhole("127.0.0.1");
        let live6 = TcpListener::bind((Ipv6Addr::LOCALHOST, 0)).unwrap();
        let (r, took) = race(
            &[hole.addr, live6.local_addr().unwrap()],
            Duration::from_secs(5),
        );
        assert_eq!(peer(&r), live6.local_addr().unwrap());
        assert!(took < Duration::from_millis(2500), "{took:?}");
    }

    #[test]
    fn a_refused_address_starts_the_next_at_once() {
        let (_s, no) = refused("::1");
        let live = TcpListener::bind("127.0.0.1:0").unwrap();
        // With a 5 s attempt delay, "at once" and "after the delay" are far apart.
        let t = Instant::now();
        let v: Vec<SockAddr> = vec![no.into(), live.local_addr().unwrap().into()];
        let r = connect_first(
            &v,
            Type::STREAM,
            Some(t + Duration::from_secs(10)),
            Duration::from_secs(5),
            |_, _| Ok::<(), ()>(()),
        );
        let took = t.elapsed();
        assert_eq!(peer(&r), live.local_addr().unwrap());
        assert!(took < Duration::from_millis(2500), "{took:?}");
    }

    #[test]
    fn all_refused_reports_the_refusal() {
        let (_a, a) = refused("::1");
        let (_b, b) = refused("127.0.0.1");
        let (r, _) = race(&[a, b], Duration::from_secs(5));
        assert_eq!(r.err(), Some(RaceError::Failed(libc::ECONNREFUSED)));
    }

    #[test]
    fn all_blackholed_times_out_at_the_deadline() {
        let h1 = blackhole("127.0.0.1");
        let h2 = blackhole("::1");
        let (r, took) = race(&[h1.addr, h2.addr], Duration::from_millis(300));
        assert_eq!(r.err(), Some(RaceError::Failed(libc::ETIMEDOUT)));
        assert!(took >= Duration::from_millis(300), "{took:?}");
        // Ends at the deadline, not at the kernel's SYN retries (over a minute).
        assert!(took < Duration::from_millis(2500), "{took:?}");
    }

    #[test]
    fn a_setup_error_ends_the_race() {
        let live = TcpListener::bind("127.0.0.1:0").unwrap();
        let v: Vec<SockAddr> = vec![live.local_addr().unwrap().into()];
        let r = connect_first(&v, Type::STREAM, None, ATTEMPT_DELAY, |_, _| Err("bind"));
        assert_eq!(r.err(), Some(RaceError::Setup("bind")));
    }

    #[test]
    fn the_most_telling_error_is_kept() {
        let pick = |errs: &[i32]| {
            let mut best = None;
            errs.iter().for_each(|&e| note(&mut best, e));
            best
        };
        assert_eq!(
            pick(&[libc::EADDRNOTAVAIL, libc::ECONNREFUSED]),
            Some(libc::ECONNREFUSED)
        );
        assert_eq!(
            pick(&[libc::ECONNREFUSED, libc::ENETUNREACH]),
            Some(libc::ECONNREFUSED)
        );
        assert_eq!(
            pick(&[libc::ENETUNREACH, libc::EAFNOSUPPORT]),
            Some(libc::ENETUNREACH)
        );
        assert_eq!(
            pick(&[libc::ECONNRESET, libc::ECONNREFUSED]),
            Some(libc::ECONNRESET)
        );
    }
}
