//! TLS for `SocketClient` (PHP-free): the `'tls'` options with PHP's SSL context semantics,
//! the rustls `ClientConfig` they build (one per distinct option set, cached per process so that
//! session resumption works across requests of a PHP-FPM worker), the certificate verifier that
//! gives `verify_peer`, `verify_peer_name` and `allow_self_signed` their PHP meaning, and the
//! words a PHP user reads when a handshake fails.
//!
//! PHP's counterparts are ext/openssl's `php_openssl_setup_verify()` / `SSL_CTX_set_verify()`
//! (trust), `php_openssl_apply_peer_verification_policy()` (name), and
//! `php_openssl_set_local_cert()` (`SSL_CTX_use_certificate_chain_file`,
//! `SSL_CTX_use_PrivateKey_file` with the passphrase callback). Here rustls (ring provider)
//! does the protocol and rustls-webpki the path building.

use std::fmt;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::{ring, CryptoProvider, WebPkiSupportedAlgorithms};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use rustls::{
    AlertDescription, CertificateError, ClientConfig, DigitallySignedStruct, Error as TlsError,
    OtherError, RootCertStore, SignatureScheme,
};

/// The lowest protocol version offered (`min_version`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum MinVersion {
    /// TLS 1.2 and 1.3 (the default).
    #[default]
    Tls12,
    /// TLS 1.3 only.
    Tls13,
}

/// The `'tls' => [...]` options, validated (see `client/options.rs` for the PHP side).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct TlsOptions {
    /// `verify_peer` (default true): false accepts any certificate (`SSL_VERIFY_NONE`).
    pub verify_peer: bool,
    /// `verify_peer_name` (default true): false checks the chain but not the name.
    pub verify_peer_name: bool,
    /// `peer_name`: the name verified and sent as SNI; `None` = the address's host.
    pub peer_name: Option<String>,
    /// `cafile`: PEM certificates to trust instead of the system store.
    pub cafile: Option<PathBuf>,
    /// `capath`: a directory whose files' PEM certificates are trusted instead of the system store.
    pub capath: Option<PathBuf>,
    /// `local_cert`: the client's PEM certificate chain (and key, when `local_pk` is unset).
    pub local_cert: Option<PathBuf>,
    /// `local_pk`: the client's PEM private key.
    pub local_pk: Option<PathBuf>,
    /// `passphrase`: for an encrypted PKCS#8 key (`BEGIN ENCRYPTED PRIVATE KEY`).
    pub passphrase: Option<String>,
    /// `allow_self_signed` (default false): trust a self-signed certificate.
    pub allow_self_signed: bool,
    /// `SNI_enabled` (default true): send the server name (RFC 6066).
    pub sni_enabled: bool,
    /// `alpn_protocols`: offered in this order (RFC 7301).
    pub alpn: Vec<Vec<u8>>,
    /// `min_version`.
    pub min_version: MinVersion,
}

impl Default for TlsOptions {
    fn default() -> Self {
        TlsOptions {
            verify_peer: true,
            verify_peer_name: true,
            peer_name: None,
            cafile: None,
            capath: None,
            local_cert: None,
            local_pk: None,
            passphrase: None,
            allow_self_signed: false,
            sni_enabled: true,
            alpn: Vec::new(),
            min_version: MinVersion::Tls12,
        }
    }
}

impl fmt::Debug for TlsOptions {
    /// As derived, but the passphrase is never printed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TlsOptions")
            .field("verify_peer", &self.verify_peer)
            .field("verify_peer_name", &self.verify_peer_name)
            .field("peer_name", &self.peer_name)
            .field("cafile", &self.cafile)
            .field("capath", &self.capath)
            .field("local_cert", &self.local_cert)
            .field("local_pk", &self.local_pk)
            .field("passphrase", &self.passphrase.as_ref().map(|_| "***"))
            .field("allow_self_signed", &self.allow_self_signed)
            .field("sni_enabled", &self.sni_enabled)
            .field("alpn", &self.alpn)
            .field("min_version", &self.min_version)
            .finish()
    }
}

impl TlsOptions {
    /// The part of a persistent connection's pool key that the options make: everything that
    /// changes trust or identity. The passphrase enters as a hash (never as text), so a caller
    /// without it cannot pick up a connection authenticated with the key it unlocks.
    ///
    /// A compact binary encoding (each field tagged, strings length-prefixed, so two option sets
    /// never encode alike): it is built on every persistent construct and hashed on every pool
    /// lookup, so it stays short and cheap (no `Debug` formatting).
    pub fn pool_key(&self) -> Vec<u8> {
        fn bytes(k: &mut Vec<u8>, b: Option<&[u8]>) {
            match b {
                None => k.push(0),
                Some(b) => {
                    k.push(1);
                    k.extend_from_slice(&(b.len() as u64).to_le_bytes());
                    k.extend_from_slice(b);
                }
            }
        }
        fn path(k: &mut Vec<u8>, p: &Option<PathBuf>) {
            bytes(k, p.as_deref().map(|p| p.as_os_str().as_encoded_bytes()));
        }
        let mut k = Vec::with_capacity(64);
        k.extend_from_slice(b"tls");
        k.extend_from_slice(&[
            self.verify_peer as u8,
            self.verify_peer_name as u8,
            self.allow_self_signed as u8,
            self.sni_enabled as u8,
            self.min_version as u8,
        ]);
        bytes(&mut k, self.peer_name.as_deref().map(str::as_bytes));
        path(&mut k, &self.cafile);
        path(&mut k, &self.capath);
        path(&mut k, &self.local_cert);
        path(&mut k, &self.local_pk);
        k.extend_from_slice(&(self.alpn.len() as u64).to_le_bytes());
        for a in &self.alpn {
            bytes(&mut k, Some(a));
        }
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.passphrase.hash(&mut h);
        k.extend_from_slice(&h.finish().to_le_bytes());
        k
    }

    /// The name verified and sent as SNI: `peer_name`, else the host of the address.
    pub fn server_name<'a>(&'a self, host: &'a str) -> &'a str {
        self.peer_name.as_deref().unwrap_or(host)
    }
}

/// The process's configurations, one per distinct option set. Files are read once per process
/// and option set (as PHP-FPM keeps an `SSL_CTX` per persistent stream); a failed build is not
/// kept, so a fixed file is picked up on the next connect.
static CONFIGS: Mutex<Vec<(TlsOptions, Arc<ClientConfig>)>> = Mutex::new(Vec::new());

/// The most configurations a process keeps.
const MAX_CONFIGS: usize = 64;

/// The rustls configuration for `o`, built on first use and then shared, so its session cache
/// (`ClientConfig::resumption`) resumes sessions on later connections. The error names the file
/// and the cause.
pub fn config(o: &TlsOptions) -> Result<Arc<ClientConfig>, String> {
    if let Ok(v) = CONFIGS.lock() {
        if let Some((_, c)) = v.iter().find(|(k, _)| k == o) {
            return Ok(c.clone());
        }
    }
    let c = Arc::new(build_config(o)?);
    if let Ok(mut v) = CONFIGS.lock() {
        // A bound on what a process keeps when option sets vary (e.g. a peer_name per
        // request): the oldest goes first (its connections keep their own reference).
        if v.len() >= MAX_CONFIGS {
            v.remove(0);
        }
        v.push((o.clone(), c.clone()));
    }
    Ok(c)
}

fn provider() -> Arc<CryptoProvider> {
    static P: OnceLock<Arc<CryptoProvider>> = OnceLock::new();
    P.get_or_init(|| Arc::new(ring::default_provider())).clone()
}

/// The system's trust store (rustls-native-certs: `SSL_CERT_FILE`/`SSL_CERT_DIR`, else the
/// distribution's bundle, on Debian /etc/ssl/certs), loaded once per process. Certificates that
/// webpki cannot use are skipped, as OpenSSL skips them.
fn system_roots() -> Arc<RootCertStore> {
    static ROOTS: OnceLock<Arc<RootCertStore>> = OnceLock::new();
    ROOTS
        .get_or_init(|| {
            let mut store = RootCertStore::empty();
            let found = rustls_native_certs::load_native_certs();
            store.add_parsable_certificates(found.certs);
            Arc::new(store)
        })
        .clone()
}

fn read_file(what: &str, p: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(p).map_err(|e| {
        let code = e.raw_os_error().unwrap_or(0);
        format!(
            "cannot read {what} {}: {} [{code}]",
            p.display(),
            crate::net::strerror(code)
        )
    })
}

/// Every certificate in a PEM file (`-----BEGIN CERTIFICATE-----` blocks; other blocks, such
/// as a key in the same file, are skipped).
fn load_certs(what: &str, p: &Path) -> Result<Vec<CertificateDer<'static>>, String> {
    let pem = read_file(what, p)?;
    let mut out = Vec::new();
    for c in CertificateDer::pem_slice_iter(&pem) {
        out.push(c.map_err(|e| format!("{what} {} is not valid PEM: {e}", p.display()))?);
    }
    Ok(out)
}

/// The private key in a PEM file: PKCS#8 (`PRIVATE KEY`), SEC1 (`EC PRIVATE KEY`), PKCS#1
/// (`RSA PRIVATE KEY`), or encrypted PKCS#8 (`ENCRYPTED PRIVATE KEY`, PBES2) unlocked with the
/// passphrase. OpenSSL's legacy encryption (`Proc-Type: 4,ENCRYPTED`) is refused with a hint.
fn load_key(p: &Path, passphrase: Option<&str>) -> Result<PrivateKeyDer<'static>, String> {
    let pem = read_file("local_pk", p)?;
    let text = String::from_utf8_lossy(&pem);
    if text.contains("Proc-Type: 4,ENCRYPTED") {
        return Err(format!(
            "the private key in {} uses OpenSSL's legacy encryption (Proc-Type: 4,ENCRYPTED), \
             which is not supported; convert it with `openssl pkcs8 -topk8 -v2 aes-256-cbc`",
            p.display()
        ));
    }
    if let Some(start) = text.find("-----BEGIN ENCRYPTED PRIVATE KEY-----") {
        let end_tag = "-----END ENCRYPTED PRIVATE KEY-----";
        let end = text[start..]
            .find(end_tag)
            .map(|e| start + e + end_tag.len())
            .ok_or_else(|| format!("local_pk {} has an unterminated PEM block", p.display()))?;
        let Some(pass) = passphrase else {
            return Err(format!(
                "the private key in {} is encrypted and no passphrase was given",
                p.display()
            ));
        };
        use pkcs8::der::Decode;
        let (_, doc) = pkcs8::Document::from_pem(&text[start..end])
            .map_err(|e| format!("local_pk {} is not valid PEM: {e}", p.display()))?;
        let enc = pkcs8::EncryptedPrivateKeyInfo::from_der(doc.as_bytes()).map_err(|e| {
            format!(
                "local_pk {} is not an encrypted PKCS#8 key: {e}",
                p.display()
            )
        })?;
        let plain = enc.decrypt(pass.as_bytes()).map_err(|_| {
            format!(
                "cannot decrypt the private key in {}: wrong passphrase or unsupported encryption",
                p.display()
            )
        })?;
        return Ok(PrivateKeyDer::Pkcs8(plain.as_bytes().to_vec().into()));
    }
    PrivateKeyDer::from_pem_slice(&pem).map_err(|e| match e {
        rustls::pki_types::pem::Error::NoItemsFound => {
            format!("no private key found in {}", p.display())
        }
        e => format!("local_pk {} is not valid PEM: {e}", p.display()),
    })
}

/// The trust anchors: `cafile` and `capath` when given (as PHP: they replace the default
/// store), else the system store.
fn roots(o: &TlsOptions) -> Result<Arc<RootCertStore>, String> {
    if o.cafile.is_none() && o.capath.is_none() {
        return Ok(system_roots());
    }
    let mut store = RootCertStore::empty();
    if let Some(f) = &o.cafile {
        let certs = load_certs("cafile", f)?;
        if certs.is_empty() {
            return Err(format!("no certificate found in cafile {}", f.display()));
        }
        store.add_parsable_certificates(certs);
    }
    if let Some(d) = &o.capath {
        let rd = std::fs::read_dir(d).map_err(|e| {
            let code = e.raw_os_error().unwrap_or(0);
            format!(
                "cannot read capath {}: {} [{code}]",
                d.display(),
                crate::net::strerror(code)
            )
        })?;
        // Every regular file's certificates (c_rehash's links point to the same files);
        // files that are not PEM are skipped, as OpenSSL's lookup ignores them.
        for entry in rd.flatten() {
            let p = entry.path();
            if p.is_file() {
                if let Ok(certs) = load_certs("capath file", &p) {
                    store.add_parsable_certificates(certs);
                }
            }
        }
    }
    Ok(Arc::new(store))
}

fn build_config(o: &TlsOptions) -> Result<ClientConfig, String> {
    let versions: &[&rustls::SupportedProtocolVersion] = match o.min_version {
        MinVersion::Tls12 => &[&rustls::version::TLS13, &rustls::version::TLS12],
        MinVersion::Tls13 => &[&rustls::version::TLS13],
    };
    let provider = provider();
    let verifier = Arc::new(Verifier::new(o, provider.clone())?);
    let builder = ClientConfig::builder_with_provider(provider)
        .with_protocol_versions(versions)
        .map_err(|e| e.to_string())?
        .dangerous()
        .with_custom_certificate_verifier(verifier);
    let mut cfg = match &o.local_cert {
        None => builder.with_no_client_auth(),
        Some(cert) => {
            let chain = load_certs("local_cert", cert)?;
            if chain.is_empty() {
                return Err(format!(
                    "no certificate found in local_cert {}",
                    cert.display()
                ));
            }
            let key_file = o.local_pk.as_deref().unwrap_or(cert);
            let key = load_key(key_file, o.passphrase.as_deref())?;
            builder
                .with_client_auth_cert(chain, key)
                .map_err(|e| match e {
                    TlsError::InconsistentKeys(_) => format!(
                        "the private key in {} is not the key of the certificate in {}",
                        key_file.display(),
                        cert.display()
                    ),
                    e => format!("local_cert and local_pk cannot be used: {e}"),
                })?
        }
    };
    cfg.enable_sni = o.sni_enabled;
    cfg.alpn_protocols = o.alpn.clone();
    Ok(cfg)
}

/// Why a certificate was refused beyond what webpki says.
#[derive(Debug)]
enum Refusal {
    /// The chain is a single self-signed certificate that no anchor vouches for.
    SelfSigned,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::SelfSigned => f.write_str("self-signed certificate"),
        }
    }
}

impl std::error::Error for Refusal {}

/// The server certificate check with PHP's switches: `verify_peer=false` accepts anything
/// (the handshake signatures are still checked against the presented key), `verify_peer_name
/// =false` accepts a chain that webpki refused only for its name, `allow_self_signed` trusts a
/// single self-signed certificate (its validity and name are still checked).
#[derive(Debug)]
struct Verifier {
    /// webpki over the trust anchors; `None` when the store is empty (nothing is trusted).
    inner: Option<Arc<WebPkiServerVerifier>>,
    verify_peer: bool,
    verify_peer_name: bool,
    allow_self_signed: bool,
    algs: WebPkiSupportedAlgorithms,
    provider: Arc<CryptoProvider>,
}

impl Verifier {
    fn new(o: &TlsOptions, provider: Arc<CryptoProvider>) -> Result<Self, String> {
        let inner = if o.verify_peer {
            let roots = roots(o)?;
            if roots.is_empty() {
                None
            } else {
                Some(
                    WebPkiServerVerifier::builder_with_provider(roots, provider.clone())
                        .build()
                        .map_err(|e| e.to_string())?,
                )
            }
        } else {
            None
        };
        Ok(Verifier {
            inner,
            verify_peer: o.verify_peer,
            verify_peer_name: o.verify_peer_name,
            allow_self_signed: o.allow_self_signed,
            algs: provider.signature_verification_algorithms,
            provider,
        })
    }

    /// Whether `cert` verifies as its own anchor (a self-signed certificate), with the result of
    /// that verification (validity and name included).
    fn self_signed(
        &self,
        cert: &CertificateDer<'_>,
        name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Option<Result<ServerCertVerified, TlsError>> {
        let mut store = RootCertStore::empty();
        store.add(cert.clone().into_owned()).ok()?;
        let v = WebPkiServerVerifier::builder_with_provider(Arc::new(store), self.provider.clone())
            .build()
            .ok()?;
        match v.verify_server_cert(cert, &[], name, ocsp, now) {
            Err(TlsError::InvalidCertificate(
                CertificateError::UnknownIssuer | CertificateError::BadSignature,
            )) => None,
            r => Some(r),
        }
    }
}

fn name_only(e: &TlsError) -> bool {
    matches!(
        e,
        TlsError::InvalidCertificate(
            CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. }
        )
    )
}

impl ServerCertVerifier for Verifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, TlsError> {
        if !self.verify_peer {
            return Ok(ServerCertVerified::assertion());
        }
        let unknown = TlsError::InvalidCertificate(CertificateError::UnknownIssuer);
        let r = match &self.inner {
            Some(v) => v.verify_server_cert(end_entity, intermediates, server_name, ocsp, now),
            None => Err(unknown),
        };
        let r = match r {
            Err(TlsError::InvalidCertificate(CertificateError::UnknownIssuer))
                if intermediates.is_empty() =>
            {
                match self.self_signed(end_entity, server_name, ocsp, now) {
                    Some(r) if self.allow_self_signed => r,
                    Some(_) => Err(TlsError::InvalidCertificate(CertificateError::Other(
                        OtherError(Arc::new(Refusal::SelfSigned)),
                    ))),
                    None => Err(TlsError::InvalidCertificate(
                        CertificateError::UnknownIssuer,
                    )),
                }
            }
            r => r,
        };
        match r {
            Err(e) if !self.verify_peer_name && name_only(&e) => {
                Ok(ServerCertVerified::assertion())
            }
            r => r,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.algs)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.algs)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.algs.supported_schemes()
    }
}

/// The server name for rustls: a DNS name, or an IP address (verified against the IP SANs;
/// no SNI is sent for an address, RFC 6066 §3).
pub fn server_name(name: &str) -> Result<ServerName<'static>, String> {
    ServerName::try_from(name.to_string())
        .map_err(|_| format!("{name} is not a valid DNS name or IP address for peer_name"))
}

fn name_text(n: &ServerName<'_>) -> String {
    match n {
        ServerName::DnsName(d) => d.as_ref().to_string(),
        ServerName::IpAddress(ip) => std::net::IpAddr::from(*ip).to_string(),
        _ => format!("{n:?}"),
    }
}

/// A name as webpki presents it (`DnsName("gw.example")`, `IpAddress(0::1)`): the name, an
/// address in its usual form (`::1`).
fn presented_name(p: &str) -> String {
    let inner = match (p.find('('), p.rfind(')')) {
        (Some(a), Some(b)) if a < b => p[a + 1..b].trim_matches('"'),
        _ => p,
    };
    match inner.parse::<std::net::IpAddr>() {
        Ok(ip) => ip.to_string(),
        Err(_) => inner.to_string(),
    }
}

fn date(t: UnixTime) -> String {
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm), UTC.
    let secs = t.as_secs() as i64;
    let days = secs.div_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// A rustls error in the words of a PHP user: what went wrong and which option changes it.
pub fn describe(e: &TlsError) -> String {
    use CertificateError as C;
    let cert = |what: String| format!("certificate verify failed: {what}");
    match e {
        TlsError::InvalidCertificate(c) => match c {
            C::UnknownIssuer => cert(
                "unknown issuer (the certificate is not signed by a trusted CA; \
                 set cafile or capath)"
                    .into(),
            ),
            C::Other(o) if o.to_string() == Refusal::SelfSigned.to_string() => cert(
                "self-signed certificate (trust it with cafile, or set allow_self_signed)".into(),
            ),
            C::NotValidForNameContext {
                expected,
                presented,
            } => cert(format!(
                "name mismatch: the certificate is for {}, not {} (set peer_name, or \
                 verify_peer_name => false)",
                presented
                    .iter()
                    .map(|p| presented_name(p))
                    .collect::<Vec<_>>()
                    .join(", "),
                name_text(expected)
            )),
            C::NotValidForName => cert(
                "name mismatch: the certificate is not for this name (set peer_name, or \
                 verify_peer_name => false)"
                    .into(),
            ),
            C::ExpiredContext { not_after, .. } => cert(format!(
                "certificate has expired (valid until {})",
                date(*not_after)
            )),
            C::Expired => cert("certificate has expired".into()),
            C::NotValidYetContext { not_before, .. } => cert(format!(
                "certificate is not yet valid (valid from {})",
                date(*not_before)
            )),
            C::NotValidYet => cert("certificate is not yet valid".into()),
            C::Revoked => cert("certificate revoked".into()),
            C::BadSignature => cert("bad certificate signature".into()),
            C::InvalidPurpose | C::InvalidPurposeContext { .. } => {
                cert("the certificate is not for TLS servers".into())
            }
            other => cert(format!("{other:?}")),
        },
        TlsError::AlertReceived(a) => match a {
            AlertDescription::CertificateRequired => {
                "the server requires a client certificate (set local_cert and local_pk)".into()
            }
            AlertDescription::BadCertificate
            | AlertDescription::UnknownCA
            | AlertDescription::UnsupportedCertificate
            | AlertDescription::CertificateUnknown
            | AlertDescription::CertificateRevoked
            | AlertDescription::CertificateExpired
            | AlertDescription::AccessDenied => {
                format!("the server rejected the client certificate (alert {a:?})")
            }
            AlertDescription::ProtocolVersion => {
                "no protocol version in common with the server (min_version)".into()
            }
            AlertDescription::NoApplicationProtocol => {
                "no ALPN protocol in common: the server supports none of alpn_protocols".into()
            }
            AlertDescription::HandshakeFailure => {
                "handshake failure: the server found no acceptable parameters \
                 (protocol version, cipher or a client certificate it requires)"
                    .into()
            }
            other => format!("the server sent the alert {other:?}"),
        },
        TlsError::PeerIncompatible(p) => format!("the server is incompatible: {p:?}"),
        TlsError::NoApplicationProtocol => {
            "no ALPN protocol in common: the server supports none of alpn_protocols".into()
        }
        TlsError::InvalidMessage(_)
        | TlsError::InappropriateMessage { .. }
        | TlsError::InappropriateHandshakeMessage { .. } => {
            format!("handshake failure: not a TLS reply (is the peer a TLS server?): {e}")
        }
        other => format!("handshake failure: {other}"),
    }
}

/// `getTlsInfo()`: what was negotiated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Info {
    /// `TLSv1.2` or `TLSv1.3` (as PHP's `crypto_method` names them in stream metadata).
    pub protocol: String,
    /// The rustls name of the suite, e.g. `TLS13_AES_128_GCM_SHA256`.
    pub cipher: String,
    pub alpn: Option<Vec<u8>>,
    pub resumed: bool,
    pub peer_name: String,
}

/// The negotiated parameters of a session.
pub fn info(c: &rustls::ClientConnection, peer_name: &str) -> Info {
    let protocol = match c.protocol_version() {
        Some(rustls::ProtocolVersion::TLSv1_3) => "TLSv1.3".to_string(),
        Some(rustls::ProtocolVersion::TLSv1_2) => "TLSv1.2".to_string(),
        Some(v) => format!("{v:?}"),
        None => String::new(),
    };
    let cipher = c
        .negotiated_cipher_suite()
        .map(|s| format!("{:?}", s.suite()))
        .unwrap_or_default();
    Info {
        protocol,
        cipher,
        alpn: c.alpn_protocol().map(<[u8]>::to_vec),
        resumed: c.handshake_kind() == Some(rustls::HandshakeKind::Resumed),
        peer_name: peer_name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(
            date(UnixTime::since_unix_epoch(std::time::Duration::ZERO)),
            "1970-01-01"
        );
        assert_eq!(
            date(UnixTime::since_unix_epoch(std::time::Duration::from_secs(
                978_307_200
            ))),
            "2001-01-01"
        );
    }

    #[test]
    fn pool_key_hides_the_passphrase_and_tells_options_apart() {
        let mut a = TlsOptions {
            passphrase: Some("secret-words".into()),
            ..TlsOptions::default()
        };
        let k = a.pool_key();
        assert!(!String::from_utf8_lossy(&k).contains("secret-words"));
        assert!(!format!("{a:?}").contains("secret-words"));
        a.passphrase = Some("other".into());
        assert_ne!(a.pool_key(), k);
        let b = TlsOptions {
            verify_peer_name: false,
            ..TlsOptions::default()
        };
        assert_ne!(b.pool_key(), TlsOptions::default().pool_key());
        // No two option sets encode alike, however their strings split.
        let alpn = |l: &[&str]| TlsOptions {
            alpn: l.iter().map(|p| p.as_bytes().to_vec()).collect(),
            ..TlsOptions::default()
        };
        assert_ne!(alpn(&["ab"]).pool_key(), alpn(&["a", "b"]).pool_key());
        let ca = TlsOptions {
            cafile: Some("x".into()),
            ..TlsOptions::default()
        };
        let cap = TlsOptions {
            capath: Some("x".into()),
            ..TlsOptions::default()
        };
        assert_ne!(ca.pool_key(), cap.pool_key());
        assert_eq!(ca.pool_key(), ca.clone().pool_key());
    }

    #[test]
    fn unreadable_files_are_named() {
        let o = TlsOptions {
            cafile: Some("/nonexistent/ca.pem".into()),
            ..TlsOptions::default()
        };
        let e = config(&o).unwrap_err();
        assert_eq!(
            e,
            "cannot read cafile /nonexistent/ca.pem: No such file or directory [2]"
        );
    }
}
