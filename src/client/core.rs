//! The PHP-free core of `SocketClient`: addresses, connecting within a deadline (name lookup
//! included) to the first address of a name that answers (RFC 8305), full writes, reads with
//! deadlines for the whole call, frames.
//!
//! Timeouts: every wait is a `poll(2)` for what is left of the call's deadline, in milliseconds,
//! followed by a non-blocking `recv(2)`/`send(2)` (`MSG_DONTWAIT`), so a timeout bounds the whole
//! call, never a single syscall, and fires on time: the kernel rounds `SO_RCVTIMEO` up to its
//! timer ticks (a 1 ms timeout fired after 8 ms), poll(2) keeps millisecond precision. The socket
//! keeps its blocking mode and `SO_RCVTIMEO`/`SO_SNDTIMEO` set to the read and write timeouts,
//! for the descriptor handed out by `getSocket()`; the client itself does not rely on them.
//!
//! Bytes: every send and receive goes through the connection's [`Transport`] (the socket, plain
//! or under a TLS session started right after the TCP connect, within the same deadline); this
//! file decides what to send and when a reply is complete, the transport how bytes move.
//!
//! Replies: a connection counts what it owes (see [`Conn::reusable`]), so that the persistent
//! pool never hands a connection with a reply still on its way to the next user.

use std::net::{IpAddr, SocketAddr};
use std::os::fd::RawFd;
use std::time::{Duration, Instant};

use socket2::{SockAddr, Socket, Type};

use super::framing::{Decoded, FrameError, Framing};
use super::tls::TlsOptions;
use super::transport::{wait, Fail, Idle, Transport};
use crate::net;
use crate::net::eyeballs::{self, Progress, RaceError};
use crate::net::resolve::Error as ResolveError;

/// The kind of failure, which picks the PHP exception class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `SocketException`.
    Socket,
    /// `ConnectException`.
    Connect,
    /// `TimeoutException`.
    Timeout,
    /// `ConnectionClosedException`.
    Closed,
    /// `ProtocolException`.
    Protocol,
    /// `TlsException` (a `ConnectException`): the TLS handshake failed, or the server ended
    /// the session with an alert (TLS 1.3 reports a refused client certificate on the first
    /// read after the handshake).
    Tls,
}

/// A failure: the exception class, its code (errno, or 0) and its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientError {
    pub kind: Kind,
    pub code: i32,
    pub msg: String,
}

impl ClientError {
    pub fn new(kind: Kind, code: i32, msg: impl Into<String>) -> Self {
        ClientError {
            kind,
            code,
            msg: msg.into(),
        }
    }
}

pub type Result<T> = std::result::Result<T, ClientError>;

fn strerror(e: i32) -> String {
    crate::net::strerror(e)
}

/// The transport of an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Tcp,
    Udp,
    Unix,
}

/// A parsed `tcp://host:port`, `udp://host:port` or `unix:///path`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub scheme: Scheme,
    /// Host without brackets (tcp/udp).
    pub host: String,
    pub port: u16,
    /// Socket path (unix).
    pub path: Vec<u8>,
    /// How messages name it: `127.0.0.1:919`, `[::1]:919`, `gw:919`, `/path`.
    pub display: String,
    /// `tls://` or `ssl://`: TCP with a TLS session on top.
    pub tls: bool,
}

/// Parses an address; the error text completes "Invalid address ...: ".
pub fn parse_address(s: &[u8]) -> std::result::Result<Target, &'static str> {
    let tls = s.starts_with(b"tls://") || s.starts_with(b"ssl://");
    let (scheme, rest) = if let Some(r) = s.strip_prefix(b"tcp://") {
        (Scheme::Tcp, r)
    } else if tls {
        (Scheme::Tcp, &s[6..])
    } else if let Some(r) = s.strip_prefix(b"udp://") {
        (Scheme::Udp, r)
    } else if let Some(r) = s.strip_prefix(b"unix://") {
        (Scheme::Unix, r)
    } else {
        return Err("expected tcp://host:port, tls://host:port, udp://host:port or unix:///path");
    };
    if scheme == Scheme::Unix {
        if rest.is_empty() {
            return Err("expected unix:///path");
        }
        if rest.contains(&0) {
            return Err("the socket path contains a NUL byte");
        }
        if rest.len() > 107 {
            return Err("the socket path is longer than 107 bytes");
        }
        return Ok(Target {
            scheme,
            host: String::new(),
            port: 0,
            path: rest.to_vec(),
            display: String::from_utf8_lossy(rest).into_owned(),
            tls: false,
        });
    }
    let rest = std::str::from_utf8(rest).map_err(|_| "the host is not valid text")?;
    let (host, port) = if let Some(r) = rest.strip_prefix('[') {
        let end = r.find(']').ok_or("missing ] after an IPv6 address")?;
        let host = &r[..end];
        if host.parse::<std::net::Ipv6Addr>().is_err() {
            return Err("not an IPv6 address between [ and ]");
        }
        let port = r[end + 1..]
            .strip_prefix(':')
            .ok_or("expected :port after the host")?;
        (host, port)
    } else {
        let (host, port) = rest
            .rsplit_once(':')
            .ok_or("expected :port after the host")?;
        if host.contains(':') {
            return Err("an IPv6 address must be written in brackets: [::1]:port");
        }
        (host, port)
    };
    if host.is_empty() {
        return Err("the host is empty");
    }
    if port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) {
        return Err("the port must be a number from 1 to 65535");
    }
    let port: u16 = match port.parse() {
        Ok(p) if p > 0 => p,
        _ => return Err("the port must be a number from 1 to 65535"),
    };
    let display = if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    };
    Ok(Target {
        scheme,
        host: host.to_string(),
        port,
        path: Vec::new(),
        display,
        tls,
    })
}

/// Connection settings (the PHP options, validated).
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// `None` = no limit.
    pub connect_timeout: Option<Duration>,
    pub read_timeout: Option<Duration>,
    pub write_timeout: Option<Duration>,
    pub framing: Framing,
    pub max_frame: usize,
    pub tcp_nodelay: bool,
    pub keepalive: bool,
    pub bind: Option<Vec<u8>>,
    pub retries: u32,
    pub retry_delay: Duration,
    /// The pool key when persistent (`true` gives the empty key).
    pub persistent: Option<Vec<u8>>,
    /// The `'tls'` options (a `tls://` address without them uses the defaults).
    pub tls: Option<TlsOptions>,
    /// `lazy_connect`: the constructor does not connect; the first method that needs the
    /// connection does, or `requestAll()` (without blocking, with the other clients).
    pub lazy_connect: bool,
}

/// `max_frame`'s default: 8 MiB.
pub const DEFAULT_MAX_FRAME: usize = 8 << 20;

impl Options {
    /// The defaults, with every timeout set to `timeout`.
    pub fn new(timeout: Option<Duration>) -> Self {
        Options {
            connect_timeout: timeout,
            read_timeout: timeout,
            write_timeout: timeout,
            framing: Framing::None,
            max_frame: DEFAULT_MAX_FRAME,
            tcp_nodelay: true,
            keepalive: false,
            bind: None,
            retries: 0,
            retry_delay: Duration::from_millis(100),
            persistent: None,
            tls: None,
            lazy_connect: false,
        }
    }
}

/// The end of a call: a point in time, or never.
#[derive(Debug, Clone, Copy)]
pub struct Deadline(Option<Instant>);

impl Deadline {
    pub fn after(t: Option<Duration>) -> Self {
        Deadline(t.map(|d| Instant::now() + d))
    }
    /// Milliseconds left for poll(2): -1 = forever, 0 = expired (rounded up otherwise).
    pub fn poll_ms(&self) -> i32 {
        net::io::ms_until(self.0)
    }
    /// The end as a point in time (`None`: never).
    pub fn instant(&self) -> Option<Instant> {
        self.0
    }
}

/// Formats seconds as PHP users write them: `2`, `0.3`, `1.25`.
pub fn secs(d: Option<Duration>) -> String {
    match d {
        None => "forever".into(),
        Some(d) => {
            let s = format!("{:.3}", d.as_secs_f64());
            let s = s.trim_end_matches('0').trim_end_matches('.');
            s.to_string()
        }
    }
}

fn timeval(d: Option<Duration>) -> Option<Duration> {
    // SO_RCVTIMEO of zero means "no timeout"; a timeout shorter than the clock's tick is 1 µs.
    d.map(|d| d.max(Duration::from_micros(1)))
}

/// Statistics of a client (`getStats()`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub bytes_sent: u64,
    pub bytes_received: u64,
    pub frames_sent: u64,
    pub frames_received: u64,
    pub reconnects: u64,
    pub reused: bool,
}

/// One connected socket and what was read ahead of the caller.
#[derive(Debug)]
pub struct Conn {
    /// The socket and its TLS session: where bytes leave and arrive.
    io: Transport,
    pub scheme: Scheme,
    /// The peer as messages name it.
    pub peer: String,
    /// Read-ahead storage (its length is the capacity; zeroed only when it grows).
    rbuf: Vec<u8>,
    /// Unread bytes are `rbuf[rpos..rend]`.
    rpos: usize,
    rend: usize,
    /// A timeout, an error or a half-read frame: never to be reused.
    pub tainted: bool,
    /// Requests sent whose reply has not been consumed: frames sent with [`Conn::send_frame`],
    /// or datagrams; a frame (or datagram) received pays one back.
    awaiting: u64,
    /// Bytes may have been sent that no frame accounts for ([`Conn::send_bytes`] on a stream,
    /// or the descriptor handed out by [`Conn::hand_out`]): their reply has no end the client
    /// can recognise, so it may still be on its way at any time.
    unaccounted: bool,
    rcvtimeo: Option<Duration>,
    sndtimeo: Option<Duration>,
}

const READ_CHUNK: usize = 16 * 1024;

fn addr_text(a: &SockAddr) -> String {
    if let Some(sa) = a.as_socket() {
        return sa.to_string();
    }
    if let Some(p) = a.as_pathname() {
        return p.to_string_lossy().into_owned();
    }
    String::new()
}

fn connect_error(target: &Target, e: i32, t: Option<Duration>) -> ClientError {
    let msg = match e {
        libc::ECONNREFUSED => format!("Connection to {} refused [{e}]", target.display),
        libc::ETIMEDOUT => format!(
            "Connection to {} timed out after {} s [{e}]",
            target.display,
            secs(t)
        ),
        _ => format!(
            "Connection to {} failed: {} [{e}]",
            target.display,
            strerror(e)
        ),
    };
    ClientError::new(Kind::Connect, e, msg)
}

fn io_errno(e: &std::io::Error) -> i32 {
    if e.kind() == std::io::ErrorKind::TimedOut {
        libc::ETIMEDOUT
    } else {
        e.raw_os_error().unwrap_or(libc::EIO)
    }
}

/// Parses the `bind` option for the target's family: `host`, `host:port`, `[v6]:port`, or a
/// path for unix sockets.
fn bind_addr(bind: &[u8], target: &Target, v6: bool) -> std::result::Result<SockAddr, String> {
    if target.scheme == Scheme::Unix {
        return SockAddr::unix(std::ffi::OsStr::new(
            &String::from_utf8_lossy(bind).to_string(),
        ))
        .map_err(|e| e.to_string());
    }
    let s = std::str::from_utf8(bind).map_err(|_| "not valid text".to_string())?;
    let sa: SocketAddr = if let Ok(sa) = s.parse::<SocketAddr>() {
        sa
    } else if let Ok(ip) = s
        .trim_start_matches('[')
        .trim_end_matches(']')
        .parse::<IpAddr>()
    {
        SocketAddr::new(ip, 0)
    } else {
        return Err("expected an IP address, optionally with :port".into());
    };
    if sa.is_ipv6() != v6 {
        return Err("its address family differs from the remote address's".into());
    }
    Ok(SockAddr::from(sa))
}

/// The addresses of a tcp/udp target from the answer of its name lookup, in the order to try
/// them (RFC 8305 §4 for TCP), or the ConnectException of a lookup that failed.
fn resolved(
    target: &Target,
    o: &Options,
    answer: std::result::Result<Vec<SocketAddr>, ResolveError>,
) -> Result<Vec<SocketAddr>> {
    let addrs = answer.map_err(|e| lookup_error(target, o, e))?;
    Ok(if target.scheme == Scheme::Tcp {
        eyeballs::interleave(&addrs)
    } else {
        addrs
    })
}

/// The ConnectException of a name lookup that gave no address.
fn lookup_error(target: &Target, o: &Options, e: ResolveError) -> ClientError {
    match e {
        ResolveError::Failed(why) => {
            ClientError::new(
                Kind::Connect,
                0,
                format!("Cannot resolve host {}: {why}", target.host),
            )
        }
        ResolveError::TimedOut => {
            ClientError::new(
                Kind::Connect,
                libc::ETIMEDOUT,
                format!(
                    "Cannot resolve host {}: the name lookup did not finish within connect_timeout ({} s) [{}]",
                    target.host,
                    secs(o.connect_timeout),
                    libc::ETIMEDOUT
                ),
            )
        }
        ResolveError::Busy => {
            ClientError::new(
                Kind::Connect,
                libc::EAGAIN,
                format!(
                    "Cannot resolve host {}: {} earlier name lookups are still waiting for the resolver [{}]",
                    target.host,
                    net::resolve::MAX_IN_FLIGHT,
                    libc::EAGAIN
                ),
            )
        }
        ResolveError::Thread(e) => {
            ClientError::new(
                Kind::Connect,
                e,
                format!(
                    "Cannot resolve host {}: cannot start the lookup thread: {} [{e}]",
                    target.host,
                    strerror(e)
                ),
            )
        }
    }
}

/// `bind(2)`s an attempt's socket to the `bind` option.
fn bind(sock: &Socket, b: &[u8], target: &Target, a: &SockAddr) -> Result<()> {
    let ba = bind_addr(b, target, a.is_ipv6()).map_err(|why| {
        ClientError::new(
            Kind::Connect,
            0,
            format!(
                "Cannot bind to {} for {}: {why}",
                String::from_utf8_lossy(b),
                target.display
            ),
        )
    })?;
    sock.bind(&ba).map_err(|e| {
        let e = io_errno(&e);
        ClientError::new(
            Kind::Connect,
            e,
            format!(
                "Cannot bind to {} for {}: {} [{e}]",
                String::from_utf8_lossy(b),
                target.display,
                strerror(e)
            ),
        )
    })
}

/// The addresses to race for `target` (its name's addresses, or the unix socket path): with a
/// `bind` address, only the addresses of its family (if none is, the first attempt reports
/// why).
fn race_addresses(target: &Target, o: &Options, addrs: Vec<SocketAddr>) -> Vec<SockAddr> {
    let mut addrs = addrs;
    if let Some(b) = &o.bind {
        let fits = |a: &SocketAddr| bind_addr(b, target, a.is_ipv6()).is_ok();
        if addrs.iter().any(fits) {
            addrs.retain(fits);
        }
    }
    addrs.into_iter().map(SockAddr::from).collect()
}

/// Sets an attempt's socket up before its `connect(2)`: `TCP_NODELAY`, `SO_KEEPALIVE`,
/// `bind(2)`.
fn configure(target: &Target, o: &Options, sock: &Socket, a: &SockAddr) -> Result<()> {
    if target.scheme == Scheme::Tcp {
        if o.tcp_nodelay {
            let _ = sock.set_tcp_nodelay(true);
        }
        if o.keepalive {
            let _ = sock.set_keepalive(true);
        }
    }
    if let Some(b) = &o.bind {
        bind(sock, b, target, a)?;
    }
    Ok(())
}

/// A failed TLS handshake (or its setup) as the `TlsException` PHP sees (ETIMEDOUT when the
/// connect deadline passed: TlsException extends ConnectException, as a TCP connect timeout is
/// a ConnectException with ETIMEDOUT).
fn tls_failure(target: &Target, o: &Options, f: Fail) -> ClientError {
    let (code, why) = match f {
        Fail::Timeout => (
            libc::ETIMEDOUT,
            format!("timed out after {} s", secs(o.connect_timeout)),
        ),
        Fail::Eof => (
            0,
            "the peer closed the connection (is it a TLS server?)".to_string(),
        ),
        Fail::Os(e) => (e, format!("{} [{e}]", strerror(e))),
        Fail::Tls(e) => (0, super::tls::describe(&e)),
    };
    let suffix = if code == libc::ETIMEDOUT {
        format!(" [{code}]")
    } else {
        String::new()
    };
    ClientError::new(
        Kind::Tls,
        code,
        format!(
            "TLS handshake with {} failed: {why}{suffix}",
            target.display
        ),
    )
}

/// One connect round of a client as a state machine that a `poll(2)` loop drives without
/// blocking: the name lookup on a helper thread ([`net::resolve::start`]), the Happy Eyeballs
/// race of its addresses ([`eyeballs::Race`], RFC 8305), then for `tls://` the TLS handshake
/// ([`Transport::handshake_step`]) — all within one deadline, `connect_timeout`. Poll
/// [`Connecting::interest`] until [`Connecting::wake_at`], then [`Connecting::advance`].
/// [`Conn::connect`] drives one with a loop of its own; `requestAll()` drives many in its loop
/// among the requests of connected clients.
#[derive(Debug)]
pub struct Connecting {
    target: Target,
    opts: Options,
    dl: Deadline,
    stage: Stage,
    /// A lookup refused for want of a slot ([`ResolveError::Busy`]) waits for one (within the
    /// deadline) instead of failing: `requestAll()`'s own lookups may fill the bound.
    queue: bool,
}

/// How often a queued lookup tries for a slot again.
const LOOKUP_RETRY: Duration = Duration::from_millis(5);

#[derive(Debug)]
enum Stage {
    Resolving(net::resolve::Lookup),
    /// Waiting until this moment to try for a lookup slot again (see [`Connecting::queue`]).
    Queued(Instant),
    Racing(eyeballs::Race),
    /// The TCP connection is made; the handshake waits for these poll(2) events.
    Handshaking(Box<Conn>, i16),
    /// Finished (the connection handed out, or the failure reported).
    Over,
}

impl Connecting {
    /// Starts connecting to `target` with the options `o`: the deadline (`connect_timeout`)
    /// runs from now; the name lookup starts (a literal address or a unix path needs none).
    /// `queue`: a lookup beyond the process-wide bound waits for a slot instead of failing at
    /// once (for `requestAll()`, whose own lookups may fill the bound).
    pub fn start(target: &Target, o: &Options, queue: bool) -> Result<Connecting> {
        let dl = Deadline::after(o.connect_timeout);
        let stage = match target.scheme {
            Scheme::Unix => {
                let p = String::from_utf8_lossy(&target.path).into_owned();
                let a = SockAddr::unix(p).map_err(|e| connect_error(target, io_errno(&e), None))?;
                Stage::Racing(Self::race(target, vec![a], dl))
            }
            _ => Stage::Resolving(net::resolve::start(&target.host, target.port)),
        };
        Ok(Connecting {
            target: target.clone(),
            opts: o.clone(),
            dl,
            stage,
            queue,
        })
    }

    fn race(target: &Target, addrs: Vec<SockAddr>, dl: Deadline) -> eyeballs::Race {
        let ty = if target.scheme == Scheme::Udp {
            Type::DGRAM
        } else {
            Type::STREAM
        };
        eyeballs::Race::new(addrs, ty, dl.instant(), eyeballs::ATTEMPT_DELAY)
    }

    /// The address as messages name it.
    pub fn peer(&self) -> &str {
        &self.target.display
    }

    /// The descriptors to poll(2) and their events, appended to `out` in the order
    /// [`Connecting::advance`] takes their `revents`.
    pub fn interest(&self, out: &mut Vec<(RawFd, i16)>) {
        match &self.stage {
            Stage::Resolving(l) => out.extend(l.fd().map(|fd| (fd, libc::POLLIN))),
            Stage::Queued(_) => {}
            Stage::Racing(r) => out.extend(r.fds().map(|fd| (fd, libc::POLLOUT))),
            Stage::Handshaking(c, ev) => out.push((c.fd(), *ev)),
            Stage::Over => {}
        }
    }

    /// When [`Connecting::advance`] must run even if no descriptor is ready (the next Happy
    /// Eyeballs attempt, or the deadline).
    pub fn wake_at(&self) -> Option<Instant> {
        match &self.stage {
            Stage::Racing(r) => r.wake_at(),
            Stage::Queued(t) => Some(self.dl.instant().map_or(*t, |d| d.min(*t))),
            _ => self.dl.instant(),
        }
    }

    /// Moves the connect on as far as it goes without blocking (`revents`: what poll(2)
    /// reported for [`Connecting::interest`], in its order; empty: nothing). `Ok(Some(conn))`:
    /// connected (and, for TLS, the handshake done); `Ok(None)`: not yet. A failure is the
    /// ConnectException (or TlsException) the blocking connect would have thrown.
    pub fn advance(&mut self, revents: &[i16]) -> Result<Option<Conn>> {
        let Connecting {
            target,
            opts: o,
            dl,
            stage,
            queue,
        } = self;
        let mut revents = revents;
        loop {
            match std::mem::replace(stage, Stage::Over) {
                Stage::Resolving(mut l) => match l.try_take() {
                    Some(Err(ResolveError::Busy)) if *queue && dl.poll_ms() != 0 => {
                        *stage = Stage::Queued(Instant::now() + LOOKUP_RETRY);
                        return Ok(None);
                    }
                    Some(answer) => {
                        let addrs = race_addresses(target, o, resolved(target, o, answer)?);
                        *stage = Stage::Racing(Self::race(target, addrs, *dl));
                        revents = &[];
                    }
                    None if dl.poll_ms() == 0 => {
                        return Err(lookup_error(target, o, ResolveError::TimedOut));
                    }
                    None => {
                        *stage = Stage::Resolving(l);
                        return Ok(None);
                    }
                },
                Stage::Queued(_) if dl.poll_ms() == 0 => {
                    return Err(lookup_error(target, o, ResolveError::TimedOut));
                }
                Stage::Queued(t) if Instant::now() < t => {
                    *stage = Stage::Queued(t);
                    return Ok(None);
                }
                Stage::Queued(_) => {
                    *stage = Stage::Resolving(net::resolve::start(&target.host, target.port));
                }
                Stage::Racing(mut race) => {
                    match race.advance(revents, |s, a| configure(target, o, s, a)) {
                        Progress::Pending => {
                            *stage = Stage::Racing(race);
                            return Ok(None);
                        }
                        Progress::Lost(RaceError::Setup(e)) => return Err(e),
                        Progress::Lost(RaceError::Failed(e)) => {
                            return Err(connect_error(target, e, o.connect_timeout))
                        }
                        Progress::Won(sock) => {
                            let mut c = Conn::new(sock, target, o);
                            if !target.tls {
                                return Ok(Some(c));
                            }
                            let opts = o.tls.clone().unwrap_or_default();
                            let cfg = super::tls::config(&opts).map_err(|why| {
                                ClientError::new(
                                    Kind::Tls,
                                    0,
                                    format!("TLS setup for {} failed: {why}", target.display),
                                )
                            })?;
                            let name = opts.server_name(&target.host).to_string();
                            c.io.begin_tls(cfg, &name)
                                .map_err(|f| tls_failure(target, o, f))?;
                            *stage = Stage::Handshaking(Box::new(c), 0);
                            revents = &[];
                        }
                    }
                }
                Stage::Handshaking(mut c, _) => {
                    return match c.io.handshake_step() {
                        Ok(None) => Ok(Some(*c)),
                        Ok(Some(_)) if dl.poll_ms() == 0 => {
                            Err(tls_failure(target, o, Fail::Timeout))
                        }
                        Ok(Some(ev)) => {
                            *stage = Stage::Handshaking(c, ev);
                            Ok(None)
                        }
                        Err(f) => Err(tls_failure(target, o, f)),
                    };
                }
                Stage::Over => {
                    return Err(ClientError::new(
                        Kind::Connect,
                        0,
                        format!("The connect to {} is over", target.display),
                    ))
                }
            }
        }
    }

    /// Drives the connect to its end with a `poll(2)` loop of its own (the blocking connect).
    fn finish(mut self) -> Result<Conn> {
        let mut revents: Vec<i16> = Vec::new();
        let mut want: Vec<(RawFd, i16)> = Vec::new();
        let mut fds: Vec<libc::pollfd> = Vec::new();
        loop {
            if let Some(c) = self.advance(&revents)? {
                return Ok(c);
            }
            want.clear();
            self.interest(&mut want);
            fds.clear();
            fds.extend(want.iter().map(|&(fd, events)| libc::pollfd {
                fd,
                events,
                revents: 0,
            }));
            revents.clear();
            match net::io::poll_many(&mut fds, net::io::ms_until(self.wake_at())) {
                Ok(_) => revents.extend(fds.iter().map(|p| p.revents)),
                Err(e) if e.code() == libc::EINTR => {}
                Err(e) => {
                    return Err(connect_error(
                        &self.target,
                        e.code(),
                        self.opts.connect_timeout,
                    ))
                }
            }
        }
    }
}

impl Conn {
    /// Connects to `target`: resolves the name (getaddrinfo(3) on a helper thread) and races
    /// its addresses (RFC 8305), then for `tls://` the TLS handshake, all within the connect
    /// timeout ([`Connecting`], driven to its end); `retries` more rounds after `retry_delay`
    /// if all fail. `reconnects` counts the extra rounds.
    pub fn connect(target: &Target, o: &Options, reconnects: &mut u64) -> Result<Conn> {
        let mut attempt = 0;
        loop {
            // One deadline per round: name resolution, the TCP connect and (for TLS) the
            // handshake all count against `connect_timeout`.
            match Connecting::start(target, o, false).and_then(Connecting::finish) {
                Ok(c) => return Ok(c),
                Err(e) if attempt < o.retries && e.kind == Kind::Connect => {
                    attempt += 1;
                    *reconnects += 1;
                    std::thread::sleep(o.retry_delay);
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// A connection on the socket a connect round won (the only place a `Conn` is built).
    fn new(sock: Socket, target: &Target, o: &Options) -> Conn {
        let mut c = Conn {
            io: Transport::plain(sock),
            scheme: target.scheme,
            peer: target.display.clone(),
            rbuf: Vec::new(),
            rpos: 0,
            rend: 0,
            tainted: false,
            awaiting: 0,
            unaccounted: false,
            rcvtimeo: None,
            sndtimeo: None,
        };
        c.set_timeouts(o);
        c
    }

    /// Applies the read and write timeouts as SO_RCVTIMEO/SO_SNDTIMEO (only when they change).
    pub fn set_timeouts(&mut self, o: &Options) {
        if self.rcvtimeo != o.read_timeout {
            let _ = self.io.sock.set_read_timeout(timeval(o.read_timeout));
            self.rcvtimeo = o.read_timeout;
        }
        if self.sndtimeo != o.write_timeout {
            let _ = self.io.sock.set_write_timeout(timeval(o.write_timeout));
            self.sndtimeo = o.write_timeout;
        }
    }

    pub fn fd(&self) -> RawFd {
        self.io.fd()
    }

    /// Whether the connection carries TLS (`tls://`).
    pub fn is_tls(&self) -> bool {
        self.io.is_tls()
    }

    /// What the TLS handshake negotiated (`getTlsInfo()`); `None` without TLS.
    pub fn tls_info(&self) -> Option<super::tls::Info> {
        self.io.tls_info()
    }

    /// The `poll(2)` events this connection waits for (see [`Transport::events`]).
    pub fn events(&self, receiving: bool) -> i16 {
        self.io.events(receiving)
    }

    /// Whether records are still queued for the socket (TLS): a send is done only without.
    pub fn pending_out(&self) -> bool {
        self.io.pending_out()
    }

    /// Writes out queued TLS records as far as the socket takes them.
    pub fn flush_some(&mut self) -> Result<()> {
        self.io
            .flush_some()
            .map_err(|f| self.fail_with("Send to", f))
    }

    /// A transport failure of `what` ("Send to", "Receive from") as the client error.
    fn fail_with(&mut self, what: &str, f: Fail) -> ClientError {
        match f {
            Fail::Os(e) => self.os_error(what, e),
            Fail::Tls(e) => {
                let msg = format!("TLS error from {}: {}", self.peer, super::tls::describe(&e));
                self.fail(ClientError::new(Kind::Tls, 0, msg))
            }
            Fail::Timeout => self.timeout_error(what, self.rcvtimeo),
            Fail::Eof => {
                let msg = format!("Connection closed by {}", self.peer);
                self.fail(ClientError::new(Kind::Closed, 0, msg))
            }
        }
    }

    /// `getpeername(2)` as text.
    pub fn remote_address(&self) -> String {
        self.io
            .sock
            .peer_addr()
            .map(|a| addr_text(&a))
            .unwrap_or_default()
    }

    /// `getsockname(2)` as text.
    pub fn local_address(&self) -> String {
        self.io
            .sock
            .local_addr()
            .map(|a| addr_text(&a))
            .unwrap_or_default()
    }

    /// Whether the connection may serve another request (go back to the persistent pool):
    /// not tainted, nothing read ahead, and no reply outstanding — every frame or datagram sent
    /// was answered by one received, and nothing was sent on a stream without framing (such a
    /// reply has no end the client can know, so the connection is never reused). Judged from
    /// what was sent and received only, never from what happens to have arrived yet.
    pub fn reusable(&self) -> bool {
        !self.tainted && self.rpos == self.rend && self.awaiting == 0 && !self.unaccounted
    }

    /// Whether a pooled connection can be used again: [`Conn::reusable`], and the idle socket
    /// holds neither end of stream (or close_notify) nor stale bytes nor an error (a
    /// non-blocking `MSG_PEEK`; with TLS, the pending records processed — see
    /// [`Transport::idle_state`]).
    pub fn is_sound(&mut self) -> bool {
        self.reusable() && self.io.idle_state() == Idle::Quiet
    }

    /// Whether the peer has not (visibly) closed: data waiting, or nothing yet; end of stream,
    /// close_notify or an error means closed. (An empty datagram is not an end.)
    pub fn peer_open(&mut self) -> bool {
        if self.buffered() > 0 {
            return true;
        }
        match self.io.idle_state() {
            Idle::Quiet | Idle::Stray => true,
            Idle::Closed => self.scheme == Scheme::Udp,
        }
    }

    pub(super) fn fail(&mut self, e: ClientError) -> ClientError {
        self.tainted = true;
        e
    }

    pub(super) fn timeout_error(&mut self, what: &str, t: Option<Duration>) -> ClientError {
        let msg = format!("{what} {} timed out after {} s", self.peer, secs(t));
        self.fail(ClientError::new(Kind::Timeout, libc::ETIMEDOUT, msg))
    }

    pub(super) fn os_error(&mut self, what: &str, e: i32) -> ClientError {
        let err = match e {
            libc::ECONNRESET => ClientError::new(
                Kind::Closed,
                e,
                format!("Connection to {} reset by peer [{e}]", self.peer),
            ),
            libc::EPIPE => ClientError::new(
                Kind::Closed,
                e,
                format!(
                    "Connection to {} closed by peer: {} [{e}]",
                    self.peer,
                    strerror(e)
                ),
            ),
            libc::ECONNREFUSED => ClientError::new(
                Kind::Socket,
                e,
                format!("{what} {} failed: Connection refused [{e}]", self.peer),
            ),
            _ => ClientError::new(
                Kind::Socket,
                e,
                format!("{what} {} failed: {} [{e}]", self.peer, strerror(e)),
            ),
        };
        self.fail(err)
    }

    /// Sends `data` as the client's own bytes (`send()`): over UDP one datagram, a request
    /// that one datagram answers; on a stream, bytes whose reply has no end the client can
    /// recognise, so the connection will not be reused (see [`Conn::reusable`]).
    pub fn send_bytes(&mut self, data: &[u8]) -> Result<usize> {
        self.expect_reply(false);
        self.send_all(data)
    }

    /// Counts a request about to be sent: a frame (`framed`) or a datagram owes one reply; raw
    /// bytes on a stream owe a reply with no recognisable end (see [`Conn::reusable`]).
    pub fn expect_reply(&mut self, framed: bool) {
        if framed || self.scheme == Scheme::Udp {
            self.awaiting += 1;
        } else {
            self.unaccounted = true;
        }
    }

    /// Records that the descriptor is handed out (`getSocket()`): what is sent through it is
    /// not counted, so the connection will not be reused.
    pub fn hand_out(&mut self) {
        self.unaccounted = true;
    }

    /// Sends one encoded frame, a request that one frame received answers.
    pub fn send_frame(&mut self, frame: &[u8]) -> Result<usize> {
        self.expect_reply(true);
        self.send_all(frame)
    }

    /// One non-blocking send of what `data` holds ([`Transport::send_some`]: `send(2)` with
    /// `MSG_DONTWAIT`, or the plaintext TLS takes): the bytes taken, or `None` when the socket
    /// has no room yet (EAGAIN) or a signal interrupted it.
    pub fn send_some(&mut self, data: &[u8]) -> Result<Option<usize>> {
        self.io
            .send_some(data)
            .map_err(|f| self.fail_with("Send to", f))
    }

    /// Writes all of `data` within the write timeout: non-blocking sends (one for the usual
    /// case), with `poll(2)` for room in between; with TLS, until the records are out too.
    pub fn send_all(&mut self, data: &[u8]) -> Result<usize> {
        let dl = Deadline::after(self.sndtimeo);
        let fd = self.fd();
        let mut off = 0;
        // An empty datagram is still one to send.
        let mut empty_datagram = data.is_empty() && self.scheme == Scheme::Udp;
        loop {
            if off < data.len() || empty_datagram {
                if let Some(n) = self.send_some(&data[off..])? {
                    off += n;
                    empty_datagram = false;
                    continue;
                }
            } else if self.pending_out() {
                // Every byte taken; TLS records still queued for the socket.
                self.flush_some()?;
                if !self.pending_out() {
                    break;
                }
            } else {
                break;
            }
            match wait(fd, libc::POLLOUT, dl) {
                Ok(true) => {}
                Ok(false) => return Err(self.timeout_error("Send to", self.sndtimeo)),
                Err(e) => return Err(self.os_error("Send to", e)),
            }
        }
        Ok(off)
    }

    /// One receive within the deadline: `poll(2)` for input, then a non-blocking read (with
    /// TLS the read comes first: decrypted plaintext may be waiting in the session).
    /// Returns 0 at end of stream.
    fn recv_raw(&mut self, buf: &mut [u8], dl: Deadline) -> Result<usize> {
        loop {
            if !self.is_tls() {
                self.wait_input(dl)?;
            }
            // Woken without data (another reader of a dup()ed descriptor): wait again.
            if let Some(n) = self.recv_some(buf)? {
                return Ok(n);
            }
            if self.is_tls() {
                self.wait_input(dl)?;
            }
        }
    }

    /// `poll(2)` until the deadline for input (and, with TLS, for room when records are
    /// queued); a timeout taints the connection.
    fn wait_input(&mut self, dl: Deadline) -> Result<()> {
        match wait(self.fd(), self.io.events(true), dl) {
            Ok(true) => Ok(()),
            Ok(false) => Err(self.timeout_error("Receive from", self.rcvtimeo)),
            Err(e) => Err(self.os_error("Receive from", e)),
        }
    }

    /// One non-blocking receive ([`Transport::recv_some`]: `recv(2)` with `MSG_DONTWAIT`, or
    /// TLS plaintext): the bytes read (0 = end of stream), or `None` when nothing is there yet
    /// (EAGAIN) or a signal interrupted it.
    fn recv_some(&mut self, buf: &mut [u8]) -> Result<Option<usize>> {
        self.io
            .recv_some(buf)
            .map_err(|f| self.fail_with("Receive from", f))
    }

    /// The non-blocking half of [`Conn::receive`]: buffered bytes first, else one
    /// non-blocking read (`None`: nothing there yet). A datagram pays back one request.
    pub fn try_receive(&mut self, buf: &mut [u8]) -> Result<Option<usize>> {
        if self.buffered() > 0 {
            let n = self.buffered().min(buf.len());
            buf[..n].copy_from_slice(&self.rbuf[self.rpos..self.rpos + n]);
            self.consume(n);
            return Ok(Some(n));
        }
        let r = self.recv_some(buf)?;
        if r.is_some() && self.scheme == Scheme::Udp {
            // A datagram answers one sent.
            self.awaiting = self.awaiting.saturating_sub(1);
        }
        Ok(r)
    }

    /// Bytes read ahead and not yet handed out.
    pub fn buffered(&self) -> usize {
        self.rend - self.rpos
    }

    /// What arrived, up to `buf.len()` bytes: buffered bytes first, else one read that waits
    /// for at least one byte. 0 = end of stream (or an empty datagram).
    pub fn receive(&mut self, buf: &mut [u8]) -> Result<usize> {
        let dl = Deadline::after(self.rcvtimeo);
        loop {
            if let Some(n) = self.try_receive(buf)? {
                return Ok(n);
            }
            self.wait_input(dl)?;
        }
    }

    /// Exactly `buf.len()` bytes, or ConnectionClosed if the stream ends first.
    pub fn receive_exactly(&mut self, buf: &mut [u8]) -> Result<()> {
        let mut off = self.buffered().min(buf.len());
        buf[..off].copy_from_slice(&self.rbuf[self.rpos..self.rpos + off]);
        self.consume(off);
        let dl = Deadline::after(self.rcvtimeo);
        while off < buf.len() {
            let n = self.recv_raw(&mut buf[off..], dl)?;
            if n == 0 {
                let msg = format!(
                    "Connection closed by {} after {off} of {} bytes",
                    self.peer,
                    buf.len()
                );
                return Err(self.fail(ClientError::new(Kind::Closed, 0, msg)));
            }
            off += n;
        }
        Ok(())
    }

    fn consume(&mut self, n: usize) {
        self.rpos += n;
        if self.rpos == self.rend {
            self.rpos = 0;
            self.rend = 0;
            if self.rbuf.len() > 1 << 20 {
                // Do not keep a large frame's storage for the life of a persistent connection.
                self.rbuf = Vec::new();
            }
        }
    }

    /// Reads one whole frame into the read-ahead buffer and returns the payload's range in
    /// [`Conn::frame_bytes`]; call [`Conn::consume_frame`] once it is copied out.
    pub fn receive_frame(
        &mut self,
        framing: &Framing,
        max: usize,
    ) -> Result<(usize, usize, usize)> {
        let dl = Deadline::after(self.rcvtimeo);
        loop {
            if let Some(f) = self.try_frame(framing, max)? {
                return Ok(f);
            }
            self.wait_input(dl)?;
        }
    }

    /// The non-blocking step of [`Conn::receive_frame`] (shared with `requestAll`): a whole
    /// frame from the read-ahead buffer if there is one, else one non-blocking `recv(2)` into
    /// room made for the rest (see [`Conn::make_room`]) and another look. `None`: the frame is
    /// incomplete and nothing more has arrived yet. End of stream is ConnectionClosed.
    pub fn try_frame(
        &mut self,
        framing: &Framing,
        max: usize,
    ) -> Result<Option<(usize, usize, usize)>> {
        loop {
            match framing.decode(&self.rbuf[self.rpos..self.rend], max) {
                Ok(Decoded::Frame {
                    start,
                    end,
                    consumed,
                }) => return Ok(Some((self.rpos + start, self.rpos + end, consumed))),
                Ok(Decoded::Partial { need }) => {
                    let have = self.rend - self.rpos;
                    self.make_room(have, need);
                    let mut tmp = std::mem::take(&mut self.rbuf);
                    let r = self.recv_some(&mut tmp[self.rend..]);
                    self.rbuf = tmp;
                    match r? {
                        None => return Ok(None),
                        Some(0) => {
                            let msg = if have == 0 {
                                format!("Connection closed by {} before a frame", self.peer)
                            } else {
                                format!(
                                    "Connection closed by {} in the middle of a frame ({have} bytes received)",
                                    self.peer
                                )
                            };
                            return Err(self.fail(ClientError::new(Kind::Closed, 0, msg)));
                        }
                        Some(n) => self.rend += n,
                    }
                }
                Err(e) => return Err(self.frame_error(e)),
            }
        }
    }

    /// Room to read the rest of a partial frame of which `have` bytes are buffered and which
    /// `need`s that many bytes in all (when its header said so). Memory follows the bytes that
    /// arrived, not the length a header states: the storage grows by at most what is buffered
    /// already (a chunk at least), so it never exceeds twice the bytes received plus a chunk,
    /// whatever `max_frame` allows.
    fn make_room(&mut self, have: usize, need: Option<usize>) {
        // How many bytes the next read should have room for.
        let want = match need {
            Some(n) => (n - have).min(have.max(READ_CHUNK)),
            None => READ_CHUNK / 4,
        };
        if self.rbuf.len() - self.rend >= want {
            return;
        }
        // Move the unread bytes to the front; grow only when that is not enough.
        self.rbuf.copy_within(self.rpos..self.rend, 0);
        self.rpos = 0;
        self.rend = have;
        if self.rbuf.len() - have < want {
            // A known length: room for `want` (which at most doubles what is buffered). A
            // delimiter: double the storage.
            let size = match need {
                Some(_) => (have + want).max(READ_CHUNK),
                None => (have + want).max(READ_CHUNK).max(self.rbuf.len() * 2),
            };
            self.rbuf.reserve_exact(size - self.rbuf.len());
            self.rbuf.resize(size, 0);
        }
    }

    /// The read-ahead buffer (for the range [`Conn::receive_frame`] returned).
    pub fn frame_bytes(&self) -> &[u8] {
        &self.rbuf
    }

    /// Drops a frame of `consumed` bytes from the read-ahead buffer: the reply to one frame
    /// sent.
    pub fn consume_frame(&mut self, consumed: usize) {
        self.consume(consumed);
        self.awaiting = self.awaiting.saturating_sub(1);
    }

    /// A frame error as a ProtocolException (and the connection can no longer be trusted).
    pub fn frame_error(&mut self, e: FrameError) -> ClientError {
        let msg = format!("Bad frame from {}: {e}", self.peer);
        self.fail(ClientError::new(Kind::Protocol, 0, msg))
    }

    /// Discards every datagram queued on the socket (non-blocking `recv(2)`s until EAGAIN):
    /// late answers to earlier sends. Returns how many were dropped.
    pub fn drain_datagrams(&mut self) -> usize {
        let mut scratch = [0u8; 1];
        let mut n = 0;
        // MSG_TRUNC: the rest of a longer datagram is discarded with it.
        while crate::net::io::recv(
            self.fd(),
            &mut scratch,
            libc::MSG_DONTWAIT | libc::MSG_TRUNC,
        )
        .is_ok()
        {
            n += 1;
        }
        n
    }

    /// `request()` over UDP: send, wait for a datagram, re-send on timeout up to `retries`
    /// times. The reply goes to `buf`; returns its length.
    ///
    /// Datagrams carry nothing that ties a reply to its request, so a reply is matched by time:
    /// before every send (the first and each retry) whatever is queued is discarded, so the
    /// reply returned is the first datagram that arrived after the last send — never a late
    /// answer to an earlier request or retry that was already there. Answers to retries that
    /// come later still are discarded by the next request; and a connection that had to retry
    /// owes replies, so the persistent pool closes it instead of reusing it.
    pub fn udp_request(&mut self, payload: &[u8], buf: &mut [u8], retries: u32) -> Result<usize> {
        let mut tries = 0;
        loop {
            self.drain_datagrams();
            self.send_bytes(payload)?;
            match self.receive(buf) {
                Err(e) if e.kind == Kind::Timeout && tries < retries => {
                    tries += 1;
                    // A late reply would be stale only if it came after we gave up for good.
                    self.tainted = false;
                }
                r => return r,
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::client::framing::Header;
    use std::io::{Read, Write};
    use std::net::TcpListener;

    #[test]
    fn addresses() {
        let t = parse_address(b"tcp://127.0.0.1:919").unwrap();
        assert_eq!(
            (t.scheme, t.host.as_str(), t.port),
            (Scheme::Tcp, "127.0.0.1", 919)
        );
        assert_eq!(t.display, "127.0.0.1:919");
        let t = parse_address(b"udp://[::1]:53").unwrap();
        assert_eq!(
            (t.scheme, t.host.as_str(), t.display.as_str()),
            (Scheme::Udp, "::1", "[::1]:53")
        );
        let t = parse_address(b"tcp://gw:919").unwrap();
        assert_eq!(t.display, "gw:919");
        let t = parse_address(b"unix:///tmp/x.sock").unwrap();
        assert_eq!(
            (t.scheme, t.path.as_slice()),
            (Scheme::Unix, &b"/tmp/x.sock"[..])
        );
        for bad in [
            &b"127.0.0.1:80"[..],
            b"tcp://host",
            b"tcp://host:0",
            b"tcp://host:65536",
            b"tcp://host:x",
            b"tcp://::1:80",
            b"tcp://[::1:80",
            b"tcp://[nope]:80",
            b"tcp://:80",
            b"unix://",
            b"unix:///tmp/a\0b",
        ] {
            assert!(
                parse_address(bad).is_err(),
                "{}",
                String::from_utf8_lossy(bad)
            );
        }
    }

    #[test]
    fn secs_text() {
        assert_eq!(secs(Some(Duration::from_millis(300))), "0.3");
        assert_eq!(secs(Some(Duration::from_secs(2))), "2");
        assert_eq!(secs(Some(Duration::from_millis(1250))), "1.25");
    }

    pub(crate) fn listener() -> (TcpListener, Target) {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = l.local_addr().unwrap().port();
        let t = parse_address(format!("tcp://127.0.0.1:{port}").as_bytes()).unwrap();
        (l, t)
    }

    #[test]
    fn send_receive_frames_and_soundness() {
        let (l, t) = listener();
        let mut o = Options::new(Some(Duration::from_secs(2)));
        o.framing = Framing::Length {
            header: Header::N16,
            includes_header: false,
        };
        let mut n = 0;
        let mut c = Conn::connect(&t, &o, &mut n).unwrap();
        let (mut s, _) = l.accept().unwrap();
        assert!(c.is_sound());
        // Two requests out: the connection owes two replies.
        assert_eq!(c.send_frame(b"\x00\x01h").unwrap(), 3);
        assert_eq!(c.send_frame(b"\x00\x01i").unwrap(), 3);
        assert!(!c.reusable() && !c.is_sound(), "replies outstanding");
        let mut b = [0u8; 6];
        s.read_exact(&mut b).unwrap();
        // Two frames in one write, the second split.
        s.write_all(b"\x00\x02hi\x00\x03ab").unwrap();
        let (a, e, k) = c.receive_frame(&o.framing, o.max_frame).unwrap();
        assert_eq!(&c.frame_bytes()[a..e], b"hi");
        c.consume_frame(k);
        assert!(!c.is_sound(), "a half-read frame is unsound");
        s.write_all(b"c").unwrap();
        let (a, e, k) = c.receive_frame(&o.framing, o.max_frame).unwrap();
        assert_eq!(&c.frame_bytes()[a..e], b"abc");
        c.consume_frame(k);
        assert!(c.reusable() && c.is_sound());
        s.write_all(b"x").unwrap();
        std::thread::sleep(Duration::from_millis(20));
        assert!(!c.is_sound(), "stale bytes");
        let mut one = [0u8; 8];
        assert_eq!(c.receive(&mut one).unwrap(), 1);
        drop(s);
        std::thread::sleep(Duration::from_millis(20));
        assert!(!c.is_sound(), "peer closed");
        assert_eq!(c.receive(&mut one).unwrap(), 0);
    }

    #[test]
    fn bytes_without_framing_leave_the_connection_unreusable() {
        let (l, t) = listener();
        let o = Options::new(Some(Duration::from_secs(2)));
        let mut n = 0;
        let mut c = Conn::connect(&t, &o, &mut n).unwrap();
        let (mut s, _) = l.accept().unwrap();
        c.send_bytes(b"ping").unwrap();
        let mut b = [0u8; 4];
        s.read_exact(&mut b).unwrap();
        s.write_all(b"ping").unwrap();
        assert_eq!(c.receive(&mut b).unwrap(), 4);
        // Whether more of the reply is coming is unknowable: never reused.
        assert!(!c.reusable());
    }

    #[test]
    fn a_length_claim_takes_memory_for_the_bytes_received_only() {
        let (l, t) = listener();
        let mut o = Options::new(Some(Duration::from_secs(5)));
        o.framing = Framing::Length {
            header: Header::N32,
            includes_header: false,
        };
        o.max_frame = 1 << 30;
        let mut n = 0;
        let mut c = Conn::connect(&t, &o, &mut n).unwrap();
        let (mut s, _) = l.accept().unwrap();
        let h = std::thread::spawn(move || {
            s.write_all(&((1u32 << 30) - 16).to_be_bytes()).unwrap();
            s.write_all(&vec![b'z'; 300_000]).unwrap();
        });
        let e = c.receive_frame(&o.framing, o.max_frame).unwrap_err();
        h.join().unwrap();
        assert_eq!(e.kind, Kind::Closed, "{e:?}");
        assert_eq!(
            e.msg,
            format!(
                "Connection closed by {} in the middle of a frame (300004 bytes received)",
                t.display
            )
        );
        // At most twice the bytes received plus a chunk.
        assert!(c.rbuf.len() <= 2 * 300_004 + READ_CHUNK, "{}", c.rbuf.len());
    }

    #[test]
    fn udp_request_discards_datagrams_queued_before_its_send() {
        let peer = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
        let port = peer.local_addr().unwrap().port();
        let t = parse_address(format!("udp://127.0.0.1:{port}").as_bytes()).unwrap();
        let o = Options::new(Some(Duration::from_secs(2)));
        let mut n = 0;
        let mut c = Conn::connect(&t, &o, &mut n).unwrap();
        let me: SocketAddr = c.local_address().parse().unwrap();
        // Late answers to earlier requests, already queued.
        peer.send_to(b"stale-1", me).unwrap();
        peer.send_to(b"stale-2", me).unwrap();
        let h = std::thread::spawn(move || {
            let mut b = [0u8; 16];
            let (k, from) = peer.recv_from(&mut b).unwrap();
            assert_eq!(&b[..k], b"q");
            peer.send_to(b"fresh", from).unwrap();
        });
        let mut b = [0u8; 16];
        let k = c.udp_request(b"q", &mut b, 0).unwrap();
        h.join().unwrap();
        assert_eq!(&b[..k], b"fresh");
        assert!(c.reusable());
    }

    #[test]
    fn receive_timeout_is_a_deadline() {
        let (l, t) = listener();
        let o = Options::new(Some(Duration::from_millis(150)));
        let mut n = 0;
        let mut c = Conn::connect(&t, &o, &mut n).unwrap();
        let (mut s, _) = l.accept().unwrap();
        // Bytes that trickle in keep each recv short, but the call still ends at the deadline.
        let h = std::thread::spawn(move || {
            for _ in 0..10 {
                std::thread::sleep(Duration::from_millis(40));
                if s.write_all(b"a").is_err() {
                    break;
                }
            }
        });
        let start = Instant::now();
        let mut b = [0u8; 100];
        let e = c.receive_exactly(&mut b).unwrap_err();
        let took = start.elapsed();
        assert_eq!((e.kind, e.code), (Kind::Timeout, libc::ETIMEDOUT));
        assert!(
            took >= Duration::from_millis(150) && took < Duration::from_millis(300),
            "{took:?}"
        );
        assert!(c.tainted);
        h.join().unwrap();
    }

    extern "C" fn on_signal(_: libc::c_int) {}

    #[test]
    fn eintr_is_retried_within_the_deadline() {
        // SIGUSR2 without SA_RESTART: the blocking recv returns EINTR.
        // SAFETY: installs a no-op handler; the test owns SIGUSR2.
        unsafe {
            let mut sa: libc::sigaction = std::mem::zeroed();
            sa.sa_sigaction = on_signal as *const () as usize;
            libc::sigemptyset(&mut sa.sa_mask);
            sa.sa_flags = 0;
            libc::sigaction(libc::SIGUSR2, &sa, std::ptr::null_mut());
        }
        let (l, t) = listener();
        let o = Options::new(Some(Duration::from_millis(300)));
        let mut n = 0;
        let mut c = Conn::connect(&t, &o, &mut n).unwrap();
        let (mut s, _) = l.accept().unwrap();
        // SAFETY: plain call.
        let me = unsafe { libc::pthread_self() };
        let h = std::thread::spawn(move || {
            for _ in 0..3 {
                std::thread::sleep(Duration::from_millis(40));
                // SAFETY: the target thread is alive (it joins us below).
                unsafe { libc::pthread_kill(me, libc::SIGUSR2) };
            }
            std::thread::sleep(Duration::from_millis(40));
            s.write_all(b"late").unwrap();
            s
        });
        let mut b = [0u8; 4];
        c.receive_exactly(&mut b).unwrap();
        assert_eq!(&b, b"late");
        let _s = h.join().unwrap();
        // Interrupted while nothing comes: the timeout still ends the call on time.
        let h = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            // SAFETY: as above.
            unsafe { libc::pthread_kill(me, libc::SIGUSR2) };
        });
        let start = Instant::now();
        let e = c.receive(&mut b).unwrap_err();
        let took = start.elapsed();
        assert_eq!(e.kind, Kind::Timeout);
        assert!(
            took >= Duration::from_millis(290) && took < Duration::from_millis(500),
            "{took:?}"
        );
        h.join().unwrap();
    }

    #[test]
    fn a_queued_lookup_tries_again_for_a_slot_within_the_deadline() {
        let (l, t) = listener();
        let t = parse_address(format!("tcp://localhost:{}", t.port).as_bytes()).unwrap();
        let o = Options::new(Some(Duration::from_secs(5)));
        // As after a lookup refused for want of a slot: queued for 20 ms.
        let mut k = Connecting::start(&t, &o, true).unwrap();
        k.stage = Stage::Queued(Instant::now() + Duration::from_millis(20));
        let mut want = Vec::new();
        k.interest(&mut want);
        assert!(want.is_empty(), "nothing to poll while queued");
        assert!(k
            .wake_at()
            .is_some_and(|w| w <= Instant::now() + Duration::from_millis(20)));
        assert!(k.advance(&[]).unwrap().is_none(), "not before its time");
        let c = k.finish().expect("connects once a slot is had");
        assert!(c.remote_address().ends_with(&format!(":{}", t.port)));
        drop(l);
        // Queued past the deadline: the lookup's timeout.
        let mut o = o;
        o.connect_timeout = Some(Duration::from_millis(1));
        let mut k = Connecting::start(&t, &o, true).unwrap();
        k.stage = Stage::Queued(Instant::now() + Duration::from_secs(5));
        std::thread::sleep(Duration::from_millis(5));
        let e = k.advance(&[]).unwrap_err();
        assert_eq!((e.kind, e.code), (Kind::Connect, libc::ETIMEDOUT), "{e:?}");
        assert!(
            e.msg.contains("the name lookup did not finish"),
            "{}",
            e.msg
        );
    }

    #[test]
    fn connect_refused_and_retries() {
        let (l, t) = listener();
        drop(l);
        let mut o = Options::new(Some(Duration::from_secs(1)));
        o.retries = 2;
        o.retry_delay = Duration::from_millis(1);
        let mut n = 0;
        let e = Conn::connect(&t, &o, &mut n).unwrap_err();
        assert_eq!((e.kind, e.code), (Kind::Connect, libc::ECONNREFUSED));
        assert_eq!(e.msg, format!("Connection to {} refused [111]", t.display));
        assert_eq!(n, 2);
    }
}
