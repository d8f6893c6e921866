//! Happy Eyeballs (RFC 8305): connecting to the first of several addresses that answers.
//!
//! The addresses are ordered by [`interleave`] (§4: alternating address families, starting
//! with the family getaddrinfo put first). [`connect_first`] starts a non-blocking
//! `connect(2)` to the first, and starts the next one when the "Connection Attempt Delay"
//! (§5, 250 ms recommended) passes without an answer, or at once when an attempt fails; the
//! attempts started stay in flight together, watched with `poll(2)`. The first to connect wins,
//! the others are closed; the whole race ends at the deadline.

use std::net::SocketAddr;
use std::os::fd::{AsRawFd, RawFd};
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

/// How a [`Race`] stands after [`Race::advance`].
#[derive(Debug)]
pub enum Progress<E> {
    /// Attempts are in flight: poll [`Race::fds`] for `POLLOUT` until [`Race::wake_at`].
    Pending,
    /// This socket connected (in blocking mode).
    Won(Socket),
    /// No address connected.
    Lost(RaceError<E>),
}

/// The Happy Eyeballs race as a state machine that a caller's `poll(2)` loop drives: the
/// descriptors to watch for `POLLOUT` ([`Race::fds`]), the moment to look again without any
/// event ([`Race::wake_at`]: the next attempt's start or the deadline), and [`Race::advance`]
/// with what poll(2) reported. [`connect_first`] is this driven by a loop of its own; the
/// client's `requestAll()` drives many races in one loop.
#[derive(Debug)]
pub struct Race {
    addrs: Vec<SockAddr>,
    ty: Type,
    deadline: Option<Instant>,
    delay: Duration,
    /// The next address to try.
    next: usize,
    /// Attempts in flight (non-blocking sockets whose connect(2) is in progress).
    flying: Vec<Socket>,
    /// The most telling errno seen ([`note`]).
    best: Option<i32>,
    /// When the next attempt may start.
    start_at: Instant,
}

impl Race {
    /// A race over `addrs` (in the order to try them) for sockets of type `ty`, ending at
    /// `deadline` (`None`: no limit), the next attempt starting after `delay` without an
    /// answer. Nothing starts before the first [`Race::advance`].
    pub fn new(addrs: Vec<SockAddr>, ty: Type, deadline: Option<Instant>, delay: Duration) -> Race {
        Race {
            addrs,
            ty,
            deadline,
            delay,
            next: 0,
            flying: Vec::new(),
            best: None,
            start_at: Instant::now(),
        }
    }

    /// The descriptors of the attempts in flight, to poll for `POLLOUT`, in the order
    /// [`Race::advance`] takes their `revents`.
    pub fn fds(&self) -> impl Iterator<Item = RawFd> + '_ {
        self.flying.iter().map(AsRawFd::as_raw_fd)
    }

    /// When [`Race::advance`] must run even if no descriptor is ready: the next attempt's
    /// start (while addresses are left), else the deadline.
    pub fn wake_at(&self) -> Option<Instant> {
        if self.next < self.addrs.len() {
            Some(
                self.deadline
                    .map_or(self.start_at, |d| d.min(self.start_at)),
            )
        } else {
            self.deadline
        }
    }

    /// Moves the race on without blocking: takes the finished attempts (`revents[i]` is what
    /// poll(2) reported for the i-th descriptor of [`Race::fds`]; empty or zero: nothing), then
    /// starts the next attempts that are due (`configure` sets each socket up before its
    /// `connect(2)`; its error ends the race). The first attempt connected wins; the deadline
    /// passed is ETIMEDOUT.
    pub fn advance<E>(
        &mut self,
        revents: &[i16],
        mut configure: impl FnMut(&Socket, &SockAddr) -> Result<(), E>,
    ) -> Progress<E> {
        // Collect the finished attempts; the first that connected wins.
        let mut failed = false;
        let mut kept = Vec::with_capacity(self.flying.len());
        let mut winner = None;
        for (i, sock) in std::mem::take(&mut self.flying).into_iter().enumerate() {
            let ev = revents.get(i).copied().unwrap_or(0);
            if ev == 0 || winner.is_some() {
                kept.push(sock);
                continue;
            }
            match sock.take_error() {
                Ok(None) if ev & (libc::POLLERR | libc::POLLHUP) == 0 => winner = Some(sock),
                Ok(None) => note(&mut self.best, libc::ECONNREFUSED),
                Ok(Some(e)) | Err(e) => note(&mut self.best, errno_of(&e)),
            }
            failed |= winner.is_none();
        }
        if let Some(sock) = winner {
            // The others are closed with `kept`.
            return finish(sock)
                .map_or_else(|e| Progress::Lost(RaceError::Failed(e)), Progress::Won);
        }
        self.flying = kept;
        if failed {
            // RFC 8305 §5: a failed attempt starts the next one at once.
            self.start_at = Instant::now();
        }
        loop {
            let now = Instant::now();
            if self.deadline.is_some_and(|d| now >= d) {
                self.flying.clear();
                return Progress::Lost(RaceError::Failed(libc::ETIMEDOUT));
            }
            // Start the next attempt: the first, after the delay, or when none is in flight.
            if self.next < self.addrs.len() && (self.flying.is_empty() || now >= self.start_at) {
                let a = &self.addrs[self.next];
                self.next += 1;
                match start(a, self.ty, &mut configure) {
                    Ok(Started::Connected(sock)) => {
                        self.flying.clear();
                        return finish(sock)
                            .map_or_else(|e| Progress::Lost(RaceError::Failed(e)), Progress::Won);
                    }
                    Ok(Started::Pending(sock)) => {
                        self.flying.push(sock);
                        self.start_at = now + self.delay;
                    }
                    Err(RaceError::Failed(e)) => note(&mut self.best, e),
                    Err(e) => {
                        self.flying.clear();
                        return Progress::Lost(e);
                    }
                }
                continue;
            }
            if self.flying.is_empty() {
                return Progress::Lost(RaceError::Failed(self.best.unwrap_or(libc::EADDRNOTAVAIL)));
            }
            return Progress::Pending;
        }
    }
}

/// Connects a socket of type `ty` to the first of `addrs` that accepts, Happy Eyeballs style
/// (see the module doc), until `deadline` (`None`: no limit): a [`Race`] driven by its own
/// `poll(2)` loop. `configure` sets each attempt's socket up before its `connect(2)` (options,
/// `bind(2)`); its error ends the race. The winner is returned in blocking mode. A datagram
/// socket's `connect(2)` completes at once, so UDP gets the first address that a socket can be
/// connected to.
pub fn connect_first<E>(
    addrs: &[SockAddr],
    ty: Type,
    deadline: Option<Instant>,
    delay: Duration,
    mut configure: impl FnMut(&Socket, &SockAddr) -> Result<(), E>,
) -> Result<Socket, RaceError<E>> {
    let mut race = Race::new(addrs.to_vec(), ty, deadline, delay);
    let mut revents: Vec<i16> = Vec::new();
    let mut fds: Vec<libc::pollfd> = Vec::new();
    loop {
        match race.advance(&revents, &mut configure) {
            Progress::Pending => {}
            Progress::Won(sock) => return Ok(sock),
            Progress::Lost(e) => return Err(e),
        }
        fds.clear();
        fds.extend(race.fds().map(|fd| libc::pollfd {
            fd,
            events: libc::POLLOUT,
            revents: 0,
        }));
        revents.clear();
        match super::io::poll_many(&mut fds, super::io::ms_until(race.wake_at())) {
            Ok(_) => revents.extend(fds.iter().map(|p| p.revents)),
            Err(e) if e.code() == libc::EINTR => {}
            Err(e) => return Err(RaceError::Failed(e.code())),
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

    #[test]
    fn a_race_is_stepped_by_its_callers_poll_loop() {
        let (_s, no) = refused("::1");
        let live = TcpListener::bind("127.0.0.1:0").unwrap();
        let v: Vec<SockAddr> = vec![no.into(), live.local_addr().unwrap().into()];
        let deadline = Instant::now() + Duration::from_secs(5);
        let mut race = Race::new(v, Type::STREAM, Some(deadline), Duration::from_secs(3));
        // Nothing starts before the first step.
        assert_eq!(race.fds().count(), 0);
        let mut revents: Vec<i16> = Vec::new();
        let mut steps = 0;
        let sock = loop {
            steps += 1;
            assert!(steps < 100, "the race does not end");
            match race.advance(&revents, |_, _| Ok::<(), ()>(())) {
                Progress::Won(s) => break s,
                Progress::Lost(e) => panic!("{e:?}"),
                Progress::Pending => {}
            }
            // While pending: one or two attempts to watch, and a wake-up before the deadline.
            let n = race.fds().count();
            assert!((1..=2).contains(&n), "{n}");
            assert!(race.wake_at().is_some_and(|t| t <= deadline));
            let mut fds: Vec<libc::pollfd> = race
                .fds()
                .map(|fd| libc::pollfd {
                    fd,
                    events: libc::POLLOUT,
                    revents: 0,
                })
                .collect();
            super::super::io::poll_many(&mut fds, super::super::io::ms_until(race.wake_at()))
                .unwrap();
            revents = fds.iter().map(|p| p.revents).collect();
        };
        assert_eq!(
            sock.peer_addr().unwrap().as_socket(),
            Some(live.local_addr().unwrap())
        );
        assert!(!sock.nonblocking().unwrap());
        // A race whose deadline has passed is lost at its first step, without any attempt.
        let mut late = Race::new(
            vec![live.local_addr().unwrap().into()],
            Type::STREAM,
            Some(Instant::now()),
            ATTEMPT_DELAY,
        );
        assert!(matches!(
            late.advance(&[], |_, _| Ok::<(), ()>(())),
            Progress::Lost(RaceError::Failed(libc::ETIMEDOUT))
        ));
    }
}
