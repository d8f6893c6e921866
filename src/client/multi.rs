//! `requestAll()`: many requests, each on its own connection, sent and answered concurrently in
//! one `poll(2)` loop under one deadline. PHP-free. Every step is the non-blocking half of what
//! `request()` does ([`Conn::send_some`], [`Conn::try_frame`], [`Conn::try_receive`]), so a
//! reply ends exactly where `request()` would end it, and a request that fails or times out
//! leaves its connection tainted (never reused from the persistent pool), as `request()` does.
//!
//! UDP: each request is one datagram, sent once (`retries` is not applied: the single deadline
//! governs), answered by the first datagram that arrives after it.

use std::time::Duration;

use super::core::{Conn, Deadline, Result, Scheme};
use super::framing::Framing;

/// The largest reply read at once without framing (as `request()`: one read of 64 KiB).
const RAW_REPLY_MAX: usize = 65536;

/// One request of a `requestAll()` call and, once done, its outcome.
#[derive(Debug)]
pub struct Job {
    pub conn: Conn,
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
        let framing = if conn.scheme == Scheme::Udp || *framing == Framing::None {
            None
        } else {
            Some(framing.clone())
        };
        Job {
            conn,
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

    /// Moves the request on as far as it goes without blocking.
    fn advance(&mut self) {
        if let Err(e) = self.step() {
            self.outcome = Some(Err(e));
        }
    }

    fn step(&mut self) -> Result<()> {
        while self.sending {
            let datagram = self.conn.scheme == Scheme::Udp;
            if self.sent == self.out.len() && !datagram {
                // With TLS, sent means the records are out too.
                if self.conn.pending_out() {
                    self.conn.flush_some()?;
                    if self.conn.pending_out() {
                        return Ok(());
                    }
                }
                self.sending = false;
                break;
            }
            match self.conn.send_some(&self.out[self.sent..])? {
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
                if let Some((start, end, consumed)) = self.conn.try_frame(f, self.max_frame)? {
                    let reply = self.conn.frame_bytes()[start..end].to_vec();
                    self.conn.consume_frame(consumed);
                    self.bytes_received += consumed as u64;
                    self.outcome = Some(Ok(reply));
                }
            }
            None => {
                let mut buf = vec![0u8; RAW_REPLY_MAX];
                if let Some(n) = self.conn.try_receive(&mut buf)? {
                    buf.truncate(n);
                    self.bytes_received += n as u64;
                    self.outcome = Some(Ok(buf));
                }
            }
        }
        Ok(())
    }
}

/// Runs every job to its outcome within `timeout` for the whole call (`None`: no limit):
/// counts each request as owed on its connection, starts every send, then `poll(2)`s all the
/// descriptors still in progress — for room while sending, for input while receiving — and
/// steps those that are ready. When the deadline passes, what is left fails with a timeout.
pub fn run(jobs: &mut [Job], timeout: Option<Duration>) {
    let dl = Deadline::after(timeout);
    for j in jobs.iter_mut() {
        if j.conn.scheme == Scheme::Udp {
            // As udp_request: a reply is the first datagram after this send.
            j.conn.drain_datagrams();
        }
        let framed = j.framing.is_some();
        j.conn.expect_reply(framed);
        j.advance();
    }
    let mut fds: Vec<libc::pollfd> = Vec::with_capacity(jobs.len());
    let mut which: Vec<usize> = Vec::with_capacity(jobs.len());
    loop {
        fds.clear();
        which.clear();
        for (i, j) in jobs.iter().enumerate() {
            if j.outcome.is_none() {
                fds.push(libc::pollfd {
                    fd: j.conn.fd(),
                    // With TLS, what the session wants (records queued: POLLOUT as well).
                    events: j.conn.events(!j.sending),
                    revents: 0,
                });
                which.push(i);
            }
        }
        if fds.is_empty() {
            return;
        }
        let ms = dl.poll_ms();
        match crate::net::io::poll_many(&mut fds, ms) {
            Ok(0) if ms == 0 => {
                for &i in &which {
                    let j = &mut jobs[i];
                    let what = if j.sending { "Send to" } else { "Receive from" };
                    j.outcome = Some(Err(j.conn.timeout_error(what, timeout)));
                }
                return;
            }
            Ok(_) => {
                for (p, &i) in fds.iter().zip(&which) {
                    if p.revents != 0 {
                        jobs[i].advance();
                    }
                }
            }
            Err(e) if e.code() == libc::EINTR => {}
            Err(e) => {
                for &i in &which {
                    let j = &mut jobs[i];
                    j.outcome = Some(Err(j.conn.os_error("Receive from", e.code())));
                }
                return;
            }
        }
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
        assert_eq!(jobs[0].conn.buffered(), 2);
        assert!(!jobs[0].conn.reusable());
        assert!(!jobs[1].conn.reusable());
    }
}
