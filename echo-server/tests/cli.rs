//! The binary as PHP tests use it: start it, read the `listening` lines, talk, SIGTERM it.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpStream, UdpSocket};
use std::os::unix::net::UnixStream;
use std::process::{Child, ChildStdout, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use common::{ip_of, temp_path, WAIT};

const BIN: &str = env!("CARGO_BIN_EXE_rsockets-echo");

/// A running rsockets-echo, killed if the test fails before it exits.
struct Server {
    child: Child,
    stdout: BufReader<ChildStdout>,
    urls: Vec<String>,
}

impl Server {
    fn start(args: &[&str]) -> Server {
        let mut child = Command::new(BIN)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn rsockets-echo");
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let expected = args.iter().filter(|a| **a == "--listen").count();
        let mut urls = Vec::new();
        for _ in 0..expected {
            let mut line = String::new();
            stdout.read_line(&mut line).expect("read listening line");
            let url = line
                .strip_prefix("listening ")
                .unwrap_or_else(|| panic!("unexpected stdout line {line:?}"));
            urls.push(url.trim_end().to_string());
        }
        Server {
            child,
            stdout,
            urls,
        }
    }

    fn signal(&self, signal: libc::c_int) {
        let pid = libc::pid_t::try_from(self.child.id()).expect("pid fits pid_t");
        // SAFETY: kill has no memory effects; the pid is our own live child.
        assert_eq!(unsafe { libc::kill(pid, signal) }, 0);
    }

    /// Waits for exit, failing the test after [`WAIT`].
    fn wait(&mut self) -> ExitStatus {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                return status;
            }
            assert!(Instant::now() < deadline, "rsockets-echo did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn stderr(&mut self) -> String {
        let mut s = String::new();
        if let Some(mut e) = self.child.stderr.take() {
            let _ = e.read_to_string(&mut s);
        }
        s
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs the binary to completion with `args`.
fn run(args: &[&str]) -> std::process::Output {
    Command::new(BIN)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run rsockets-echo")
}

fn echo_tcp(url: &str, msg: &[u8]) -> Vec<u8> {
    let mut s = TcpStream::connect(ip_of(url)).expect("connect");
    s.set_read_timeout(Some(WAIT)).unwrap();
    s.write_all(msg).unwrap();
    let mut buf = vec![0u8; msg.len()];
    s.read_exact(&mut buf).unwrap();
    buf
}

#[test]
fn prints_listening_lines_in_order_with_real_ports_and_queries() {
    let unix = temp_path("cli.sock");
    let udg = temp_path("cli-dg.sock");
    let unix_url = format!("unix://{}", unix.display());
    let udg_url = format!("udg://{}?delay_ms=1", udg.display());
    let mut server = Server::start(&[
        "--listen",
        "tcp://127.0.0.1:0?delay_ms=200",
        "--listen",
        "udp://127.0.0.1:0",
        "--listen",
        &unix_url,
        "--listen",
        "tcp://[::1]:0?mode=line",
        "--listen",
        &udg_url,
    ]);
    let urls = &server.urls;
    assert!(urls[0].starts_with("tcp://127.0.0.1:"), "{urls:?}");
    assert!(urls[0].ends_with("?delay_ms=200"), "{urls:?}");
    assert_ne!(ip_of(&urls[0]).port(), 0);
    assert!(urls[1].starts_with("udp://127.0.0.1:"), "{urls:?}");
    assert_ne!(ip_of(&urls[1]).port(), 0);
    assert_eq!(urls[2], unix_url);
    assert!(urls[3].starts_with("tcp://[::1]:") && urls[3].ends_with("?mode=line"));
    assert_eq!(urls[4], udg_url);

    assert_eq!(echo_tcp(&urls[0], b"tcp"), b"tcp");
    assert_eq!(echo_tcp(&urls[3], b"v6\n"), b"v6\n");
    let udp = UdpSocket::bind("127.0.0.1:0").unwrap();
    udp.set_read_timeout(Some(WAIT)).unwrap();
    udp.send_to(b"udp", ip_of(&urls[1])).unwrap();
    let mut buf = [0u8; 8];
    assert_eq!(udp.recv(&mut buf).unwrap(), 3);

    // Nothing but the listening lines on stdout.
    server.signal(libc::SIGTERM);
    assert!(server.wait().success());
    let mut rest = String::new();
    server.stdout.read_to_string(&mut rest).unwrap();
    assert_eq!(rest, "");
    assert!(!unix.exists() && !udg.exists(), "socket files removed");
}

#[test]
fn sigterm_with_open_connection_exits_zero_and_removes_socket_file() {
    let path = temp_path("term.sock");
    let url = format!("unix://{}", path.display());
    let mut server = Server::start(&["--listen", &url, "--grace-ms", "30000"]);
    assert!(path.exists());
    let mut conn = UnixStream::connect(&path).unwrap();
    conn.set_read_timeout(Some(WAIT)).unwrap();
    conn.write_all(b"hi").unwrap();
    let mut buf = [0u8; 2];
    conn.read_exact(&mut buf).unwrap();

    server.signal(libc::SIGTERM);
    // Still served during the grace period; the socket file is gone at once.
    conn.write_all(b"yo").unwrap();
    conn.read_exact(&mut buf).unwrap();
    assert_eq!(&buf, b"yo");
    let deadline = Instant::now() + WAIT;
    while path.exists() {
        assert!(Instant::now() < deadline, "socket file still there");
        std::thread::sleep(Duration::from_millis(20));
    }
    // Closing the last connection ends the server well before the 30 s grace.
    let start = Instant::now();
    drop(conn);
    let status = server.wait();
    assert_eq!(status.code(), Some(0), "{}", server.stderr());
    assert!(start.elapsed() < Duration::from_secs(20));
}

#[test]
fn sigint_drops_connections_after_grace_and_exits_zero() {
    let mut server = Server::start(&["--listen", "tcp://127.0.0.1:0", "--grace-ms", "200"]);
    let mut conn = TcpStream::connect(ip_of(&server.urls[0])).unwrap();
    conn.set_read_timeout(Some(WAIT)).unwrap();
    conn.write_all(b"x").unwrap();
    let mut buf = [0u8; 1];
    conn.read_exact(&mut buf).unwrap();
    let start = Instant::now();
    server.signal(libc::SIGINT);
    assert_eq!(server.wait().code(), Some(0));
    assert!(start.elapsed() >= Duration::from_millis(200));
    // The connection was dropped by the server.
    assert!(matches!(conn.read(&mut buf), Ok(0) | Err(_)));
}

#[test]
fn unknown_query_key_exits_2_with_a_clear_message() {
    let out = run(&["--listen", "tcp://127.0.0.1:0?accept_delay_ms=5"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("unknown query key 'accept_delay_ms'"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn bad_urls_and_options_exit_2() {
    for args in [
        &["--listen", "tcp://localhost:0"][..],
        &["--listen", "ftp://127.0.0.1:0"],
        &["--listen", "udp://127.0.0.1:0?mode=frame"],
        &["--listen", "tcp://127.0.0.1:0?mode=frame&header=Q"],
        &["--listen", "tcp://127.0.0.1:0", "--max-connections", "0"],
        &["--listen", "tcp://127.0.0.1:0", "--log-level", "[[["],
        &[],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn gen_test_pki_then_cert_and_key_defaults_serve_tls() {
    let dir = temp_path("pki");
    let out = run(&["--gen-test-pki", &dir.display().to_string()]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(out.stdout.is_empty(), "no listening lines");
    for file in rsockets_echo::pki::FILES {
        assert!(dir.join(file).is_file(), "{file}");
    }

    // --cert/--key are the defaults; a query's cert= wins.
    let cert = dir.join("server.pem").display().to_string();
    let key = dir.join("server.key").display().to_string();
    let wrong = dir.join("wrong-name.pem").display().to_string();
    let wrong_key = dir.join("wrong-name.key").display().to_string();
    let mut server = Server::start(&[
        "--cert",
        &cert,
        "--key",
        &key,
        "--listen",
        "tls://127.0.0.1:0?mode=line",
        "--listen",
        &format!("tls://127.0.0.1:0?cert={wrong}&key={wrong_key}"),
    ]);
    let urls = server.urls.clone();
    assert!(urls[0].starts_with("tls://127.0.0.1:"), "{urls:?}");
    assert!(urls[0].ends_with("?mode=line"), "{urls:?}");
    for (url, want) in urls.iter().zip(["CN = server", "CN = wrong-name"]) {
        let out = Command::new("openssl")
            .args(["s_client", "-connect", &ip_of(url).to_string()])
            .stdin(Stdio::null())
            .output();
        // openssl is a convenience here, not a requirement of the test machine.
        let Ok(out) = out else { return };
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(want), "{url}: {text}");
    }
    server.signal(libc::SIGTERM);
    assert!(server.wait().success());
}

#[test]
fn unreadable_certificate_exits_1_naming_the_file() {
    let out = run(&[
        "--cert",
        "/nonexistent/server.pem",
        "--key",
        "/nonexistent/server.key",
        "--listen",
        "tls://127.0.0.1:0",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cannot read certificate '/nonexistent/server.pem'"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());

    let out = run(&["--listen", "tcp://127.0.0.1:0?cert=/a.pem"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn bind_failure_exits_1_and_cleans_up_earlier_endpoints() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let path = temp_path("bindfail.sock");
    let out = run(&[
        "--listen",
        &format!("unix://{}", path.display()),
        "--listen",
        &format!("tcp://127.0.0.1:{port}"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("tcp://127.0.0.1:{port}")),
        "{stderr}"
    );
    assert!(
        out.stdout.is_empty(),
        "no listening line unless every endpoint is bound"
    );
    assert!(!path.exists());
}

#[test]
fn help_documents_every_option_and_behaviour() {
    let out = run(&["--help"]);
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for word in [
        "--listen",
        "--max-connections",
        "--idle-timeout-ms",
        "--grace-ms",
        "--log-level",
        "--max-frame-buffer",
        "--max-frame-memory",
        "delay_ms",
        "chunk_delay_ms",
        "close_after",
        "silent=1",
        "reset=1",
        "mode=line",
        "mode=frame",
        "header=",
        "includes_header",
        "max_frame",
        "udg://",
    ] {
        assert!(help.contains(word), "--help lacks {word}");
    }
}

#[test]
fn logs_go_to_stderr_only() {
    let mut server = Server::start(&["--listen", "tcp://127.0.0.1:0", "--log-level", "debug"]);
    assert_eq!(echo_tcp(&server.urls[0], b"x"), b"x");
    server.signal(libc::SIGTERM);
    assert!(server.wait().success());
    let mut rest = String::new();
    server.stdout.read_to_string(&mut rest).unwrap();
    assert_eq!(rest, "");
    let stderr = server.stderr();
    assert!(stderr.contains("accepted"), "{stderr}");
    assert!(
        !stderr.contains("\x1b["),
        "no colour codes when not a terminal"
    );
}

/// Resident memory of a process in KiB (`VmRSS` in /proc/PID/status).
fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("read status");
    let line = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .expect("VmRSS line");
    line.split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .expect("VmRSS value")
}

/// A u32 big-endian frame header (`header=N`, the default) claiming `len` payload bytes.
fn header(len: u32) -> [u8; 4] {
    len.to_be_bytes()
}

/// Waits until `f` holds, failing the test after [`WAIT`].
fn wait_until(what: &str, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + WAIT;
    while !f() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn hundred_header_only_frame_connections_stay_under_64_mb() {
    let server = Server::start(&["--listen", "tcp://127.0.0.1:0?mode=frame"]);
    let pid = server.child.id();
    let addr = ip_of(&server.urls[0]);
    // Each claims the largest frame max_frame allows (16 MiB) and sends nothing more.
    let mut conns = Vec::new();
    for _ in 0..100 {
        let mut s = TcpStream::connect(addr).expect("connect");
        s.write_all(&header(16 * 1024 * 1024)).unwrap();
        conns.push(s);
    }
    // The server has read every header once a frame sent after them all comes back.
    assert_eq!(
        echo_tcp(&server.urls[0], &[&header(3)[..], b"abc"].concat()),
        [&header(3)[..], b"abc"].concat()
    );
    std::thread::sleep(Duration::from_millis(200));
    let rss = rss_kib(pid);
    assert!(
        rss < 64 * 1024,
        "100 header-only connections: {rss} KiB resident"
    );
    // Every one of them can still complete its frame.
    let mut s = conns.pop().unwrap();
    s.set_read_timeout(Some(WAIT)).unwrap();
    let payload = vec![7u8; 16 * 1024 * 1024];
    let writer = {
        let mut w = s.try_clone().unwrap();
        std::thread::spawn(move || w.write_all(&payload))
    };
    let mut back = vec![0u8; 4 + 16 * 1024 * 1024];
    s.read_exact(&mut back).unwrap();
    writer.join().unwrap().unwrap();
    assert_eq!(back[..4], header(16 * 1024 * 1024));
    assert!(back[4..].iter().all(|&b| b == 7));
}

/// Sends `msg` and reads as many bytes back; `None` if the server closed or failed first.
fn try_echo(addr: std::net::SocketAddr, msg: &[u8]) -> Option<Vec<u8>> {
    let mut s = TcpStream::connect(addr).ok()?;
    s.set_read_timeout(Some(WAIT)).ok()?;
    s.write_all(msg).ok()?;
    let mut buf = vec![0u8; msg.len()];
    s.read_exact(&mut buf).ok()?;
    Some(buf)
}

/// Sends `len` payload bytes of a frame claiming `claimed`, then reads until EOF or error:
/// true if the server closed the connection without echoing anything.
fn refused(addr: std::net::SocketAddr, claimed: u32, len: usize) -> bool {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(WAIT)).unwrap();
    s.write_all(&header(claimed)).unwrap();
    // The server may close while we are still writing.
    let _ = s.write_all(&vec![1u8; len]);
    let mut got = Vec::new();
    match s.read_to_end(&mut got) {
        Ok(_) => got.is_empty(),
        Err(e) => e.kind() == std::io::ErrorKind::ConnectionReset && got.is_empty(),
    }
}

#[test]
fn a_frame_over_the_per_connection_cap_is_refused_with_a_log_line() {
    let mut server = Server::start(&[
        "--listen",
        "tcp://127.0.0.1:0?mode=frame",
        "--max-frame-buffer",
        "100000",
    ]);
    let addr = ip_of(&server.urls[0]);
    assert!(refused(addr, 200_000, 200_000));
    // A frame within the cap is echoed.
    let small = [&header(50_000)[..], &[2u8; 50_000]].concat();
    assert_eq!(echo_tcp(&server.urls[0], &small), small);
    server.signal(libc::SIGTERM);
    assert!(server.wait().success());
    let stderr = server.stderr();
    assert!(
        stderr.contains("frame refused") && stderr.contains("--max-frame-buffer"),
        "{stderr}"
    );
}

#[test]
fn frames_over_the_shared_cap_are_refused_with_a_log_line() {
    let mut server = Server::start(&[
        "--listen",
        "tcp://127.0.0.1:0?mode=frame",
        "--max-frame-memory",
        "150000",
    ]);
    let addr = ip_of(&server.urls[0]);
    // The first connection holds 70,000 bytes of a 100,000-byte frame...
    let mut first = TcpStream::connect(addr).expect("connect");
    first.set_read_timeout(Some(WAIT)).unwrap();
    first.write_all(&header(100_000)).unwrap();
    first.write_all(&[3u8; 70_000]).unwrap();
    // (time for the server to read them)...
    std::thread::sleep(Duration::from_millis(500));
    // ...so a second one cannot buffer as much.
    assert!(refused(addr, 100_000, 100_000));
    // The first completes its frame.
    first.write_all(&[3u8; 30_000]).unwrap();
    let mut back = vec![0u8; 100_004];
    first.read_exact(&mut back).unwrap();
    assert!(back[4..].iter().all(|&b| b == 3));
    drop(first);
    // Its memory is given back: a new frame of the same size fits.
    let again = [&header(100_000)[..], &[4u8; 100_000]].concat();
    wait_until("the shared budget to be released", || {
        try_echo(addr, &again).as_deref() == Some(&again[..])
    });
    server.signal(libc::SIGTERM);
    assert!(server.wait().success());
    let stderr = server.stderr();
    assert!(
        stderr.contains("frame refused") && stderr.contains("--max-frame-memory"),
        "{stderr}"
    );
}
