//! `requestAll()`: many requests, each on its own connection, sent and answered concurrently in
//! one `poll(2)` loop under one deadline. PHP-free. Every step is the non-blocking half of what
//! `request()` does ([`Conn::send_some`], [`Conn::try_frame`], [`Conn::try_receive`]), so a
//! reply ends exactly where `request()` would end it, and a request that fails or times out
//! leaves its connection tainted (never reused from the persistent pool), as `request()` does.
//!
//! Clients not connected yet (`lazy_connect`, or a connect that failed before) are connected
//! in the same loop, without blocking ([`Connecting`]): every name lookup at once on helper
//! threads, every Happy Eyeballs race and TLS handshake stepped as its descriptors become ready.
//! A connect failure is that request's outcome (the ConnectException or TlsException the
//! constructor would have thrown); `retries` does not apply (the single deadline governs).
//!
//! UDP: each request is one datagram, sent once (`retries` is not applied: the single deadline
//! governs), answered by the first datagram that arrives after it.

use std::os::fd::RawFd;
use std::time::{Duration, Instant};

use super::core::{secs, ClientError, Conn, Connecting, Deadline, Kind, Result, Scheme};
use super::framing::Framing;

/// The largest reply read at once without framing (as `request()`: one read of 64 KiB).
const RAW_REPLY_MAX: usize = 65536;

/// One request of a `requestAll()` call and, once done, its outcome.
#[derive(Debug)]
pub struct Job {
    /// The connection; `None` while [`Job::connecting`] (or when the connect failed).
    pub conn: Option<Conn>,
    /// The connect of a client not connected yet, stepped in the same loop.
    connecting: Option<Box<Connecting>>,
    scheme: Scheme,
    /// The framing of the reply; `None`: one read (raw stream) or one datagram (UDP).
    framing: Option<Framing>,
    max_frame: usize,
    /// The bytes to send: an encoded frame, the raw payload, or the datagram.
    out: Vec<u8>,
    sent: usize,
    sending: bool,
    /// The reply's payload or the failure; `None` while in progress.
    pub outcome: Option<Result<Vec<u8>>>,
    /// Bytes written and read for this request (the client's statistics).
    pub bytes_sent: u64,
    pub bytes_received: u64,
}

impl Job {
    /// A request of `out` (already encoded with `framing` when it frames) on `conn`.
    pub fn new(conn: Conn, framing: &Framing, max_frame: usize, out: Vec<u8>) -> Job {
        let scheme = conn.scheme;
        let mut j = Job::with(scheme, framing, max_frame, out);
        j.conn = Some(conn);
        j
    }

    /// A request of `out` on the connection `connecting` is making (a client of `scheme` not
    /// connected yet): connected within the loop, then sent as [`Job::new`]'s.
    pub fn connecting(
        connecting: Connecting,
        scheme: Scheme,
        framing: &Framing,
        max_frame: usize,
        out: Vec<u8>,
    ) -> Job {
        let mut j = Job::with(scheme, framing, max_frame, out);
        j.connecting = Some(Box::new(connecting));
        j
    }

    fn with(scheme: Scheme, framing: &Framing, max_frame: usize, out: Vec<u8>) -> Job {
        let framing = if scheme == Scheme::Udp || *framing == Framing::None {
            None
        } else {
            Some(framing.clone())
        };
        Job {
            conn: None,
            connecting: None,
            scheme,
            framing,
            max_frame,
            out,
            sent: 0,
            sending: true,
            outcome: None,
            bytes_sent: 0,
            bytes_received: 0,
        }
    }

    /// Starts the request on its (new) connection: counts it as owed and takes the first step.
    fn begin(&mut self) {
        let Some(c) = self.conn.as_mut() else {
            return;
        };
        if c.scheme == Scheme::Udp {
            // As udp_request: a reply is the first datagram after this send.
            c.drain_datagrams();
        }
        c.expect_reply(self.framing.is_some());
        self.advance();
    }

    /// Moves the connect on (`revents`: what poll(2) said of its descriptors); once connected,
    /// the request begins. A failed connect is the request's outcome.
    fn connect_step(&mut self, revents: &[i16]) {
        let Some(k) = self.connecting.as_mut() else {
            return;
        };
        match k.advance(revents) {
            Ok(None) => {}
            Ok(Some(c)) => {
                self.connecting = None;
                self.conn = Some(c);
                self.begin();
            }
            Err(e) => {
                self.connecting = None;
                self.outcome = Some(Err(e));
            }
        }
    }

    /// Moves the request on as far as it goes without blocking.
    fn advance(&mut self) {
        if let Err(e) = self.step() {
            self.outcome = Some(Err(e));
        }
    }

    fn step(&mut self) -> Result<()> {
        let Some(conn) = self.conn.as_mut() else {
            return Ok(());
        };
        while self.sending {
            let datagram = self.scheme == Scheme::Udp;
            if self.sent == self.out.len() && !datagram {
                // With TLS, sent means the records are out too.
                if conn.pending_out() {
                    conn.flush_some()?;
                    if conn.pending_out() {
                        return Ok(());
                    }
                }
                self.sending = false;
                break;
            }
            match conn.send_some(&self.out[self.sent..])? {
                None => return Ok(()),
                Some(n) => {
                    self.sent += n;
                    self.bytes_sent += n as u64;
                    // A datagram goes in one send, empty or not.
                    self.sending = !datagram;
                }
            }
        }
        match &self.framing {
            Some(f) => {
                if let Some((start, end, consumed)) = conn.try_frame(f, self.max_frame)? {
                    let reply = conn.frame_bytes()[start..end].to_vec();
                    conn.consume_frame(consumed);
                    self.bytes_received += consumed as u64;
                    self.outcome = Some(Ok(reply));
                }
            }
            None => {
                let mut buf = vec![0u8; RAW_REPLY_MAX];
                if let Some(n) = conn.try_receive(&mut buf)? {
                    buf.truncate(n);
                    self.bytes_received += n as u64;
                    self.outcome = Some(Ok(buf));
                }
            }
        }
        Ok(())
    }

    /// The failure of a job the loop gives up on: `timeout` passed (`None`: `poll(2)` failed
    /// with `errno`).
    fn give_up(&mut self, timeout: Option<Duration>, errno: Option<i32>) -> ClientError {
        if let Some(k) = self.connecting.take() {
            let peer = k.peer();
            return match errno {
                None => ClientError::new(
                    Kind::Timeout,
                    libc::ETIMEDOUT,
                    format!("Connection to {peer} timed out after {} s", secs(timeout)),
                ),
                Some(e) => ClientError::new(
                    Kind::Connect,
                    e,
                    format!(
                        "Connection to {peer} failed: {} [{e}]",
                        crate::net::strerror(e)
                    ),
                ),
            };
        }
        let what = if self.sending {
            "Send to"
        } else {
            "Receive from"
        };
        match (self.conn.as_mut(), errno) {
            (Some(c), None) => c.timeout_error(what, timeout),
            (Some(c), Some(e)) => c.os_error("Receive from", e),
            (None, _) => ClientError::new(Kind::Socket, 0, "The request was not run"),
        }
    }
}

/// Runs every job to its outcome within `timeout` for the whole call (`None`: no limit):
/// starts every connect of a client not connected yet ([`Connecting`]: name lookups on helper
/// threads, Happy Eyeballs races, TLS handshakes, each within its client's `connect_timeout`),
/// counts each request as owed on its connection and starts every send, then `poll(2)`s all
/// the descriptors still in progress — a lookup's answer, a connect's attempts, a handshake's
/// events, room while sending, input while receiving — and steps those that are ready (a
/// connect also when its next attempt or its deadline is due). When the deadline passes, what
/// is left fails with a timeout.
pub fn run(jobs: &mut [Job], timeout: Option<Duration>) {
    let dl = Deadline::after(timeout);
    for j in jobs.iter_mut() {
        if j.connecting.is_some() {
            j.connect_step(&[]);
        } else {
            j.begin();
        }
    }
    let mut fds: Vec<libc::pollfd> = Vec::with_capacity(jobs.len());
    // Per job in progress: its index and how many descriptors of `fds` are its own.
    let mut which: Vec<(usize, usize)> = Vec::with_capacity(jobs.len());
    let mut want: Vec<(RawFd, i16)> = Vec::new();
    loop {
        fds.clear();
        which.clear();
        let mut wake: Option<Instant> = None;
        for (i, j) in jobs.iter().enumerate() {
            if j.outcome.is_some() {
                continue;
            }
            if let Some(k) = &j.connecting {
                want.clear();
                k.interest(&mut want);
                fds.extend(want.iter().map(|&(fd, events)| libc::pollfd {
                    fd,
                    events,
                    revents: 0,
                }));
                which.push((i, want.len()));
                if let Some(t) = k.wake_at() {
                    wake = Some(wake.map_or(t, |w| w.min(t)));
                }
            } else if let Some(c) = &j.conn {
                fds.push(libc::pollfd {
                    fd: c.fd(),
                    // With TLS, what the session wants (records queued: POLLOUT as well).
                    events: c.events(!j.sending),
                    revents: 0,
                });
                which.push((i, 1));
            }
        }
        if which.is_empty() {
            return;
        }
        let dl_ms = dl.poll_ms();
        let ms = match (dl_ms, crate::net::io::ms_until(wake)) {
            (-1, w) => w,
            (d, -1) => d,
            (d, w) => d.min(w),
        };
        let errno = match crate::net::io::poll_many(&mut fds, ms) {
            Ok(0) if dl_ms == 0 => None,
            Ok(_) => {
                let mut at = 0;
                for &(i, n) in &which {
                    let j = &mut jobs[i];
                    let revents: Vec<i16> = fds[at..at + n].iter().map(|p| p.revents).collect();
                    at += n;
                    if j.connecting.is_some() {
                        j.connect_step(&revents);
                    } else if revents.first().is_some_and(|&r| r != 0) {
                        j.advance();
                    }
                }
                continue;
            }
            Err(e) if e.code() == libc::EINTR => continue,
            Err(e) => Some(e.code()),
        };
        for &(i, _) in &which {
            let j = &mut jobs[i];
            if j.outcome.is_none() {
                j.outcome = Some(Err(j.give_up(timeout, errno)));
            }
        }
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::core::tests::listener;
    use crate::client::core::{Kind, Options};
    use std::io::{Read, Write};

    #[test]
    fn replies_in_pieces_and_a_silent_peer_under_one_deadline() {
        let o = Options::new(Some(Duration::from_secs(5)));
        let line = Framing::Delimiter(b"\n".to_vec());
        let (l1, t1) = listener();
        let (l2, t2) = listener();
        let mut n = 0;
        let c1 = Conn::connect(&t1, &o, &mut n).unwrap();
        let c2 = Conn::connect(&t2, &o, &mut n).unwrap();
        let (mut s1, _) = l1.accept().unwrap();
        let (_s2, _) = l2.accept().unwrap();
        let answer = std::thread::spawn(move || {
            let mut b = [0u8; 5];
            s1.read_exact(&mut b).unwrap();
            // The reply in two pieces, then the start of a next one (left buffered).
            s1.write_all(b"pi").unwrap();
            std::thread::sleep(Duration::from_millis(20));
            s1.write_all(b"ng\nne").unwrap();
            s1
        });
        let mut jobs = vec![
            Job::new(c1, &line, 1 << 20, b"ping\n".to_vec()),
            Job::new(c2, &line, 1 << 20, b"hello\n".to_vec()),
        ];
        let t = std::time::Instant::now();
        run(&mut jobs, Some(Duration::from_millis(200)));
        let dt = t.elapsed();
        let _s1 = answer.join().unwrap();
        assert!(
            dt >= Duration::from_millis(195) && dt < Duration::from_secs(2),
            "{dt:?}"
        );
        assert_eq!(jobs[0].outcome, Some(Ok(b"ping".to_vec())));
        assert_eq!(jobs[0].bytes_received, 5);
        let e = jobs[1].outcome.clone().unwrap().unwrap_err();
        assert_eq!(e.kind, Kind::Timeout);
        assert!(e.msg.ends_with("timed out after 0.2 s"), "{}", e.msg);
        // The answered one keeps what followed its reply (not reusable); the silent one is
        // tainted: neither goes back to a pool.
        fn conn(j: &Job) -> &Conn {
            j.conn.as_ref().expect("connected")
        }
        assert_eq!(conn(&jobs[0]).buffered(), 2);
        assert!(!conn(&jobs[0]).reusable());
        assert!(!conn(&jobs[1]).reusable());
    }
}
