//! One `SocketClient`'s life without the engine: the connection (from the persistent pool or
//! new), the statistics `getStats()` reports, every method's bookkeeping around
//! [`Conn`](super::core::Conn), the hand-back to the pool, and `requestAll()`'s run over many
//! sessions. The binding (`php.rs`) only parses arguments, allocates the strings replies are
//! read into, and turns results into return values and exceptions.

use std::os::fd::RawFd;
use std::os::raw::c_int;
use std::time::Duration;

use super::core::{ClientError, Conn, Connecting, Kind, Options, Result, Scheme, Stats, Target};
use super::framing::{FrameError, Framing};
use super::{multi, pool};

/// The largest buffer one `receive()` allocates for a stream (one read rarely returns more).
const STREAM_READ_MAX: usize = 1 << 20;
/// The largest UDP datagram (and what `request()` reads one into).
pub const DGRAM_MAX: usize = 65536;
/// What `receiveFrame()` reads at once without framing.
pub const RAW_FRAME_MAX: usize = 65536;

/// A failure of a method: the exception of a [`ClientError`], or a ValueError about the
/// method's first argument (the message after `Method(): Argument #1 ($x) `).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    Client(ClientError),
    Argument(String),
}

impl From<ClientError> for Failure {
    fn from(e: ClientError) -> Self {
        Failure::Client(e)
    }
}

/// A constructed client.
#[derive(Debug)]
pub struct Session {
    pub target: Target,
    /// The address as written (the pool key with the persistent key).
    address: Vec<u8>,
    pub opts: Options,
    /// `None` once closed, or while not connected yet (`unconnected`).
    conn: Option<Conn>,
    /// Not connected yet (`lazy_connect`, or its connect failed): the next method that needs
    /// the connection connects ([`Session::conn`]), `requestAll()` without blocking. False once
    /// connected or closed.
    unconnected: bool,
    pub stats: Stats,
    /// Reused buffer for encoded frames.
    wbuf: Vec<u8>,
}

impl Session {
    /// `__construct()`: the connection made ([`Session::connect`]), or with `lazy_connect`
    /// only an idle one taken from the pool when persistent (no I/O but the pool's liveness
    /// check), the connect left to the first method that needs it.
    pub fn open(address: &[u8], target: Target, opts: Options) -> Result<Session> {
        let mut s = Session {
            target,
            address: address.to_vec(),
            opts,
            conn: None,
            unconnected: true,
            stats: Stats::default(),
            wbuf: Vec::new(),
        };
        if s.opts.lazy_connect {
            s.take_pooled();
        } else {
            s.connect()?;
        }
        Ok(s)
    }

    /// When persistent, takes an idle connection from the pool if one is sound (the unsound
    /// ones met on the way count as reconnects). Returns whether it did.
    fn take_pooled(&mut self) -> bool {
        let Some(key) = &self.opts.persistent else {
            return false;
        };
        let (found, dropped) = pool::take(&self.address, key);
        self.stats.reconnects += dropped;
        let Some(mut c) = found else {
            return false;
        };
        c.set_timeouts(&self.opts);
        self.stats.reused = true;
        self.adopt(c);
        true
    }

    /// Connects now (blocking, within `connect_timeout`): an idle pooled connection when
    /// persistent, else a new one ([`Conn::connect`]). A failure leaves the client unconnected.
    fn connect(&mut self) -> Result<()> {
        if self.take_pooled() {
            return Ok(());
        }
        let c = Conn::connect(&self.target, &self.opts, &mut self.stats.reconnects)?;
        self.adopt(c);
        Ok(())
    }

    fn adopt(&mut self, c: Conn) {
        self.conn = Some(c);
        self.unconnected = false;
    }

    /// The open connection (connected now if not yet: the constructor's connect and its
    /// ConnectException), or the SocketException of a closed client.
    pub fn conn(&mut self) -> Result<&mut Conn> {
        if self.unconnected {
            self.connect()?;
        }
        match self.conn {
            Some(ref mut c) => Ok(c),
            None => Err(closed_error(&self.target)),
        }
    }

    /// `isConnected()`: open here and not known to be closed by the peer.
    pub fn is_connected(&mut self) -> bool {
        self.conn.as_mut().is_some_and(|c| c.peer_open())
    }

    /// Ends the client's use of its connection: back to the pool when persistent and not
    /// `force`d (the pool closes it instead unless it owes no reply: [`Conn::reusable`]), closed
    /// otherwise. Closing twice does nothing.
    pub fn finish(&mut self, force: bool) {
        self.unconnected = false;
        if let Some(c) = self.conn.take() {
            match (&self.opts.persistent, force) {
                (Some(key), false) => pool::put(&self.address, key, c),
                _ => drop(c),
            }
        }
    }

    /// `send()`: writes every byte.
    pub fn send(&mut self, data: &[u8]) -> Result<usize> {
        let n = self.conn()?.send_bytes(data)?;
        self.stats.bytes_sent += n as u64;
        Ok(n)
    }

    /// How large a buffer `receive($max)` reads into: `max`, at most one datagram or 1 MiB.
    pub fn read_size(&mut self, max: usize) -> Result<usize> {
        let cap = if self.conn()?.scheme == Scheme::Udp {
            DGRAM_MAX
        } else {
            STREAM_READ_MAX
        };
        Ok(max.min(cap))
    }

    /// `receive()`: what arrived (one read), into `buf`; 0 only at end of stream (or an empty
    /// datagram). With `as_frame` (`receiveFrame()` without framing) a non-empty read counts as
    /// a frame received.
    pub fn receive(&mut self, buf: &mut [u8], as_frame: bool) -> Result<usize> {
        let n = self.conn()?.receive(buf)?;
        self.stats.bytes_received += n as u64;
        if as_frame && n > 0 {
            self.stats.frames_received += 1;
        }
        Ok(n)
    }

    /// `receiveExactly($len)`'s checks before any buffer is made: open, `len` within
    /// `max_frame` (a ValueError), a stream socket.
    pub fn check_exactly(&mut self, len: u64) -> std::result::Result<(), Failure> {
        let max = self.opts.max_frame;
        let udp = self.conn()?.scheme == Scheme::Udp;
        if len > max as u64 {
            return Err(Failure::Argument(format!(
                "must not exceed max_frame ({max} bytes)"
            )));
        }
        if udp {
            return Err(Failure::Client(ClientError::new(
                Kind::Socket,
                0,
                "receiveExactly() needs a stream socket (tcp://, unix://)",
            )));
        }
        Ok(())
    }

    /// `receiveExactly()`: fills `buf` (see [`Session::check_exactly`]).
    pub fn receive_exactly(&mut self, buf: &mut [u8]) -> Result<()> {
        self.conn()?.receive_exactly(buf)?;
        self.stats.bytes_received += buf.len() as u64;
        Ok(())
    }

    /// Whether frames have a delimiter or a header (else a frame is one read).
    pub fn framed(&self) -> bool {
        self.opts.framing != Framing::None
    }

    /// `sendFrame()`: the payload with its delimiter or header (without framing: as it is, at
    /// most `max_frame` bytes); returns the bytes written. A payload containing the delimiter
    /// is a ValueError; one too large for the header a ProtocolException (nothing sent, the
    /// connection stays sound).
    pub fn send_frame(&mut self, payload: &[u8]) -> std::result::Result<usize, Failure> {
        self.conn()?;
        let Some(c) = self.conn.as_mut() else {
            return Err(closed_error(&self.target).into());
        };
        let (framing, max) = (&self.opts.framing, self.opts.max_frame);
        let n = match encode(
            Some(&mut *c),
            &self.target.display,
            framing,
            max,
            payload,
            &mut self.wbuf,
        )? {
            Encoded::Raw => c.send_bytes(payload),
            Encoded::HasDelimiter => {
                return Err(Failure::Argument(
                    "must not contain the frame delimiter".into(),
                ))
            }
            Encoded::Frame => {
                let r = c.send_frame(&self.wbuf);
                if self.wbuf.capacity() > 1 << 16 {
                    self.wbuf = Vec::new();
                }
                r
            }
        };
        let n = n?;
        self.stats.bytes_sent += n as u64;
        self.stats.frames_sent += 1;
        Ok(n)
    }

    /// `receiveFrame()` with framing: one whole frame, its payload handed to `take` (which
    /// copies it out) before it leaves the read-ahead buffer.
    pub fn receive_frame<T>(&mut self, take: impl FnOnce(&[u8]) -> T) -> Result<T> {
        self.conn()?;
        let (framing, max) = (&self.opts.framing, self.opts.max_frame);
        let Some(c) = self.conn.as_mut() else {
            return Err(closed_error(&self.target));
        };
        let (start, end, consumed) = c.receive_frame(framing, max)?;
        let out = take(&c.frame_bytes()[start..end]);
        c.consume_frame(consumed);
        self.stats.bytes_received += consumed as u64;
        self.stats.frames_received += 1;
        Ok(out)
    }

    /// `request()` over UDP: one datagram out, the reply into `buf` (re-sent on timeout up to
    /// `retries` times, [`Conn::udp_request`]).
    pub fn udp_request(&mut self, payload: &[u8], buf: &mut [u8]) -> Result<usize> {
        let retries = self.opts.retries;
        let n = self.conn()?.udp_request(payload, buf, retries)?;
        self.stats.bytes_sent += payload.len() as u64;
        self.stats.frames_sent += 1;
        self.stats.bytes_received += n as u64;
        self.stats.frames_received += 1;
        Ok(n)
    }

    /// `getSocket()`'s descriptor: a `dup(2)` (`fcntl(F_DUPFD_CLOEXEC)`) of the connection's
    /// and its address family. What is sent through it is not counted, so the connection is
    /// never pooled again.
    /// A TLS connection's descriptor is not handed out: bytes written to it would bypass the
    /// session (and corrupt it), bytes read from it are ciphertext.
    pub fn dup_descriptor(&mut self) -> Result<(RawFd, c_int)> {
        let c = self.conn()?;
        if c.is_tls() {
            return Err(ClientError::new(
                Kind::Socket,
                0,
                format!(
                    "Cannot hand out the socket of the TLS connection to {}: a TLS connection's \
                     descriptor would bypass TLS",
                    c.peer
                ),
            ));
        }
        c.hand_out();
        // SAFETY: F_DUPFD_CLOEXEC on a descriptor the connection owns; the new one is the
        // caller's.
        let fd = unsafe { libc::fcntl(c.fd(), libc::F_DUPFD_CLOEXEC, 0) };
        if fd < 0 {
            let e = crate::net::errno();
            return Err(ClientError::new(
                Kind::Socket,
                e,
                format!(
                    "Cannot duplicate the descriptor: {} [{e}]",
                    crate::net::strerror(e)
                ),
            ));
        }
        let family = match c.scheme {
            Scheme::Unix => libc::AF_UNIX,
            _ if c.remote_address().starts_with('[') => libc::AF_INET6,
            _ => libc::AF_INET,
        };
        Ok((fd, family))
    }

    /// `getTlsInfo()`: what the handshake negotiated; `None` without TLS.
    pub fn tls_info(&mut self) -> Result<Option<super::tls::Info>> {
        Ok(self.conn()?.tls_info())
    }

    /// The bytes `request($payload)` would send: UDP one datagram; without framing the bytes
    /// as they are (at most `max_frame`; more taints the connection, as `request()`); else one
    /// frame. `Ok(None)`: the payload contains the delimiter (the caller's ValueError).
    /// A client not connected yet is not connected here (`requestAll()` connects it).
    pub fn request_bytes(&mut self, payload: &[u8]) -> Result<Option<Vec<u8>>> {
        if self.conn.is_none() && !self.unconnected {
            return Err(closed_error(&self.target));
        }
        if self.target.scheme == Scheme::Udp {
            return Ok(Some(payload.to_vec()));
        }
        let mut out = Vec::new();
        let (framing, max) = (&self.opts.framing, self.opts.max_frame);
        let c = self.conn.as_mut();
        Ok(
            match encode(c, &self.target.display, framing, max, payload, &mut out)? {
                Encoded::Raw => Some(payload.to_vec()),
                Encoded::Frame => Some(out),
                Encoded::HasDelimiter => None,
            },
        )
    }
}

/// How a payload goes out as one frame ([`encode`]).
enum Encoded {
    /// As it is (no framing).
    Raw,
    /// Encoded into the buffer.
    Frame,
    /// It contains the delimiter: not sent (the caller's ValueError).
    HasDelimiter,
}

/// Encodes `payload` as one frame of `framing` into `out` (cleared first) for the peer `peer`.
/// Without framing it goes as it is, at most `max` bytes: more is a ProtocolException that
/// taints `c` if connected (as a frame too large to receive would); a payload too large for the
/// header is a ProtocolException with nothing sent (`c` stays sound).
fn encode(
    c: Option<&mut Conn>,
    peer: &str,
    framing: &Framing,
    max: usize,
    payload: &[u8],
    out: &mut Vec<u8>,
) -> Result<Encoded> {
    if *framing == Framing::None {
        if payload.len() > max {
            let e = FrameError::TooLarge {
                len: payload.len() as u64,
                max,
            };
            return Err(match c {
                Some(c) => c.frame_error(e),
                None => ClientError::new(Kind::Protocol, 0, format!("Bad frame from {peer}: {e}")),
            });
        }
        return Ok(Encoded::Raw);
    }
    out.clear();
    match framing.encode(payload, max, out) {
        Ok(()) => Ok(Encoded::Frame),
        Err(FrameError::ContainsDelimiter) => Ok(Encoded::HasDelimiter),
        Err(e) => {
            let msg = format!("Cannot send a frame to {peer}: {e}");
            Err(ClientError::new(Kind::Protocol, 0, msg))
        }
    }
}

/// The SocketException of a method called on a closed client.
fn closed_error(target: &Target) -> ClientError {
    ClientError::new(
        Kind::Socket,
        0,
        format!("The connection to {} is closed", target.display),
    )
}

/// The error of a `requestAll()` entry whose client was never constructed.
pub fn not_constructed() -> ClientError {
    ClientError::new(
        Kind::Socket,
        0,
        "RSockets\\SocketClient has not been constructed",
    )
}

/// `requestAll()` after its argument is checked: each request is its session (distinct ones;
/// `None` for a client never constructed) and the bytes to send ([`Session::request_bytes`]) or
/// the failure met before sending. Runs
/// them all at once ([`multi::run`]) within `timeout` (`None`: the default, the largest
/// `read_timeout` of the sessions, no limit if any has none), counts each in its session's
/// statistics and gives the connections back. Returns the outcomes in the same order.
pub fn request_all(
    requests: Vec<(Option<&mut Session>, Result<Vec<u8>>)>,
    timeout: Option<Option<Duration>>,
) -> Vec<Result<Vec<u8>>> {
    let mut deadline = Some(Duration::ZERO);
    let mut jobs = Vec::new();
    // Per request: its session and its job, or the failure met before.
    let mut runs: Vec<(&mut Session, usize)> = Vec::with_capacity(requests.len());
    let mut outcomes: Vec<Result<Vec<u8>>> = Vec::with_capacity(requests.len());
    for (s, out) in requests {
        match (s, out) {
            (Some(s), Ok(out)) => {
                if s.unconnected {
                    // A pooled connection is taken without blocking, as the constructor would.
                    s.take_pooled();
                }
                let (framing, max) = (&s.opts.framing, s.opts.max_frame);
                // The default deadline: the largest read_timeout, plus connect_timeout for a
                // client still to connect.
                let mut wait = s.opts.read_timeout;
                let job = match s.conn.take() {
                    Some(c) => multi::Job::new(c, framing, max, out),
                    None if s.unconnected => {
                        wait = wait.zip(s.opts.connect_timeout).map(|(r, c)| r + c);
                        match Connecting::start(&s.target, &s.opts, true) {
                            Ok(k) => multi::Job::connecting(k, s.target.scheme, framing, max, out),
                            Err(e) => {
                                outcomes.push(Err(e));
                                continue;
                            }
                        }
                    }
                    None => {
                        outcomes.push(Err(closed_error(&s.target)));
                        continue;
                    }
                };
                deadline = match (deadline, wait) {
                    (Some(a), Some(b)) => Some(a.max(b)),
                    _ => None,
                };
                jobs.push(job);
                runs.push((s, outcomes.len()));
                outcomes.push(Err(not_run()));
            }
            (_, Ok(_)) => outcomes.push(Err(not_run())),
            (_, Err(e)) => outcomes.push(Err(e)),
        }
    }
    multi::run(&mut jobs, timeout.unwrap_or(deadline));
    // `runs` and `jobs` are in the same order: one job per run.
    for ((s, at), job) in runs.into_iter().zip(jobs) {
        let outcome = job.outcome.unwrap_or_else(|| Err(not_run()));
        outcomes[at] = outcome;
        // A connect that failed: nothing was sent, the client stays unconnected.
        let Some(c) = job.conn else { continue };
        s.adopt(c);
        s.stats.bytes_sent += job.bytes_sent;
        s.stats.bytes_received += job.bytes_received;
        s.stats.frames_sent += 1;
        if outcomes[at].is_ok() {
            s.stats.frames_received += 1;
        }
    }
    outcomes
}

/// The outcome of a request that never ran (not expected to happen).
fn not_run() -> ClientError {
    ClientError::new(Kind::Socket, 0, "The request was not run")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::core::tests::listener;
    use crate::client::core::DEFAULT_MAX_FRAME;
    use std::io::{Read, Write};

    fn line_opts() -> Options {
        let mut o = Options::new(Some(Duration::from_secs(5)));
        o.framing = Framing::Delimiter(b"\n".to_vec());
        o
    }

    #[test]
    fn request_counts_and_closing() {
        let (l, t) = listener();
        let mut s = Session::open(b"tcp://x", t, line_opts()).unwrap();
        let (mut peer, _) = l.accept().unwrap();
        assert_eq!(
            s.send_frame(b"a\nb"),
            Err(Failure::Argument(
                "must not contain the frame delimiter".into()
            ))
        );
        assert_eq!(s.send_frame(b"ping"), Ok(5));
        let mut b = [0u8; 5];
        peer.read_exact(&mut b).unwrap();
        peer.write_all(b"pong\n").unwrap();
        assert_eq!(s.receive_frame(|p| p.to_vec()), Ok(b"pong".to_vec()));
        assert_eq!(s.send(b"raw").unwrap(), 3);
        assert_eq!(
            s.stats,
            Stats {
                bytes_sent: 8,
                bytes_received: 5,
                frames_sent: 1,
                frames_received: 1,
                ..Stats::default()
            }
        );
        assert!(s.is_connected());
        s.finish(false);
        s.finish(true);
        assert!(!s.is_connected());
        let e = s.send(b"x").unwrap_err();
        assert_eq!(e.kind, Kind::Socket);
        assert_eq!(
            e.msg,
            format!("The connection to {} is closed", s.target.display)
        );
        assert_eq!(s.check_exactly(1).unwrap_err(), Failure::Client(e.clone()));
        assert_eq!(s.send_frame(b"x"), Err(Failure::Client(e.clone())));
        assert_eq!(s.request_bytes(b"x"), Err(e));
    }

    #[test]
    fn persistent_hand_back_and_reuse() {
        let (l, t) = listener();
        let addr = format!("tcp://{}", t.display).into_bytes();
        let mut o = line_opts();
        o.persistent = Some(b"session-test".to_vec());
        let mut s = Session::open(&addr, t.clone(), o.clone()).unwrap();
        let (_peer, _) = l.accept().unwrap();
        assert!(!s.stats.reused);
        s.send_frame(b"ping").unwrap();
        // A reply is owed: not pooled.
        s.finish(false);
        assert_eq!(pool::idle(&addr, b"session-test"), 0);
        let mut s = Session::open(&addr, t.clone(), o.clone()).unwrap();
        let (mut peer2, _) = l.accept().unwrap();
        s.send_frame(b"ping").unwrap();
        let mut b = [0u8; 5];
        peer2.read_exact(&mut b).unwrap();
        peer2.write_all(b"pong\n").unwrap();
        s.receive_frame(|_| ()).unwrap();
        s.finish(false);
        assert_eq!(pool::idle(&addr, b"session-test"), 1);
        let s2 = Session::open(&addr, t, o).unwrap();
        assert!(s2.stats.reused);
        assert_eq!(pool::idle(&addr, b"session-test"), 0);
    }

    #[test]
    fn receive_exactly_checks() {
        let (l, t) = listener();
        let mut o = Options::new(Some(Duration::from_secs(5)));
        o.max_frame = 4;
        let mut s = Session::open(b"tcp://x", t, o).unwrap();
        let (mut peer, _) = l.accept().unwrap();
        assert_eq!(
            s.check_exactly(5),
            Err(Failure::Argument(
                "must not exceed max_frame (4 bytes)".into()
            ))
        );
        assert_eq!(s.check_exactly(4), Ok(()));
        assert_eq!(s.read_size(1 << 30).unwrap(), STREAM_READ_MAX);
        peer.write_all(b"abcd").unwrap();
        let mut b = [0u8; 4];
        s.receive_exactly(&mut b).unwrap();
        assert_eq!(&b, b"abcd");
        assert_eq!(s.stats.bytes_received, 4);
        // Without framing, a payload over max_frame cannot be sent.
        let e = s.send_frame(b"12345").unwrap_err();
        assert!(matches!(
            e,
            Failure::Client(ClientError {
                kind: Kind::Protocol,
                ..
            })
        ));
        assert_eq!(DEFAULT_MAX_FRAME, Options::new(None).max_frame);
    }

    #[test]
    fn request_all_counts_and_returns_connections() {
        let (l1, t1) = listener();
        let (l2, t2) = listener();
        let mut a = Session::open(b"tcp://a", t1, line_opts()).unwrap();
        let mut b = Session::open(b"tcp://b", t2, line_opts()).unwrap();
        let (mut p1, _) = l1.accept().unwrap();
        let (_p2, _) = l2.accept().unwrap();
        let echo = std::thread::spawn(move || {
            let mut r = [0u8; 3];
            p1.read_exact(&mut r).unwrap();
            p1.write_all(&r).unwrap();
            p1
        });
        let out_a = a.request_bytes(b"hi").unwrap().unwrap();
        assert_eq!(out_a, b"hi\n");
        assert_eq!(a.request_bytes(b"h\ni"), Ok(None));
        let refused = ClientError::new(Kind::Protocol, 0, "refused before sending");
        let r = request_all(
            vec![
                (Some(&mut a), Ok(out_a)),
                (Some(&mut b), Err(refused.clone())),
            ],
            Some(Some(Duration::from_millis(500))),
        );
        let _p1 = echo.join().unwrap();
        assert_eq!(r, vec![Ok(b"hi".to_vec()), Err(refused)]);
        assert_eq!(
            (
                a.stats.bytes_sent,
                a.stats.bytes_received,
                a.stats.frames_sent,
                a.stats.frames_received
            ),
            (3, 3, 1, 1)
        );
        assert_eq!(b.stats, Stats::default());
        // Both keep their connection.
        assert!(a.conn().is_ok() && b.conn().is_ok());
        // A silent peer times out under the default deadline (the largest read_timeout).
        b.opts.read_timeout = Some(Duration::from_millis(50));
        let out_b = b.request_bytes(b"x").unwrap().unwrap();
        let r = request_all(vec![(Some(&mut b), Ok(out_b))], None);
        assert_eq!(r[0].as_ref().unwrap_err().kind, Kind::Timeout);
        assert_eq!((b.stats.frames_sent, b.stats.frames_received), (1, 0));
    }
}
