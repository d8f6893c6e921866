//! TLS tests of the PHP-free client: a rustls server thread on loopback with rcgen
//! certificates, the client's `Conn` against it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rcgen::{BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, KeyPair};
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::server::WebPkiClientVerifier;
use rustls::{ServerConfig, ServerConnection, StreamOwned};

use super::core::{parse_address, Conn, Kind, Options, Scheme, Target};
use super::framing::Framing;
use super::tls::{MinVersion, TlsOptions};

/// A test PKI in a fresh directory: `ca.pem`, `other-ca.pem`, and leaves made on demand.
struct Pki {
    dir: PathBuf,
    ca: rcgen::Certificate,
    ca_key: KeyPair,
    other: rcgen::Certificate,
    other_key: KeyPair,
}

struct Leaf {
    der: CertificateDer<'static>,
    key: PrivateKeyDer<'static>,
    cert_pem: String,
    key_pem: String,
}

fn make_ca(name: &str) -> (rcgen::Certificate, KeyPair) {
    let key = KeyPair::generate().unwrap();
    let mut p = CertificateParams::new(Vec::<String>::new()).unwrap();
    p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    p.distinguished_name.push(DnType::CommonName, name);
    (p.self_signed(&key).unwrap(), key)
}

impl Pki {
    fn new(tag: &str) -> Pki {
        let dir = std::env::temp_dir().join(format!("rsockets-tls-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let (ca, ca_key) = make_ca("test ca");
        let (other, other_key) = make_ca("other ca");
        std::fs::write(dir.join("ca.pem"), ca.pem()).unwrap();
        std::fs::write(dir.join("other-ca.pem"), other.pem()).unwrap();
        Pki {
            dir,
            ca,
            ca_key,
            other,
            other_key,
        }
    }

    fn path(&self, f: &str) -> PathBuf {
        self.dir.join(f)
    }

    /// A leaf for `names`; `None` as issuer: self-signed; `client`: clientAuth.
    fn leaf(&self, names: &[&str], issuer: Option<bool>, client: bool, expired: bool) -> Leaf {
        let key = KeyPair::generate().unwrap();
        let names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        let mut p = CertificateParams::new(names).unwrap();
        p.distinguished_name.push(DnType::CommonName, "leaf");
        if client {
            p.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
        }
        if expired {
            p.not_before = rcgen::date_time_ymd(2000, 1, 1);
            p.not_after = rcgen::date_time_ymd(2001, 1, 1);
        }
        let cert = match issuer {
            None => p.self_signed(&key).unwrap(),
            Some(true) => p.signed_by(&key, &self.ca, &self.ca_key).unwrap(),
            Some(false) => p.signed_by(&key, &self.other, &self.other_key).unwrap(),
        };
        Leaf {
            der: cert.der().clone(),
            key: PrivateKeyDer::Pkcs8(key.serialize_der().into()),
            cert_pem: cert.pem(),
            key_pem: key.serialize_pem(),
        }
    }

    fn server_leaf(&self) -> Leaf {
        self.leaf(&["localhost", "127.0.0.1"], Some(true), false, false)
    }

    /// Options trusting `ca.pem` only.
    fn trust(&self) -> TlsOptions {
        TlsOptions {
            cafile: Some(self.path("ca.pem")),
            ..TlsOptions::default()
        }
    }
}

/// What the server does on each connection after the handshake.
#[derive(Clone, Copy, PartialEq)]
enum Act {
    /// Echo lines until the client closes.
    Echo,
    /// Echo one line, then close_notify.
    CloseAfterOne,
    /// Echo one line and add bytes nobody asked for.
    Stray,
    /// Accept and say nothing (no handshake).
    Silent,
}

struct Server {
    target: Target,
    handle: std::thread::JoinHandle<Vec<String>>,
    /// One message each time the server has flushed a reply (and what follows it).
    flushed: std::sync::mpsc::Receiver<()>,
}

fn server_config(leaf: &Leaf, client_ca: Option<&Pki>) -> Arc<ServerConfig> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let b = ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .unwrap();
    let b = match client_ca {
        None => b.with_no_client_auth(),
        Some(pki) => {
            let mut roots = rustls::RootCertStore::empty();
            roots.add(pki.ca.der().clone()).unwrap();
            let v = WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider)
                .build()
                .unwrap();
            b.with_client_cert_verifier(v)
        }
    };
    let mut cfg = b
        .with_single_cert(vec![leaf.der.clone()], leaf.key.clone_key())
        .unwrap();
    cfg.alpn_protocols = vec![b"rsockets/1".to_vec()];
    Arc::new(cfg)
}

/// Serves `n` connections in turn; returns what each ended with (`ok` or the error).
fn serve(cfg: Arc<ServerConfig>, n: usize, act: Act) -> Server {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    let target = parse_address(format!("tls://127.0.0.1:{port}").as_bytes()).unwrap();
    let (tx, flushed) = std::sync::mpsc::channel();
    let handle = std::thread::spawn(move || {
        let mut out = Vec::new();
        for _ in 0..n {
            let (tcp, _) = l.accept().unwrap();
            // Without Nagle's delay, a flushed record is on loopback at once.
            tcp.set_nodelay(true).unwrap();
            if act == Act::Silent {
                let mut b = [0u8; 4096];
                let mut t = tcp;
                let _ = t.set_read_timeout(Some(Duration::from_secs(2)));
                let _ = t.read(&mut b);
                // Past the client's deadline, then close.
                std::thread::sleep(Duration::from_millis(500));
                out.push("silent".into());
                continue;
            }
            let conn = ServerConnection::new(cfg.clone()).unwrap();
            let mut s = BufReader::new(StreamOwned::new(conn, tcp));
            let r = (|| -> std::io::Result<()> {
                loop {
                    let mut line = String::new();
                    if s.read_line(&mut line)? == 0 {
                        return Ok(());
                    }
                    let w = s.get_mut();
                    w.write_all(line.as_bytes())?;
                    match act {
                        Act::CloseAfterOne => {
                            w.conn.send_close_notify();
                            w.flush()?;
                            let _ = tx.send(());
                            return Ok(());
                        }
                        Act::Stray => {
                            w.write_all(b"unasked\n")?;
                        }
                        _ => {}
                    }
                    w.flush()?;
                    let _ = tx.send(());
                }
            })();
            out.push(match r {
                Ok(()) => "ok".into(),
                Err(e) => e.to_string(),
            });
            if act == Act::Stray || act == Act::CloseAfterOne {
                // Keep the socket open a little so the client sees the records, not EOF.
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        out
    });
    Server {
        target,
        handle,
        flushed,
    }
}

fn opts(tls: TlsOptions) -> Options {
    let mut o = Options::new(Some(Duration::from_secs(3)));
    o.framing = Framing::Delimiter(b"\n".to_vec());
    o.tls = Some(tls);
    o
}

fn connect(s: &Server, o: &Options) -> super::core::Result<Conn> {
    let mut n = 0;
    Conn::connect(&s.target, o, &mut n)
}

/// One line request/reply through the framing code.
fn ask(c: &mut Conn, o: &Options, line: &str) -> super::core::Result<String> {
    c.send_frame(format!("{line}\n").as_bytes())?;
    let (a, e, k) = c.receive_frame(&o.framing, o.max_frame)?;
    let r = String::from_utf8_lossy(&c.frame_bytes()[a..e]).into_owned();
    c.consume_frame(k);
    Ok(r)
}

fn tls_err(r: super::core::Result<Conn>) -> String {
    let e = r.unwrap_err();
    assert_eq!(e.kind, Kind::Tls, "{e:?}");
    e.msg
}

#[test]
fn handshake_request_soundness_and_resumption() {
    let pki = Pki::new("ok");
    let s = serve(server_config(&pki.server_leaf(), None), 2, Act::Echo);
    let mut t = pki.trust();
    t.alpn = vec![b"other".to_vec(), b"rsockets/1".to_vec()];
    let o = opts(t);
    let mut c = connect(&s, &o).unwrap();
    assert_eq!(ask(&mut c, &o, "ping").unwrap(), "ping");
    let i = c.tls_info().unwrap();
    assert_eq!(i.protocol, "TLSv1.3");
    assert_eq!(i.alpn.as_deref(), Some(&b"rsockets/1"[..]));
    assert_eq!(i.peer_name, "127.0.0.1");
    assert!(!i.resumed);
    // Idle with the session tickets processed: still sound.
    std::thread::sleep(Duration::from_millis(30));
    assert!(c.is_sound());
    assert_eq!(ask(&mut c, &o, "again").unwrap(), "again");
    drop(c);
    // The same options share one configuration and its session cache: resumed.
    let mut c = connect(&s, &o).unwrap();
    assert!(c.tls_info().unwrap().resumed);
    assert_eq!(ask(&mut c, &o, "x").unwrap(), "x");
    drop(c);
    // Both connections ended cleanly (close_notify from the client).
    assert_eq!(s.handle.join().unwrap(), vec!["ok", "ok"]);
}

#[test]
fn close_notify_and_stray_bytes_make_a_connection_unsound() {
    let pki = Pki::new("idle");
    let leaf = pki.server_leaf();
    let s = serve(server_config(&leaf, None), 1, Act::CloseAfterOne);
    let o = opts(pki.trust());
    let mut c = connect(&s, &o).unwrap();
    assert_eq!(ask(&mut c, &o, "a").unwrap(), "a");
    // Once the server has flushed, loopback has the bytes.
    s.flushed.recv().unwrap();
    assert!(!c.is_sound(), "close_notify");
    assert!(!c.peer_open());
    s.handle.join().unwrap();

    let s = serve(server_config(&leaf, None), 1, Act::Stray);
    let mut c = connect(&s, &o).unwrap();
    assert_eq!(ask(&mut c, &o, "a").unwrap(), "a");
    // The stray line may already be decrypted into the read-ahead buffer (not reusable) or
    // still in the socket (unsound): either way not handed out again.
    s.flushed.recv().unwrap();
    assert!(!c.is_sound(), "stray plaintext");
    drop(c);
    s.handle.join().unwrap();
}

#[test]
fn certificate_failures_are_named() {
    let pki = Pki::new("certs");
    // Signed by another CA.
    let other = pki.leaf(&["localhost", "127.0.0.1"], Some(false), false, false);
    let s = serve(server_config(&other, None), 1, Act::Echo);
    let m = tls_err(connect(&s, &opts(pki.trust())));
    assert!(m.contains("unknown issuer"), "{m}");
    assert!(m.starts_with(&format!("TLS handshake with {} failed: ", s.target.display)));
    s.handle.join().unwrap();

    // Self-signed: refused, then allowed.
    let ss = pki.leaf(&["localhost", "127.0.0.1"], None, false, false);
    let s = serve(server_config(&ss, None), 2, Act::Echo);
    let m = tls_err(connect(&s, &opts(pki.trust())));
    assert!(m.contains("self-signed certificate"), "{m}");
    let mut t = pki.trust();
    t.allow_self_signed = true;
    let o = opts(t);
    let mut c = connect(&s, &o).unwrap();
    assert_eq!(ask(&mut c, &o, "ss").unwrap(), "ss");
    drop(c);
    s.handle.join().unwrap();

    // Wrong name: refused; peer_name fixes it; verify_peer_name=false ignores it.
    let wrong = pki.leaf(&["wrong.example"], Some(true), false, false);
    let s = serve(server_config(&wrong, None), 3, Act::Echo);
    let m = tls_err(connect(&s, &opts(pki.trust())));
    assert!(
        m.contains("name mismatch: the certificate is for wrong.example, not 127.0.0.1"),
        "{m}"
    );
    let mut t = pki.trust();
    t.peer_name = Some("wrong.example".into());
    let o = opts(t);
    let mut c = connect(&s, &o).unwrap();
    assert_eq!(c.tls_info().unwrap().peer_name, "wrong.example");
    assert_eq!(ask(&mut c, &o, "pn").unwrap(), "pn");
    drop(c);
    let mut t = pki.trust();
    t.verify_peer_name = false;
    let o = opts(t);
    let mut c = connect(&s, &o).unwrap();
    assert_eq!(ask(&mut c, &o, "vpn").unwrap(), "vpn");
    drop(c);
    s.handle.join().unwrap();

    // Expired; verify_peer=false accepts anything.
    let old = pki.leaf(&["localhost", "127.0.0.1"], Some(true), false, true);
    let s = serve(server_config(&old, None), 2, Act::Echo);
    let m = tls_err(connect(&s, &opts(pki.trust())));
    assert!(
        m.contains("certificate has expired (valid until 2001-01-01)"),
        "{m}"
    );
    let o = opts(TlsOptions {
        verify_peer: false,
        ..TlsOptions::default()
    });
    let mut c = connect(&s, &o).unwrap();
    assert_eq!(ask(&mut c, &o, "any").unwrap(), "any");
    drop(c);
    s.handle.join().unwrap();
}

#[test]
fn mutual_tls() {
    let pki = Pki::new("mtls");
    let s = serve(server_config(&pki.server_leaf(), Some(&pki)), 3, Act::Echo);
    // No client certificate: TLS 1.3 reports it on the first read, as a TLS error.
    let o = opts(pki.trust());
    let mut c = connect(&s, &o).unwrap();
    let e = ask(&mut c, &o, "x").unwrap_err();
    assert_eq!(e.kind, Kind::Tls, "{e:?}");
    assert!(e.msg.contains("requires a client certificate"), "{}", e.msg);
    drop(c);
    // The right one, chain and key in one file (local_pk defaults to local_cert).
    let client = pki.leaf(&["rsockets-client"], Some(true), true, false);
    std::fs::write(
        pki.path("client-both.pem"),
        format!("{}{}", client.cert_pem, client.key_pem),
    )
    .unwrap();
    let mut t = pki.trust();
    t.local_cert = Some(pki.path("client-both.pem"));
    let o = opts(t);
    let mut c = connect(&s, &o).unwrap();
    assert_eq!(ask(&mut c, &o, "m").unwrap(), "m");
    drop(c);
    // One from another CA: rejected.
    let other = pki.leaf(&["rsockets-client"], Some(false), true, false);
    std::fs::write(pki.path("other.pem"), &other.cert_pem).unwrap();
    std::fs::write(pki.path("other.key"), &other.key_pem).unwrap();
    let mut t = pki.trust();
    t.local_cert = Some(pki.path("other.pem"));
    t.local_pk = Some(pki.path("other.key"));
    let o = opts(t);
    let e = match connect(&s, &o) {
        Err(e) => e,
        Ok(mut c) => ask(&mut c, &o, "x").unwrap_err(),
    };
    assert_eq!(e.kind, Kind::Tls, "{e:?}");
    assert!(
        e.msg.contains("rejected the client certificate"),
        "{}",
        e.msg
    );
    s.handle.join().unwrap();
}

#[test]
fn key_files() {
    let pki = Pki::new("keys");
    let client = pki.leaf(&["c"], Some(true), true, false);
    std::fs::write(pki.path("c.pem"), &client.cert_pem).unwrap();
    std::fs::write(
        pki.path("legacy.key"),
        "-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nAAAA\n-----END EC PRIVATE KEY-----\n",
    )
    .unwrap();
    let mut t = pki.trust();
    t.local_cert = Some(pki.path("c.pem"));
    t.local_pk = Some(pki.path("legacy.key"));
    let e = super::tls::config(&t).unwrap_err();
    assert!(
        e.contains("legacy encryption (Proc-Type: 4,ENCRYPTED)"),
        "{e}"
    );
    // The certificate file alone: no key in it.
    t.local_pk = None;
    let e = super::tls::config(&t).unwrap_err();
    assert!(e.starts_with("no private key found in "), "{e}");
    t.local_pk = Some(pki.path("missing.key"));
    let e = super::tls::config(&t).unwrap_err();
    assert!(
        e.ends_with("missing.key: No such file or directory [2]"),
        "{e}"
    );
}

#[test]
fn capath_min_version_and_alpn_mismatch() {
    let pki = Pki::new("capath");
    std::fs::create_dir_all(pki.path("capath")).unwrap();
    std::fs::write(pki.path("capath/ca.pem"), pki.ca.pem()).unwrap();
    std::fs::write(pki.path("capath/README"), "not a certificate").unwrap();
    let s = serve(server_config(&pki.server_leaf(), None), 2, Act::Echo);
    let t = TlsOptions {
        capath: Some(pki.path("capath")),
        min_version: MinVersion::Tls13,
        ..TlsOptions::default()
    };
    let o = opts(t.clone());
    let mut c = connect(&s, &o).unwrap();
    assert_eq!(ask(&mut c, &o, "cp").unwrap(), "cp");
    drop(c);
    let mut t = t;
    t.alpn = vec![b"h2".to_vec()];
    let m = tls_err(connect(&s, &opts(t)));
    assert!(m.contains("no ALPN protocol in common"), "{m}");
    s.handle.join().unwrap();
}

#[test]
fn handshake_timeout_counts_against_connect_timeout() {
    let pki = Pki::new("silent");
    let s = serve(server_config(&pki.server_leaf(), None), 1, Act::Silent);
    let mut o = opts(pki.trust());
    o.connect_timeout = Some(Duration::from_millis(200));
    let start = Instant::now();
    let e = connect(&s, &o).unwrap_err();
    let took = start.elapsed();
    assert_eq!((e.kind, e.code), (Kind::Tls, libc::ETIMEDOUT), "{e:?}");
    assert!(e.msg.ends_with("timed out after 0.2 s [110]"), "{}", e.msg);
    assert!(
        took >= Duration::from_millis(190) && took < Duration::from_millis(600),
        "{took:?}"
    );
    s.handle.join().unwrap();
}

#[test]
fn request_all_mixes_tls_and_plain() {
    use super::multi::{run, Job};
    let pki = Pki::new("multi");
    let s = serve(server_config(&pki.server_leaf(), None), 1, Act::Echo);
    let o = opts(pki.trust());
    let tls = connect(&s, &o).unwrap();
    let (l, t) = super::core::tests::listener();
    let mut n = 0;
    let plain = Conn::connect(&t, &o, &mut n).unwrap();
    let (mut p, _) = l.accept().unwrap();
    let h = std::thread::spawn(move || {
        let mut b = [0u8; 6];
        p.read_exact(&mut b).unwrap();
        p.write_all(b"plain\n").unwrap();
        p
    });
    let big = "y".repeat(100_000);
    let mut jobs = vec![
        Job::new(tls, &o.framing, 1 << 20, format!("{big}\n").into_bytes()),
        Job::new(plain, &o.framing, 1 << 20, b"plain\n".to_vec()),
    ];
    run(&mut jobs, Some(Duration::from_secs(3)));
    let _p = h.join().unwrap();
    assert_eq!(jobs[0].outcome, Some(Ok(big.into_bytes())));
    assert_eq!(jobs[1].outcome, Some(Ok(b"plain".to_vec())));
    assert!(jobs[0].conn.as_ref().unwrap().reusable());
    drop(jobs);
    s.handle.join().unwrap();
}

#[test]
fn request_all_connects_and_handshakes_unconnected_clients_together() {
    use super::core::Connecting;
    use super::multi::{run, Job};
    let pki = Pki::new("lazy");
    let a = serve(server_config(&pki.server_leaf(), None), 1, Act::Echo);
    let b = serve(server_config(&pki.server_leaf(), None), 1, Act::Echo);
    let silent = serve(server_config(&pki.server_leaf(), None), 1, Act::Silent);
    let mut o = opts(pki.trust());
    let mut short = o.clone();
    short.connect_timeout = Some(Duration::from_millis(200));
    let (l, refused) = super::core::tests::listener();
    drop(l);
    o.tls = None;
    let plain_refused = o.clone();
    o.tls = Some(pki.trust());
    let job = |t: &Target, o: &Options, line: &str| {
        let k = Connecting::start(t, o, true).unwrap();
        Job::connecting(
            k,
            t.scheme,
            &o.framing,
            1 << 20,
            format!("{line}\n").into_bytes(),
        )
    };
    let mut jobs = vec![
        job(&a.target, &o, "one"),
        job(&silent.target, &short, "never"),
        job(&refused, &plain_refused, "no"),
        job(&b.target, &o, "two"),
    ];
    let start = Instant::now();
    run(&mut jobs, Some(Duration::from_secs(3)));
    let took = start.elapsed();
    assert_eq!(jobs[0].outcome, Some(Ok(b"one".to_vec())));
    assert_eq!(jobs[3].outcome, Some(Ok(b"two".to_vec())));
    // The silent peer's handshake ends at its connect_timeout, not the call's deadline.
    let e = jobs[1].outcome.clone().unwrap().unwrap_err();
    assert_eq!((e.kind, e.code), (Kind::Tls, libc::ETIMEDOUT), "{e:?}");
    assert!(e.msg.ends_with("timed out after 0.2 s [110]"), "{}", e.msg);
    assert!(took < Duration::from_millis(2500), "{took:?}");
    let e = jobs[2].outcome.clone().unwrap().unwrap_err();
    assert_eq!(
        (e.kind, e.code),
        (Kind::Connect, libc::ECONNREFUSED),
        "{e:?}"
    );
    assert!(jobs[2].conn.is_none() && jobs[1].conn.is_none());
    // The connections made are as the constructor's: TLS, and reusable once answered.
    let c = jobs[0].conn.as_ref().unwrap();
    assert!(c.is_tls() && c.reusable());
    drop(jobs);
    a.handle.join().unwrap();
    b.handle.join().unwrap();
    silent.handle.join().unwrap();
}

#[test]
fn a_connect_still_under_way_at_the_call_deadline_times_out() {
    use super::core::Connecting;
    use super::multi::{run, Job};
    let pki = Pki::new("lazy-deadline");
    let silent = serve(server_config(&pki.server_leaf(), None), 1, Act::Silent);
    let o = opts(pki.trust());
    let k = Connecting::start(&silent.target, &o, true).unwrap();
    let mut jobs = vec![Job::connecting(
        k,
        Scheme::Tcp,
        &o.framing,
        1 << 20,
        b"x\n".to_vec(),
    )];
    run(&mut jobs, Some(Duration::from_millis(150)));
    let e = jobs[0].outcome.clone().unwrap().unwrap_err();
    assert_eq!((e.kind, e.code), (Kind::Timeout, libc::ETIMEDOUT), "{e:?}");
    assert_eq!(
        e.msg,
        format!(
            "Connection to {} timed out after 0.15 s",
            silent.target.display
        )
    );
    drop(jobs);
    silent.handle.join().unwrap();
}
