//! `--listen` URLs: parsing them, binding them, and naming what was bound.

use std::fmt;
use std::io;
use std::net::SocketAddr;
use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;

use tokio::net::{TcpListener, TcpSocket, UdpSocket, UnixDatagram, UnixListener};
use tokio_rustls::rustls::ServerConfig;

use crate::behaviour::{Behaviour, BehaviourError};
use crate::tls::{TlsError, TlsOptions};

/// Pending connections the kernel may queue per TCP listener. Large so that thousands of
/// clients connecting at once (and `--max-connections` parking them) do not see refusals;
/// the kernel caps it at `net.core.somaxconn`.
const BACKLOG: u32 = 4096;

/// Where an endpoint listens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transport {
    Tcp(SocketAddr),
    /// TLS over TCP.
    Tls(SocketAddr),
    Udp(SocketAddr),
    /// Unix stream socket at a filesystem path.
    Unix(PathBuf),
    /// Unix datagram socket at a filesystem path.
    Udg(PathBuf),
}

impl Transport {
    /// Whether the transport is connection oriented.
    pub fn is_stream(&self) -> bool {
        matches!(
            self,
            Transport::Tcp(_) | Transport::Tls(_) | Transport::Unix(_)
        )
    }

    fn scheme(&self) -> &'static str {
        match self {
            Transport::Tcp(_) => "tcp",
            Transport::Tls(_) => "tls",
            Transport::Udp(_) => "udp",
            Transport::Unix(_) => "unix",
            Transport::Udg(_) => "udg",
        }
    }
}

impl fmt::Display for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // SocketAddr's Display already brackets IPv6 hosts.
            Transport::Tcp(a) | Transport::Tls(a) | Transport::Udp(a) => {
                write!(f, "{}://{a}", self.scheme())
            }
            Transport::Unix(p) | Transport::Udg(p) => {
                write!(f, "{}://{}", self.scheme(), p.display())
            }
        }
    }
}

/// One `--listen URL`: a transport plus the behaviour its query string asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub transport: Transport,
    pub behaviour: Behaviour,
    /// The TLS keys of the query; `Some` exactly for `tls://` endpoints.
    pub tls: Option<TlsOptions>,
    /// The query exactly as given, so the `listening` line can repeat it.
    pub query: String,
}

/// A `--listen` URL that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EndpointError {
    #[error("expected SCHEME://ADDRESS with scheme tcp, tls, udp, unix or udg, got '{0}'")]
    NoScheme(String),
    #[error("unknown scheme '{0}': expected tcp, tls, udp, unix or udg")]
    UnknownScheme(String),
    #[error("'{0}' is not an IP:PORT address (IPv6 in brackets, e.g. [::1]:0; no host names)")]
    BadAddress(String),
    #[error("a {0} URL needs a socket path, e.g. {0}:///tmp/echo.sock")]
    NoPath(&'static str),
    #[error(transparent)]
    Behaviour(#[from] BehaviourError),
    #[error(transparent)]
    Tls(#[from] TlsError),
}

impl FromStr for Endpoint {
    type Err = EndpointError;

    fn from_str(url: &str) -> Result<Self, Self::Err> {
        let (scheme, rest) = url
            .split_once("://")
            .ok_or_else(|| EndpointError::NoScheme(url.to_string()))?;
        // Paths containing '?' cannot be expressed; tests choose their own paths anyway.
        let (address, query) = rest.split_once('?').unwrap_or((rest, ""));
        let ip = |address: &str| {
            SocketAddr::from_str(address).map_err(|_| EndpointError::BadAddress(address.into()))
        };
        let path = |scheme: &'static str| {
            if address.is_empty() {
                Err(EndpointError::NoPath(scheme))
            } else {
                Ok(PathBuf::from(address))
            }
        };
        let transport = match scheme {
            "tcp" => Transport::Tcp(ip(address)?),
            "tls" => Transport::Tls(ip(address)?),
            "udp" => Transport::Udp(ip(address)?),
            "unix" => Transport::Unix(path("unix")?),
            "udg" => Transport::Udg(path("udg")?),
            other => return Err(EndpointError::UnknownScheme(other.to_string())),
        };
        let is_tls = matches!(transport, Transport::Tls(_));
        let (tls, behaviour_query) = TlsOptions::split_query(query, is_tls)?;
        let behaviour = Behaviour::parse(&behaviour_query, transport.is_stream())?;
        Ok(Endpoint {
            transport,
            behaviour,
            tls: is_tls.then_some(tls),
            query: query.to_string(),
        })
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.transport)?;
        if !self.query.is_empty() {
            write!(f, "?{}", self.query)?;
        }
        Ok(())
    }
}

/// The socket behind a bound endpoint.
#[derive(Debug)]
pub(crate) enum Socket {
    Tcp(TcpListener),
    Tls(TcpListener, Arc<ServerConfig>),
    Udp(UdpSocket),
    Unix(UnixListener, SocketFile),
    Udg(UnixDatagram, SocketFile),
}

/// An endpoint whose socket is bound and, for streams, listening.
#[derive(Debug)]
pub struct Bound {
    /// The endpoint with port 0 replaced by the port the kernel picked.
    pub endpoint: Endpoint,
    pub(crate) socket: Socket,
}

impl Bound {
    /// The URL clients should use, query kept: what the `listening` line prints.
    pub fn url(&self) -> String {
        self.endpoint.to_string()
    }
}

impl Endpoint {
    /// Binds the endpoint. Must run inside a tokio runtime.
    pub fn bind(&self) -> io::Result<Bound> {
        let context = |e: io::Error| io::Error::new(e.kind(), format!("bind {}: {e}", self));
        let (transport, socket) = match &self.transport {
            Transport::Tcp(addr) => {
                let (listener, local) = listen_tcp(*addr).map_err(context)?;
                (Transport::Tcp(local), Socket::Tcp(listener))
            }
            Transport::Tls(addr) => {
                // The certificate is read before binding, so a bad path binds nothing.
                let config = self
                    .tls
                    .as_ref()
                    .ok_or(TlsError::NoIdentity)
                    .and_then(TlsOptions::server_config)
                    .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))
                    .map_err(context)?;
                let (listener, local) = listen_tcp(*addr).map_err(context)?;
                (Transport::Tls(local), Socket::Tls(listener, config))
            }
            Transport::Udp(addr) => {
                let socket = std::net::UdpSocket::bind(addr).map_err(context)?;
                socket.set_nonblocking(true).map_err(context)?;
                let socket = UdpSocket::from_std(socket).map_err(context)?;
                let local = socket.local_addr().map_err(context)?;
                (Transport::Udp(local), Socket::Udp(socket))
            }
            Transport::Unix(path) => {
                remove_stale(path, false).map_err(context)?;
                let listener = UnixListener::bind(path).map_err(context)?;
                let file = SocketFile(path.clone());
                (Transport::Unix(path.clone()), Socket::Unix(listener, file))
            }
            Transport::Udg(path) => {
                remove_stale(path, true).map_err(context)?;
                let socket = UnixDatagram::bind(path).map_err(context)?;
                let file = SocketFile(path.clone());
                (Transport::Udg(path.clone()), Socket::Udg(socket, file))
            }
        };
        Ok(Bound {
            endpoint: Endpoint {
                transport,
                ..self.clone()
            },
            socket,
        })
    }
}

/// Binds and listens on a TCP address; returns the address actually bound.
fn listen_tcp(addr: SocketAddr) -> io::Result<(TcpListener, SocketAddr)> {
    let socket = if addr.is_ipv4() {
        TcpSocket::new_v4()
    } else {
        TcpSocket::new_v6()
    }?;
    // Lets a restarted server reuse a fixed port whose old connections linger in TIME_WAIT;
    // it never allows two live listeners on one port.
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    let listener = socket.listen(BACKLOG)?;
    let local = listener.local_addr()?;
    Ok((listener, local))
}

/// Binds every endpoint, in order. On error the ones already bound are dropped, which removes
/// their socket files.
pub fn bind_all(endpoints: &[Endpoint]) -> io::Result<Vec<Bound>> {
    endpoints.iter().map(Endpoint::bind).collect()
}

/// Removes a socket file left behind by a server that died without cleaning up, so binding
/// does not fail with "address in use". A path that is not a socket, or a socket a live
/// server still answers on, is left alone and reported.
fn remove_stale(path: &Path, datagram: bool) -> io::Result<()> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    if !meta.file_type().is_socket() {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            "path exists and is not a socket; not removing it",
        ));
    }
    let live = if datagram {
        std::os::unix::net::UnixDatagram::unbound().and_then(|s| s.connect(path))
    } else {
        std::os::unix::net::UnixStream::connect(path).map(drop)
    };
    if live.is_ok() {
        return Err(io::Error::new(
            io::ErrorKind::AddrInUse,
            "another server is listening on this socket",
        ));
    }
    std::fs::remove_file(path)
}

/// Removes the socket file of a unix endpoint when the endpoint is dropped, so a server that
/// exits normally leaves nothing behind.
#[derive(Debug)]
pub(crate) struct SocketFile(PathBuf);

impl Drop for SocketFile {
    fn drop(&mut self) {
        match std::fs::remove_file(&self.0) {
            Ok(()) => tracing::debug!(path = %self.0.display(), "removed socket file"),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => tracing::warn!(path = %self.0.display(), "cannot remove socket file: {e}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_scheme() {
        let cases = [
            (
                "tcp://127.0.0.1:0",
                Transport::Tcp("127.0.0.1:0".parse().unwrap()),
            ),
            ("tcp://[::1]:7", Transport::Tcp("[::1]:7".parse().unwrap())),
            (
                "tls://127.0.0.1:0",
                Transport::Tls("127.0.0.1:0".parse().unwrap()),
            ),
            (
                "udp://127.0.0.1:0",
                Transport::Udp("127.0.0.1:0".parse().unwrap()),
            ),
            ("unix:///tmp/a.sock", Transport::Unix("/tmp/a.sock".into())),
            ("udg:///tmp/b.sock", Transport::Udg("/tmp/b.sock".into())),
        ];
        for (url, want) in cases {
            let e: Endpoint = url.parse().unwrap();
            assert_eq!(e.transport, want);
            assert_eq!(e.to_string(), url);
        }
    }

    #[test]
    fn keeps_query() {
        let e: Endpoint = "tcp://127.0.0.1:0?delay_ms=200".parse().unwrap();
        assert_eq!(e.query, "delay_ms=200");
        assert_eq!(e.to_string(), "tcp://127.0.0.1:0?delay_ms=200");
    }

    #[test]
    fn rejects_bad_urls() {
        assert!(matches!(
            "127.0.0.1:0".parse::<Endpoint>(),
            Err(EndpointError::NoScheme(_))
        ));
        assert!(matches!(
            "http://127.0.0.1:0".parse::<Endpoint>(),
            Err(EndpointError::UnknownScheme(_))
        ));
        assert!(matches!(
            "tcp://localhost:0".parse::<Endpoint>(),
            Err(EndpointError::BadAddress(_))
        ));
        assert!(matches!(
            "unix://".parse::<Endpoint>(),
            Err(EndpointError::NoPath("unix"))
        ));
        assert!(matches!(
            "tcp://127.0.0.1:0?bogus=1".parse::<Endpoint>(),
            Err(EndpointError::Behaviour(BehaviourError::UnknownKey(_)))
        ));
    }
}
