//! Helpers shared by the integration tests.
//!
//! Timing rule: a test may assert that something took *at least* N ms, or that nothing arrived
//! within a short window, but every wait for something that should happen uses [`WAIT`], which
//! is far longer than needed, so a loaded machine slows tests down without failing them.

#![allow(dead_code)] // each test binary uses a different subset

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use rsockets_echo::{bind_all, serve, Bound, Endpoint, Options};
use tokio::io::{AsyncRead, AsyncReadExt};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;
use tokio::time::timeout;

/// Upper bound for anything that should happen: generous on purpose.
pub const WAIT: Duration = Duration::from_secs(20);

/// How long to watch for a reply that must not come.
pub const QUIET: Duration = Duration::from_millis(300);

/// A server running inside the test's runtime.
pub struct TestServer {
    pub urls: Vec<String>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl TestServer {
    /// Starts with default options, except a short grace period: most tests stop the server
    /// while their client is still connected, and need not wait for it.
    pub fn start(urls: &[&str]) -> TestServer {
        let options = Options {
            grace: Duration::from_millis(100),
            ..Options::default()
        };
        TestServer::start_with(urls, options)
    }

    pub fn start_with(urls: &[&str], options: Options) -> TestServer {
        let endpoints: Vec<Endpoint> = urls
            .iter()
            .map(|u| u.parse().unwrap_or_else(|e| panic!("{u}: {e}")))
            .collect();
        let bound = bind_all(&endpoints).expect("bind endpoints");
        let urls = bound.iter().map(Bound::url).collect();
        let (tx, rx) = oneshot::channel::<()>();
        let task = tokio::spawn(serve(bound, options, async {
            let _ = rx.await;
        }));
        TestServer {
            urls,
            stop: Some(tx),
            task: Some(task),
        }
    }

    /// The IP address of endpoint `i`.
    pub fn addr(&self, i: usize) -> SocketAddr {
        ip_of(&self.urls[i])
    }

    /// The socket path of unix endpoint `i`.
    pub fn path(&self, i: usize) -> PathBuf {
        path_of(&self.urls[i])
    }

    /// Asks for shutdown and waits until `serve` returns.
    pub async fn stop(mut self) {
        self.request_stop();
        self.join().await;
    }

    pub fn request_stop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
    }

    pub async fn join(&mut self) {
        if let Some(task) = self.task.take() {
            timeout(WAIT, task)
                .await
                .expect("serve returns after shutdown")
                .expect("serve does not panic");
        }
    }
}

/// Address part of a `tcp://` or `udp://` URL.
pub fn ip_of(url: &str) -> SocketAddr {
    let rest = url.split_once("://").expect("scheme").1;
    let address = rest.split('?').next().unwrap_or(rest);
    address.parse().expect("IP:PORT")
}

/// Path part of a `unix://` or `udg://` URL.
pub fn path_of(url: &str) -> PathBuf {
    let rest = url.split_once("://").expect("scheme").1;
    PathBuf::from(rest.split('?').next().unwrap_or(rest))
}

/// A fresh socket path in the temp dir, unique per process and call.
pub fn temp_path(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    std::env::temp_dir().join(format!("rse-{}-{n}-{name}", std::process::id()))
}

/// Reads exactly `n` bytes, failing the test after [`WAIT`].
pub async fn read_n<R: AsyncRead + Unpin>(r: &mut R, n: usize) -> Vec<u8> {
    let mut buf = vec![0u8; n];
    timeout(WAIT, r.read_exact(&mut buf))
        .await
        .expect("reply within WAIT")
        .expect("read reply");
    buf
}

/// Reads until EOF, failing the test after [`WAIT`].
pub async fn read_to_eof<R: AsyncRead + Unpin>(r: &mut R) -> Vec<u8> {
    let mut buf = Vec::new();
    timeout(WAIT, r.read_to_end(&mut buf))
        .await
        .expect("EOF within WAIT")
        .expect("read until EOF");
    buf
}

/// Asserts that nothing (not even EOF) arrives for [`QUIET`].
pub async fn assert_quiet<R: AsyncRead + Unpin>(r: &mut R) {
    let mut byte = [0u8; 1];
    if let Ok(result) = timeout(QUIET, r.read(&mut byte)).await {
        panic!("expected silence, got {result:?}");
    }
}

/// Waits until the server closes: EOF or a reset both count, a reply does not.
pub async fn assert_closed<R: AsyncRead + Unpin>(r: &mut R) {
    let mut buf = [0u8; 64];
    match timeout(WAIT, r.read(&mut buf))
        .await
        .expect("close within WAIT")
    {
        Ok(0) => {}
        Ok(n) => panic!("expected close, got {:?}", &buf[..n]),
        Err(e) => assert_eq!(e.kind(), std::io::ErrorKind::ConnectionReset, "{e}"),
    }
}
