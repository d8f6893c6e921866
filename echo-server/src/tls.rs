//! `tls://` endpoints: their query keys, the rustls server configuration built from them, and
//! the handshake that turns an accepted TCP connection into the stream the echo loops serve.
//!
//! The TLS keys (`cert`, `key`, `client_ca`, `alpn`, `max_version`) are taken out of the query
//! before the rest goes to [`Behaviour::parse`](crate::Behaviour::parse), so every TCP
//! behaviour works unchanged over TLS. Crypto is rustls with the ring provider.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpStream;
use tokio::time::timeout;
use tokio_rustls::rustls::crypto::{ring, CryptoProvider};
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio_rustls::rustls::server::WebPkiClientVerifier;
use tokio_rustls::rustls::{version, RootCertStore, ServerConfig, SupportedProtocolVersion};
use tokio_rustls::server::TlsStream;
use tokio_rustls::TlsAcceptor;
use tracing::warn;

/// Every TLS key a `tls://` query may contain.
pub const TLS_KEYS: &[&str] = &["cert", "key", "client_ca", "alpn", "max_version"];

/// Highest protocol version a TLS endpoint offers (`max_version`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MaxVersion {
    /// `max_version=1.2`: TLS 1.2 only.
    Tls12,
    /// `max_version=1.3`: TLS 1.3 and 1.2 (the default).
    #[default]
    Tls13,
}

/// The TLS part of a `tls://` endpoint's query, plus the `--cert/--key` defaults.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TlsOptions {
    /// `cert=PATH`: the server's certificate chain (PEM), leaf first.
    pub cert: Option<PathBuf>,
    /// `key=PATH`: its private key (PEM: PKCS#8, SEC1 or PKCS#1).
    pub key: Option<PathBuf>,
    /// `client_ca=PATH`: require a client certificate signed by one of these CAs (PEM).
    pub client_ca: Option<PathBuf>,
    /// `alpn=p1,p2`: the protocols the server accepts; a client offering none of them fails.
    pub alpn: Vec<String>,
    /// `max_version`.
    pub max_version: MaxVersion,
}

/// A TLS query key with a value that cannot be used, or a configuration rustls refuses.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TlsError {
    #[error("query key '{0}' is given more than once")]
    Repeated(String),
    #[error("invalid value '{value}' for '{key}': expected {expected}")]
    BadValue {
        key: &'static str,
        value: String,
        expected: &'static str,
    },
    #[error("'{0}' only applies to tls:// endpoints")]
    TlsOnly(String),
    #[error("a tls:// endpoint needs a certificate and its key: cert=PATH&key=PATH in the query, or --cert PATH --key PATH")]
    NoIdentity,
    #[error("cannot read {what} '{path}': {reason}")]
    Read {
        what: &'static str,
        path: String,
        reason: String,
    },
    #[error("TLS configuration refused: {0}")]
    Config(String),
}

impl TlsOptions {
    /// Takes the TLS keys out of `query` and returns them with the rest of the query, which
    /// holds the behaviour keys. With `tls` false a TLS key is an error.
    pub fn split_query(query: &str, tls: bool) -> Result<(TlsOptions, String), TlsError> {
        let mut options = TlsOptions::default();
        let mut seen = Vec::new();
        let mut rest = Vec::new();
        for part in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            let Some(key) = TLS_KEYS.iter().copied().find(|k| *k == key) else {
                rest.push(part);
                continue;
            };
            if !tls {
                return Err(TlsError::TlsOnly(key.to_string()));
            }
            if seen.contains(&key) {
                return Err(TlsError::Repeated(key.to_string()));
            }
            seen.push(key);
            let path = || {
                if value.is_empty() {
                    Err(bad(key, value, "a file path"))
                } else {
                    Ok(Some(PathBuf::from(value)))
                }
            };
            match key {
                "cert" => options.cert = path()?,
                "key" => options.key = path()?,
                "client_ca" => options.client_ca = path()?,
                "alpn" => {
                    options.alpn = value.split(',').map(str::to_string).collect();
                    if options.alpn.iter().any(|p| p.is_empty() || p.len() > 255) {
                        return Err(bad(
                            key,
                            value,
                            "comma-separated protocol names of 1 to 255 bytes",
                        ));
                    }
                }
                "max_version" => {
                    options.max_version = match value {
                        "1.2" => MaxVersion::Tls12,
                        "1.3" => MaxVersion::Tls13,
                        _ => return Err(bad(key, value, "1.2 or 1.3")),
                    }
                }
                _ => unreachable!("every entry of TLS_KEYS is matched above"),
            }
        }
        Ok((options, rest.join("&")))
    }

    /// Uses `cert` and `key` (from `--cert/--key`) where the query named none.
    pub fn fill_identity(&mut self, cert: Option<&Path>, key: Option<&Path>) {
        if self.cert.is_none() {
            self.cert = cert.map(Path::to_path_buf);
        }
        if self.key.is_none() {
            self.key = key.map(Path::to_path_buf);
        }
    }

    /// Reads the files and builds the server configuration; every error names the file and the cause, so
    /// a bad path stops the server at startup with a clear message.
    pub(crate) fn server_config(&self) -> Result<Arc<ServerConfig>, TlsError> {
        let (Some(cert), Some(key)) = (&self.cert, &self.key) else {
            return Err(TlsError::NoIdentity);
        };
        let chain = read_certs("certificate", cert)?;
        let key = PrivateKeyDer::from_pem_file(key).map_err(|e| read_error("key", key, e))?;

        let provider = Arc::new(ring::default_provider());
        let versions: &[&SupportedProtocolVersion] = match self.max_version {
            MaxVersion::Tls12 => &[&version::TLS12],
            MaxVersion::Tls13 => &[&version::TLS13, &version::TLS12],
        };
        let builder = ServerConfig::builder_with_provider(provider.clone())
            .with_protocol_versions(versions)
            .map_err(config_error)?;
        let builder = match &self.client_ca {
            Some(path) => {
                let mut roots = RootCertStore::empty();
                for ca in read_certs("client CA", path)? {
                    roots.add(ca).map_err(config_error)?;
                }
                let verifier = WebPkiClientVerifier::builder_with_provider(roots.into(), provider)
                    .build()
                    .map_err(config_error)?;
                builder.with_client_cert_verifier(verifier)
            }
            None => builder.with_no_client_auth(),
        };
        let mut config = builder.with_single_cert(chain, key).map_err(config_error)?;
        config.alpn_protocols = self.alpn.iter().map(|p| p.as_bytes().to_vec()).collect();
        Ok(Arc::new(config))
    }
}

/// Runs the server side of the handshake, bounded by the idle timeout. A failure is logged as
/// one line (the connection's span names the endpoint and peer) and ends only this connection.
pub(crate) async fn handshake(
    tcp: TcpStream,
    acceptor: TlsAcceptor,
    idle: Option<Duration>,
) -> Option<TlsStream<TcpStream>> {
    let accept = acceptor.accept(tcp);
    let result = match idle {
        Some(limit) => timeout(limit, accept).await.unwrap_or_else(|_| {
            Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "no handshake within the idle timeout",
            ))
        }),
        None => accept.await,
    };
    match result {
        Ok(stream) => Some(stream),
        Err(e) => {
            warn!("TLS handshake failed: {e}");
            None
        }
    }
}

/// The provider the server uses; tests build their clients with the same one.
pub fn provider() -> Arc<CryptoProvider> {
    Arc::new(ring::default_provider())
}

fn read_certs(what: &'static str, path: &Path) -> Result<Vec<CertificateDer<'static>>, TlsError> {
    let certs = CertificateDer::pem_file_iter(path)
        .and_then(|iter| iter.collect::<Result<Vec<_>, _>>())
        .map_err(|e| read_error(what, path, e))?;
    if certs.is_empty() {
        return Err(TlsError::Read {
            what,
            path: path.display().to_string(),
            reason: "no PEM certificate in it".into(),
        });
    }
    Ok(certs)
}

fn read_error(what: &'static str, path: &Path, e: impl std::fmt::Display) -> TlsError {
    TlsError::Read {
        what,
        path: path.display().to_string(),
        reason: e.to_string(),
    }
}

fn config_error(e: impl std::fmt::Display) -> TlsError {
    TlsError::Config(e.to_string())
}

fn bad(key: &'static str, value: &str, expected: &'static str) -> TlsError {
    TlsError::BadValue {
        key,
        value: value.to_string(),
        expected,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_tls_keys_from_behaviour_keys() {
        let (tls, rest) = TlsOptions::split_query(
            "cert=/a.pem&mode=frame&key=/a.key&alpn=x,y&max_version=1.2&header=n",
            true,
        )
        .unwrap();
        assert_eq!(rest, "mode=frame&header=n");
        assert_eq!(tls.cert.as_deref(), Some(Path::new("/a.pem")));
        assert_eq!(tls.key.as_deref(), Some(Path::new("/a.key")));
        assert_eq!(tls.alpn, ["x", "y"]);
        assert_eq!(tls.max_version, MaxVersion::Tls12);
    }

    #[test]
    fn rejects_bad_tls_keys() {
        let err = |q, tls| TlsOptions::split_query(q, tls).unwrap_err();
        assert!(matches!(
            err("cert=/a&cert=/b", true),
            TlsError::Repeated(_)
        ));
        assert!(matches!(
            err("max_version=1.1", true),
            TlsError::BadValue { .. }
        ));
        assert!(matches!(err("alpn=a,,b", true), TlsError::BadValue { .. }));
        assert!(matches!(err("cert=", true), TlsError::BadValue { .. }));
        assert!(matches!(err("cert=/a", false), TlsError::TlsOnly(_)));
    }

    #[test]
    fn query_identity_wins_over_defaults() {
        let (mut tls, _) = TlsOptions::split_query("cert=/q.pem", true).unwrap();
        tls.fill_identity(Some(Path::new("/d.pem")), Some(Path::new("/d.key")));
        assert_eq!(tls.cert.as_deref(), Some(Path::new("/q.pem")));
        assert_eq!(tls.key.as_deref(), Some(Path::new("/d.key")));
        assert_eq!(
            TlsOptions::default().server_config().err(),
            Some(TlsError::NoIdentity)
        );
    }
}
