//! tls:// endpoints, talked to by a rustls client, and the test PKI they use.

mod common;

use std::io;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use common::*;
use rsockets_echo::{bind_all, pki, Endpoint, Options};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;
use tokio_rustls::rustls::client::danger::ServerCertVerifier;
use tokio_rustls::rustls::client::WebPkiServerVerifier;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use tokio_rustls::rustls::server::WebPkiClientVerifier;
use tokio_rustls::rustls::{ClientConfig, ProtocolVersion, RootCertStore};
use tokio_rustls::TlsConnector;

/// The test PKI, generated once per test binary.
fn pki_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = temp_path("pki");
        pki::generate(&dir).expect("generate the test PKI");
        dir
    })
}

fn file(name: &str) -> String {
    pki_dir().join(name).display().to_string()
}

/// A `tls://` URL serving server.pem, with extra query keys.
fn url(extra: &str) -> String {
    let mut url = format!(
        "tls://127.0.0.1:0?cert={}&key={}",
        file("server.pem"),
        file("server.key")
    );
    if !extra.is_empty() {
        url = format!("{url}&{extra}");
    }
    url
}

fn certs(name: &str) -> Vec<CertificateDer<'static>> {
    CertificateDer::pem_file_iter(pki_dir().join(name))
        .expect("open PEM")
        .collect::<Result<_, _>>()
        .expect("parse PEM")
}

fn roots(ca: &str) -> Arc<RootCertStore> {
    let mut roots = RootCertStore::empty();
    for cert in certs(ca) {
        roots.add(cert).expect("add CA");
    }
    Arc::new(roots)
}

/// A client trusting `ca`, presenting `identity` (NAME.pem/NAME.key) if given.
fn client(ca: &str, identity: Option<&str>, alpn: &[&str]) -> TlsConnector {
    let builder = ClientConfig::builder_with_provider(rsockets_echo::tls::provider())
        .with_safe_default_protocol_versions()
        .expect("protocol versions")
        .with_root_certificates(roots(ca));
    let mut config = match identity {
        Some(name) => {
            let key = PrivateKeyDer::from_pem_file(pki_dir().join(format!("{name}.key")))
                .expect("client key");
            builder
                .with_client_auth_cert(certs(&format!("{name}.pem")), key)
                .expect("client identity")
        }
        None => builder.with_no_client_auth(),
    };
    config.alpn_protocols = alpn.iter().map(|p| p.as_bytes().to_vec()).collect();
    TlsConnector::from(Arc::new(config))
}

async fn connect_with(
    addr: SocketAddr,
    connector: &TlsConnector,
) -> io::Result<TlsStream<TcpStream>> {
    let tcp = TcpStream::connect(addr).await?;
    let name = ServerName::try_from("localhost").expect("server name");
    tokio::time::timeout(WAIT, connector.connect(name, tcp))
        .await
        .expect("handshake within WAIT")
}

async fn connect(addr: SocketAddr) -> TlsStream<TcpStream> {
    connect_with(addr, &client("ca.pem", None, &[]))
        .await
        .expect("TLS handshake")
}

/// Sends `msg` and reads back as many bytes.
async fn echo(stream: &mut TlsStream<TcpStream>, msg: &[u8]) -> Vec<u8> {
    stream.write_all(msg).await.expect("write");
    read_n(stream, msg.len()).await
}

#[tokio::test]
async fn echoes_over_tls_and_closes_with_close_notify() {
    let server = TestServer::start(&[&url(""), &url("close_after=5")]);
    let mut s = connect(server.addr(0)).await;
    assert_eq!(echo(&mut s, b"hello over tls").await, b"hello over tls");
    let big = vec![7u8; 1 << 20];
    assert_eq!(echo(&mut s, &big).await, big);

    // A clean close: rustls reports EOF only after close_notify, an error without it.
    let mut s = connect(server.addr(1)).await;
    s.write_all(b"0123456789").await.unwrap();
    assert_eq!(read_to_eof(&mut s).await, b"01234");
    server.stop().await;
}

#[tokio::test]
async fn frames_and_lines_over_tls() {
    let server = TestServer::start(&[
        &url("mode=frame&header=n"),
        &url("mode=line&chunk=3&chunk_delay_ms=1&delay_ms=5"),
    ]);
    let mut s = connect(server.addr(0)).await;
    // Two frames in one write come back as two whole frames.
    s.write_all(b"\x00\x03abc\x00\x02de").await.unwrap();
    assert_eq!(read_n(&mut s, 9).await, b"\x00\x03abc\x00\x02de");

    let mut s = connect(server.addr(1)).await;
    s.write_all(b"one\ntwo\n").await.unwrap();
    assert_eq!(read_n(&mut s, 8).await, b"one\ntwo\n");
    server.stop().await;
}

#[tokio::test]
async fn silent_and_reset_over_tls() {
    let server = TestServer::start(&[&url("silent=1"), &url("reset=1")]);
    let mut s = connect(server.addr(0)).await;
    s.write_all(b"ping").await.unwrap();
    assert_quiet(&mut s).await;

    let mut s = connect(server.addr(1)).await;
    s.write_all(b"ping").await.unwrap();
    let mut buf = [0u8; 8];
    let err = tokio::time::timeout(WAIT, s.read(&mut buf))
        .await
        .expect("reset within WAIT")
        .expect_err("reset, not data or EOF");
    assert_eq!(err.kind(), io::ErrorKind::ConnectionReset, "{err}");
    server.stop().await;
}

#[tokio::test]
async fn client_ca_requires_a_certificate_it_signed() {
    let server = TestServer::start(&[&url(&format!("client_ca={}", file("ca.pem")))]);
    let addr = server.addr(0);

    let mut s = connect_with(addr, &client("ca.pem", Some("client"), &[]))
        .await
        .expect("handshake with client.pem");
    assert_eq!(echo(&mut s, b"mtls").await, b"mtls");

    for identity in [None, Some("other-client")] {
        // In TLS 1.3 the server judges the client's certificate after the client's side of the
        // handshake is done, so the refusal may only show on the first read.
        let result = match connect_with(addr, &client("ca.pem", identity, &[])).await {
            Ok(mut s) => {
                let _ = s.write_all(b"x").await;
                let mut buf = [0u8; 1];
                tokio::time::timeout(WAIT, s.read(&mut buf))
                    .await
                    .expect("refusal within WAIT")
            }
            Err(e) => Err(e),
        };
        let err = result.expect_err("refused");
        let text = err.to_string();
        assert!(
            text.contains("CertificateRequired") || text.contains("UnknownCA"),
            "{identity:?}: {text}"
        );
    }

    // Failed handshakes end only their own connection.
    let mut s = connect_with(addr, &client("ca.pem", Some("client"), &[]))
        .await
        .expect("handshake after refusals");
    assert_eq!(echo(&mut s, b"still").await, b"still");
    server.stop().await;
}

#[tokio::test]
async fn alpn_must_match() {
    let server = TestServer::start(&[&url("alpn=rsockets/1")]);
    let addr = server.addr(0);
    let err = connect_with(addr, &client("ca.pem", None, &["h2"]))
        .await
        .expect_err("no common protocol");
    assert!(err.to_string().contains("NoApplicationProtocol"), "{err}");

    let s = connect_with(addr, &client("ca.pem", None, &["h2", "rsockets/1"]))
        .await
        .expect("common protocol");
    assert_eq!(s.get_ref().1.alpn_protocol(), Some(&b"rsockets/1"[..]));
    server.stop().await;
}

#[tokio::test]
async fn max_version_1_2_negotiates_tls_1_2() {
    let server = TestServer::start(&[&url("max_version=1.2"), &url("")]);
    let s = connect(server.addr(0)).await;
    assert_eq!(
        s.get_ref().1.protocol_version(),
        Some(ProtocolVersion::TLSv1_2)
    );
    let s = connect(server.addr(1)).await;
    assert_eq!(
        s.get_ref().1.protocol_version(),
        Some(ProtocolVersion::TLSv1_3)
    );
    server.stop().await;
}

#[tokio::test]
async fn garbage_and_stalled_handshakes_end_only_their_connection() {
    let options = Options {
        idle_timeout: Some(Duration::from_millis(300)),
        grace: Duration::from_millis(100),
        ..Options::default()
    };
    let server = TestServer::start_with(&[&url("")], options);
    let addr = server.addr(0);

    let mut garbage = TcpStream::connect(addr).await.unwrap();
    garbage.write_all(b"GET / HTTP/1.0\r\n\r\n").await.unwrap();
    let mut junk = Vec::new();
    let _ = tokio::time::timeout(WAIT, garbage.read_to_end(&mut junk))
        .await
        .expect("closed within WAIT");

    let start = Instant::now();
    let mut stalled = TcpStream::connect(addr).await.unwrap();
    assert_closed(&mut stalled).await;
    assert!(start.elapsed() >= Duration::from_millis(300));

    let mut s = connect(addr).await;
    assert_eq!(echo(&mut s, b"alive").await, b"alive");
    server.stop().await;
}

#[tokio::test]
async fn unreadable_certificate_is_a_clear_startup_error() {
    let endpoints: Vec<Endpoint> = [
        "tls://127.0.0.1:0?cert=/nonexistent/cert.pem&key=/nonexistent/key.pem".to_string(),
        format!(
            "tls://127.0.0.1:0?cert={}&key={}",
            file("server.key"),
            file("server.key")
        ),
        "tls://127.0.0.1:0".to_string(),
    ]
    .iter()
    .map(|u| u.parse().expect("valid URL"))
    .collect();
    let messages: Vec<String> = endpoints
        .chunks(1)
        .map(|e| bind_all(e).expect_err("refused").to_string())
        .collect();
    assert!(
        messages[0].contains("cannot read certificate '/nonexistent/cert.pem'"),
        "{}",
        messages[0]
    );
    assert!(
        messages[1].contains("no PEM certificate"),
        "{}",
        messages[1]
    );
    assert!(
        messages[2].contains("--cert PATH --key PATH"),
        "{}",
        messages[2]
    );
}

/// Verifies `leaf` for `name` under `ca`, as a rustls client would.
fn verify_server(ca: &str, leaf: &str, name: &str) -> Result<(), String> {
    let verifier =
        WebPkiServerVerifier::builder_with_provider(roots(ca), rsockets_echo::tls::provider())
            .build()
            .expect("verifier");
    let chain = certs(leaf);
    let name = ServerName::try_from(name.to_string()).expect("name");
    verifier
        .verify_server_cert(&chain[0], &chain[1..], &name, &[], UnixTime::now())
        .map(drop)
        .map_err(|e| e.to_string())
}

#[tokio::test]
async fn test_pki_chains_as_documented() {
    for name in ["localhost", "127.0.0.1", "::1"] {
        assert_eq!(
            verify_server("ca.pem", "server.pem", name),
            Ok(()),
            "{name}"
        );
        assert!(verify_server("other-ca.pem", "server.pem", name).is_err());
        assert!(verify_server("ca.pem", "self-signed.pem", name).is_err());
    }
    let wrong = verify_server("ca.pem", "wrong-name.pem", "localhost").unwrap_err();
    assert!(wrong.contains("not valid for name"), "{wrong}");
    assert_eq!(
        verify_server("ca.pem", "wrong-name.pem", "wrong.example"),
        Ok(())
    );
    let expired = verify_server("ca.pem", "expired.pem", "localhost").unwrap_err();
    assert!(expired.contains("expired"), "{expired}");

    let client_verifier = |ca: &str| {
        WebPkiClientVerifier::builder_with_provider(roots(ca), rsockets_echo::tls::provider())
            .build()
            .expect("client verifier")
    };
    let verify_client = |ca: &str, leaf: &str| {
        let chain = certs(leaf);
        client_verifier(ca)
            .verify_client_cert(&chain[0], &chain[1..], UnixTime::now())
            .map(drop)
    };
    assert!(verify_client("ca.pem", "client.pem").is_ok());
    assert!(verify_client("ca.pem", "other-client.pem").is_err());
    assert!(verify_client("other-ca.pem", "other-client.pem").is_ok());
    // A server certificate is no client certificate (its EKU is serverAuth only).
    assert!(verify_client("ca.pem", "server.pem").is_err());

    // The encrypted key is client.key under the documented passphrase.
    let encrypted = std::fs::read_to_string(pki_dir().join("client-encrypted.key")).unwrap();
    assert!(encrypted.starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    let (label, doc) = pkcs8::SecretDocument::from_pem(&encrypted).expect("PEM");
    assert_eq!(label, "ENCRYPTED PRIVATE KEY");
    let info = pkcs8::EncryptedPrivateKeyInfo::try_from(doc.as_bytes()).expect("DER");
    let params = info.encryption_algorithm.pbes2().expect("PBES2");
    assert!(params.kdf.is_pbkdf2());
    assert_eq!(
        params.encryption.oid(),
        pkcs8::pkcs5::pbes2::AES_256_CBC_OID
    );
    let plain = info.decrypt(pki::PASSPHRASE).expect("decrypt");
    assert!(info.decrypt("wrong").is_err());
    let key = PrivateKeyDer::from_pem_file(pki_dir().join("client.key")).unwrap();
    assert_eq!(plain.as_bytes(), key.secret_der());

    let mut capath: Vec<_> = std::fs::read_dir(pki_dir().join("capath"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    capath.sort();
    assert_eq!(capath, ["ca.pem"]);
    assert_eq!(
        std::fs::read(pki_dir().join("capath/ca.pem")).unwrap(),
        std::fs::read(pki_dir().join("ca.pem")).unwrap()
    );
}
