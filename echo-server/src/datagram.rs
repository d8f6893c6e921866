//! Datagram endpoints (udp, udg): each datagram is echoed to its sender as one datagram.
//!
//! One task receives for the whole endpoint. A reply that cannot go out at once (a delay, a
//! chunked reply, a full socket buffer) moves to a task of its own, so one slow or vanished
//! peer never holds up the replies to the others.

use std::io;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::{UdpSocket, UnixDatagram};
use tokio::time::{sleep, timeout};
use tracing::{debug, info_span, warn, Instrument};

use crate::behaviour::Behaviour;
use crate::endpoint::SocketFile;
use crate::shutdown::Shutdown;

/// Receive buffer: larger than any UDP datagram (65,507 bytes) and than the default unix
/// datagram send buffer, so no test datagram is truncated.
const RECV_BUF: usize = 256 * 1024;

/// How long a reply may wait for room in the socket buffer before it is dropped, as the
/// network would drop it.
const SEND_TIMEOUT: Duration = Duration::from_secs(1);

/// A bound datagram socket.
pub(crate) enum DatagramSocket {
    Udp(UdpSocket),
    Udg(UnixDatagram),
}

/// Whom to answer.
#[derive(Debug, Clone)]
enum Peer {
    Ip(SocketAddr),
    Path(PathBuf),
}

impl DatagramSocket {
    /// Receives one datagram; the peer is `None` for an unbound unix socket, which has no
    /// address to reply to.
    async fn recv_from(&self, buf: &mut [u8]) -> io::Result<(usize, Option<Peer>)> {
        match self {
            DatagramSocket::Udp(s) => {
                let (n, peer) = s.recv_from(buf).await?;
                Ok((n, Some(Peer::Ip(peer))))
            }
            DatagramSocket::Udg(s) => {
                let (n, peer) = s.recv_from(buf).await?;
                Ok((n, peer.as_pathname().map(|p| Peer::Path(p.to_path_buf()))))
            }
        }
    }

    fn try_send_to(&self, data: &[u8], peer: &Peer) -> io::Result<usize> {
        match (self, peer) {
            (DatagramSocket::Udp(s), Peer::Ip(addr)) => s.try_send_to(data, *addr),
            (DatagramSocket::Udg(s), Peer::Path(path)) => s.try_send_to(data, path),
            _ => Err(mismatch()),
        }
    }

    async fn send_to(&self, data: &[u8], peer: &Peer) -> io::Result<usize> {
        match (self, peer) {
            (DatagramSocket::Udp(s), Peer::Ip(addr)) => s.send_to(data, *addr).await,
            (DatagramSocket::Udg(s), Peer::Path(path)) => s.send_to(data, path).await,
            _ => Err(mismatch()),
        }
    }
}

fn mismatch() -> io::Error {
    io::Error::other("peer address family does not match the socket")
}

/// Serves one datagram endpoint until draining starts. `_file` (udg) removes the socket file
/// when the loop ends.
pub(crate) async fn serve(
    socket: DatagramSocket,
    _file: Option<SocketFile>,
    behaviour: Behaviour,
    mut shutdown: Shutdown,
) {
    let socket = Arc::new(socket);
    let behaviour = Arc::new(behaviour);
    let mut buf = vec![0u8; RECV_BUF];
    loop {
        let received = tokio::select! {
            received = socket.recv_from(&mut buf) => received,
            _ = shutdown.draining() => return,
        };
        let (n, peer) = match received {
            Ok(received) => received,
            Err(e) => {
                // A receive error concerns one datagram (or an ICMP error from an earlier
                // reply); the endpoint itself is fine.
                debug!("recv: {e}");
                continue;
            }
        };
        if behaviour.silent {
            continue;
        }
        let Some(peer) = peer else {
            warn!("datagram from an unbound unix socket: no address to reply to; bind the client socket to a path");
            continue;
        };
        let data = &buf[..n];
        if behaviour.delay.is_none() && behaviour.chunk.is_none() {
            match socket.try_send_to(data, &peer) {
                Ok(_) => continue,
                Err(e) if e.kind() != io::ErrorKind::WouldBlock => {
                    debug!(?peer, "send: {e}");
                    continue;
                }
                // The socket buffer is full: wait for room below, off this loop.
                Err(_) => {}
            }
        }
        let task = deferred_reply(
            socket.clone(),
            data.to_vec(),
            peer.clone(),
            behaviour.clone(),
            shutdown.clone(),
        );
        tokio::spawn(task.instrument(info_span!("reply", ?peer)));
    }
}

/// A reply that has to wait: for `delay_ms`, between `chunk` pieces, or for buffer space.
async fn deferred_reply(
    socket: Arc<DatagramSocket>,
    data: Vec<u8>,
    peer: Peer,
    behaviour: Arc<Behaviour>,
    mut shutdown: Shutdown,
) {
    let send = async {
        if let Some(delay) = behaviour.delay {
            sleep(delay).await;
        }
        let pieces: Vec<&[u8]> = match behaviour.chunk {
            // An empty datagram still gets its (empty) echo.
            Some(chunk) if !data.is_empty() => data.chunks(chunk.size).collect(),
            _ => vec![&data[..]],
        };
        for (i, piece) in pieces.into_iter().enumerate() {
            if i > 0 {
                if let Some(chunk) = behaviour.chunk {
                    sleep(chunk.pause).await;
                }
            }
            match timeout(SEND_TIMEOUT, socket.send_to(piece, &peer)).await {
                Ok(Ok(_)) => {}
                Ok(Err(e)) => return debug!("send: {e}"),
                Err(_) => return warn!("reply dropped: no buffer space for {SEND_TIMEOUT:?}"),
            }
        }
    };
    tokio::select! {
        _ = send => {}
        _ = shutdown.aborted() => {}
    }
}
