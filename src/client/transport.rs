//! Where the client's bytes leave and arrive: one connected socket, either plain (the
//! application's bytes are the socket's) or carrying a TLS session (rustls
//! `ClientConnection` over the non-blocking socket). `request()`, framing, `receive*()` and
//! `requestAll()` all move bytes through [`Transport::send_some`] / [`Transport::recv_some`]
//! and wait for the events [`Transport::events`] names; every syscall goes through `crate::net`
//! (`send(2)`/`recv(2)` with `MSG_DONTWAIT`, `poll(2)`).
//!
//! With TLS, what the socket must do is what the session wants, not what the caller does: a
//! read may have to write first (a TLS 1.3 key update's answer, an alert), and plaintext that
//! rustls already decrypted is readable without any syscall, so callers try
//! [`Transport::recv_some`] before they poll.

use std::io::{Read, Write};
use std::os::fd::{AsRawFd, RawFd};

use rustls::ClientConnection;
use socket2::Socket;

use super::core::Deadline;
use super::tls;

/// Why a transport step failed; `Conn` turns it into the message PHP sees.
#[derive(Debug)]
pub enum Fail {
    /// A syscall's errno.
    Os(i32),
    /// The TLS session failed (a certificate, an alert, a malformed record).
    Tls(rustls::Error),
    /// The deadline passed (handshake).
    Timeout,
    /// End of stream during the handshake.
    Eof,
}

/// A socket and, for `tls://`, its TLS session.
#[derive(Debug)]
pub struct Transport {
    pub sock: Socket,
    tls: Option<Box<Session>>,
}

#[derive(Debug)]
struct Session {
    conn: ClientConnection,
    /// The name verified (for `getTlsInfo()`).
    peer_name: String,
    /// `recv(2)` returned end of stream.
    eof: bool,
}

/// The socket as `std::io` for rustls' `read_tls`/`write_tls`: non-blocking `recv(2)`/`send(2)`
/// through `crate::net::io` (EAGAIN is `WouldBlock`; `MSG_NOSIGNAL`: EPIPE, not SIGPIPE).
struct Fd(RawFd);

fn io_err(e: crate::net::Error) -> std::io::Error {
    std::io::Error::from_raw_os_error(e.code())
}

impl Read for Fd {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        crate::net::io::recv(self.0, buf, libc::MSG_DONTWAIT).map_err(io_err)
    }
}

impl Write for Fd {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        crate::net::io::send(self.0, buf, libc::MSG_NOSIGNAL | libc::MSG_DONTWAIT).map_err(io_err)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// EAGAIN or EINTR: nothing happened, try again after a poll.
fn would_block(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::Interrupted
    )
}

fn os(e: &std::io::Error) -> Fail {
    Fail::Os(e.raw_os_error().unwrap_or(libc::EIO))
}

/// What a pooled connection's idle socket holds (see [`Transport::idle_state`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Idle {
    /// Nothing (or only TLS housekeeping such as TLS 1.3 session tickets).
    Quiet,
    /// Bytes for the application nobody asked for.
    Stray,
    /// End of stream, close_notify, or an error.
    Closed,
}

/// `poll(2)` one descriptor for `events` until the deadline; EINTR is retried with the time
/// left. Returns false on timeout.
pub fn wait(fd: RawFd, events: i16, dl: Deadline) -> Result<bool, i32> {
    loop {
        let ms = dl.poll_ms();
        match crate::net::io::poll_one(fd, events, ms) {
            Ok(0) if ms == 0 => return Ok(false),
            Ok(0) => {}
            Ok(_) => return Ok(true),
            Err(e) if e.code() == libc::EINTR => {}
            Err(e) => return Err(e.code()),
        }
    }
}

impl Transport {
    /// A plain transport over a connected socket.
    pub fn plain(sock: Socket) -> Self {
        Transport { sock, tls: None }
    }

    pub fn fd(&self) -> RawFd {
        self.sock.as_raw_fd()
    }

    pub fn is_tls(&self) -> bool {
        self.tls.is_some()
    }

    /// Starts TLS on the connected socket (`SSL_connect()` on a non-blocking socket, stepped):
    /// puts a TLS session (rustls `ClientConnection`, nothing sent yet) on it; then
    /// [`Transport::handshake_step`] until done, with `poll(2)` in between. `name` is verified and, unless SNI is disabled in the configuration, sent as SNI.
    pub fn begin_tls(
        &mut self,
        config: std::sync::Arc<rustls::ClientConfig>,
        name: &str,
    ) -> Result<(), Fail> {
        let server = tls::server_name(name).map_err(|_| {
            Fail::Tls(rustls::Error::General(format!(
                "{name} is not a valid name to verify"
            )))
        })?;
        let conn = ClientConnection::new(config, server).map_err(Fail::Tls)?;
        self.tls = Some(Box::new(Session {
            conn,
            peer_name: name.to_string(),
            eof: false,
        }));
        Ok(())
    }

    /// The handshake as far as it goes without blocking (`SSL_do_handshake()` on a
    /// non-blocking socket): writes what the session wants, reads and processes what arrived.
    /// `Ok(None)`: done (or no TLS); `Ok(Some(events))`: poll(2) for these events (`POLLIN`,
    /// `POLLOUT`) and call again. A caller's loop may drive many handshakes at once.
    pub fn handshake_step(&mut self) -> Result<Option<i16>, Fail> {
        let fd = self.fd();
        loop {
            self.flush_some()?;
            let Some(s) = self.tls.as_deref_mut() else {
                return Ok(None);
            };
            let hs = s.conn.is_handshaking();
            if !hs && !s.conn.wants_write() {
                return Ok(None);
            }
            if hs && s.conn.wants_read() {
                match s.conn.read_tls(&mut Fd(fd)) {
                    Ok(0) => return Err(Fail::Eof),
                    Ok(_) => {
                        if let Err(e) = s.conn.process_new_packets() {
                            // The alert rustls queued for the server, best effort.
                            let _ = self.flush_some();
                            return Err(Fail::Tls(e));
                        }
                        continue;
                    }
                    Err(e) if would_block(&e) => {}
                    Err(e) => return Err(os(&e)),
                }
            }
            let mut ev = 0;
            if hs && s.conn.wants_read() {
                ev |= libc::POLLIN;
            }
            if s.conn.wants_write() {
                ev |= libc::POLLOUT;
            }
            if ev == 0 {
                // A handshake that wants neither to read nor to write cannot go on (rustls
                // always wants one of them; this keeps poll(2) from waiting on nothing).
                return Err(Fail::Tls(rustls::Error::General(
                    "the handshake stalled".into(),
                )));
            }
            return Ok(Some(ev));
        }
    }

    /// Writes out what the TLS session has queued (records, alerts) until the socket is full
    /// (`write_tls` → non-blocking `send(2)`s). Nothing to do without TLS.
    pub fn flush_some(&mut self) -> Result<(), Fail> {
        let fd = self.fd();
        if let Some(s) = self.tls.as_deref_mut() {
            while s.conn.wants_write() {
                match s.conn.write_tls(&mut Fd(fd)) {
                    Ok(_) => {}
                    Err(e) if would_block(&e) => return Ok(()),
                    Err(e) => return Err(os(&e)),
                }
            }
        }
        Ok(())
    }

    /// Whether TLS records are queued that the socket has not taken yet: a send is complete
    /// only when this is false.
    pub fn pending_out(&self) -> bool {
        self.tls.as_deref().is_some_and(|s| s.conn.wants_write())
    }

    /// The `poll(2)` events to wait for: `POLLIN` to receive, `POLLOUT` to send — and with TLS
    /// `POLLOUT` as well whenever the session has records queued, even while receiving.
    pub fn events(&self, receiving: bool) -> i16 {
        let mut ev = if receiving {
            libc::POLLIN
        } else {
            libc::POLLOUT
        };
        if self.pending_out() {
            ev |= libc::POLLOUT;
        }
        ev
    }

    /// One non-blocking send of (a part of) `data`: `send(2)` with `MSG_DONTWAIT`, or with TLS
    /// the plaintext rustls accepts (then encrypted and flushed as far as the socket takes it).
    /// `Ok(None)`: no room yet (EAGAIN) or interrupted (EINTR).
    pub fn send_some(&mut self, data: &[u8]) -> Result<Option<usize>, Fail> {
        if self.tls.is_none() {
            return match crate::net::io::send(
                self.fd(),
                data,
                libc::MSG_NOSIGNAL | libc::MSG_DONTWAIT,
            ) {
                Ok(n) => Ok(Some(n)),
                Err(e) if e.code() == libc::EINTR || e.code() == libc::EAGAIN => Ok(None),
                Err(e) => Err(Fail::Os(e.code())),
            };
        }
        if data.is_empty() {
            return Ok(Some(0));
        }
        self.flush_some()?;
        let n = match self.tls.as_deref_mut() {
            Some(s) => s.conn.writer().write(data).map_err(|e| os(&e))?,
            None => 0,
        };
        self.flush_some()?;
        Ok(if n == 0 { None } else { Some(n) })
    }

    /// One non-blocking receive into `buf`: `recv(2)` with `MSG_DONTWAIT`, or with TLS the
    /// plaintext rustls holds, else one `read_tls` from the socket and another look.
    /// `Ok(Some(0))`: end of stream (or close_notify); `Ok(None)`: nothing yet.
    pub fn recv_some(&mut self, buf: &mut [u8]) -> Result<Option<usize>, Fail> {
        let fd = self.fd();
        if self.tls.is_none() {
            return match crate::net::io::recv(fd, buf, libc::MSG_DONTWAIT) {
                Ok(n) => Ok(Some(n)),
                Err(e) if e.code() == libc::EINTR || e.code() == libc::EAGAIN => Ok(None),
                Err(e) => Err(Fail::Os(e.code())),
            };
        }
        if buf.is_empty() {
            return Ok(Some(0));
        }
        loop {
            // Records the session queued (an alert, a key update's answer) go out first.
            self.flush_some()?;
            let Some(s) = self.tls.as_deref_mut() else {
                return Ok(None);
            };
            match s.conn.reader().read(buf) {
                // Ok(0) is close_notify.
                Ok(n) => return Ok(Some(n)),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                // End of stream without close_notify: end of stream, as PHP's streams read it.
                Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(Some(0)),
                Err(e) => return Err(os(&e)),
            }
            if s.eof {
                return Ok(Some(0));
            }
            match s.conn.read_tls(&mut Fd(fd)) {
                Ok(0) => s.eof = true,
                Ok(_) => {}
                Err(e) if would_block(&e) => return Ok(None),
                Err(e) => return Err(os(&e)),
            }
            if let Err(e) = s.conn.process_new_packets() {
                let _ = self.flush_some();
                return Err(Fail::Tls(e));
            }
        }
    }

    /// What an idle connection's socket holds, without blocking and without taking bytes the
    /// application would want: with TLS every pending record is processed (a TLS 1.3 session
    /// ticket is housekeeping), so that close_notify, end of stream and stray plaintext are
    /// seen; without TLS a `MSG_PEEK` of one byte.
    pub fn idle_state(&mut self) -> Idle {
        let fd = self.fd();
        let Some(s) = self.tls.as_deref_mut() else {
            let mut b = [0u8; 1];
            return match crate::net::io::recv(fd, &mut b, libc::MSG_PEEK | libc::MSG_DONTWAIT) {
                Ok(0) => Idle::Closed,
                Ok(_) => Idle::Stray,
                Err(e) if e.code() == libc::EAGAIN || e.code() == libc::EINTR => Idle::Quiet,
                Err(_) => Idle::Closed,
            };
        };
        if s.eof {
            return Idle::Closed;
        }
        loop {
            match s.conn.read_tls(&mut Fd(fd)) {
                Ok(0) => {
                    s.eof = true;
                    return Idle::Closed;
                }
                Ok(_) => {}
                Err(e) if would_block(&e) => break,
                Err(_) => return Idle::Closed,
            }
        }
        match s.conn.process_new_packets() {
            Err(_) => Idle::Closed,
            Ok(st) if st.peer_has_closed() => Idle::Closed,
            Ok(st) if st.plaintext_bytes_to_read() > 0 => Idle::Stray,
            Ok(_) => Idle::Quiet,
        }
    }

    /// The negotiated parameters (`None` without TLS).
    pub fn tls_info(&self) -> Option<tls::Info> {
        self.tls
            .as_deref()
            .map(|s| tls::info(&s.conn, &s.peer_name))
    }
}

impl Drop for Transport {
    /// Ends a TLS session with close_notify (`SSL_shutdown()` without waiting for the peer's):
    /// one non-blocking attempt, errors ignored — the socket closes right after.
    fn drop(&mut self) {
        if let Some(s) = self.tls.as_deref_mut() {
            if !s.eof {
                s.conn.send_close_notify();
                let _ = self.flush_some();
            }
        }
    }
}
