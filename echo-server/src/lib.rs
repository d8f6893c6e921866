//! rsockets-echo: the echo server that rsockets' PHP tests and benchmarks talk to.
//!
//! Each `--listen` URL names a transport and, in its query string, a test behaviour
//! ([`Behaviour`]). [`bind_all`] binds the endpoints (so the caller can learn the ports the
//! kernel picked) and [`serve`] runs them until a shutdown future resolves. The binary in
//! `main.rs` is only a command line around these two; tests call them directly.

pub mod behaviour;
mod datagram;
pub mod endpoint;
mod frame_memory;
pub mod pki;
mod shutdown;
mod stream;
pub mod tls;

use std::future::Future;
use std::io;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Semaphore;
use tokio::time::timeout;
use tracing::{info, warn};

pub use behaviour::{Behaviour, BehaviourError, Header, Mode};
pub use endpoint::{bind_all, Bound, Endpoint, EndpointError, Transport};

use datagram::DatagramSocket;
use endpoint::Socket;
use frame_memory::FrameMemory;
use shutdown::{Coordinator, Phase};
use stream::StreamEndpoint;

/// Limits that apply to the whole server rather than to one endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// Most stream connections served at once; more wait in the kernel backlog.
    pub max_connections: Option<usize>,
    /// Close a connection whose read (or write) has waited this long.
    pub idle_timeout: Option<Duration>,
    /// After shutdown is asked for, how long open connections may go on before being dropped.
    pub grace: Duration,
    /// Most bytes one `mode=frame` connection may hold for a frame still arriving.
    pub max_frame_buffer: usize,
    /// Most bytes all `mode=frame` connections together may hold for frames still arriving.
    pub max_frame_memory: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_connections: None,
            idle_timeout: None,
            grace: Duration::from_secs(2),
            max_frame_buffer: frame_memory::DEFAULT_PER_CONNECTION,
            max_frame_memory: frame_memory::DEFAULT_TOTAL,
        }
    }
}

/// How long to wait for tasks to notice an abort before giving up on them; they all select on
/// it, so this only guards against a bug turning shutdown into a hang.
const ABORT_WAIT: Duration = Duration::from_secs(1);

/// Serves the bound endpoints until `shutdown` resolves, then stops accepting, lets open
/// connections finish within `options.grace`, drops the rest, and returns once every task has
/// ended and every unix socket file is removed.
pub async fn serve(endpoints: Vec<Bound>, options: Options, shutdown: impl Future<Output = ()>) {
    let (coordinator, token) = Coordinator::new();
    let limit = Arc::new(Semaphore::new(
        options
            .max_connections
            .unwrap_or(Semaphore::MAX_PERMITS)
            .min(Semaphore::MAX_PERMITS),
    ));

    let mut streams = Vec::new();
    for bound in endpoints {
        let url = bound.url();
        let behaviour = bound.endpoint.behaviour;
        match bound.socket {
            Socket::Tcp(l) => streams.push(StreamEndpoint::tcp(l, behaviour, url)),
            Socket::Tls(l, config) => streams.push(StreamEndpoint::tls(l, config, behaviour, url)),
            Socket::Unix(l, file) => streams.push(StreamEndpoint::unix(l, file, behaviour, url)),
            Socket::Udp(s) => {
                let task = datagram::serve(DatagramSocket::Udp(s), None, behaviour, token.clone());
                tokio::spawn(task);
            }
            Socket::Udg(s, file) => {
                let task =
                    datagram::serve(DatagramSocket::Udg(s), Some(file), behaviour, token.clone());
                tokio::spawn(task);
            }
        }
    }
    if !streams.is_empty() {
        let frames = Arc::new(FrameMemory::new(
            options.max_frame_buffer,
            options.max_frame_memory,
        ));
        tokio::spawn(stream::accept_loop(
            streams,
            limit,
            options.idle_timeout,
            frames,
            token.clone(),
        ));
    }
    // Only tasks may hold a token, or `finished` below would never resolve.
    drop(token);

    shutdown.await;
    info!("shutting down: no longer accepting");
    coordinator.set(Phase::Draining);
    if timeout(options.grace, coordinator.finished())
        .await
        .is_err()
    {
        warn!(
            "{} connection task(s) still open after the {:?} grace period: dropping them",
            coordinator.live_tasks(),
            options.grace
        );
        coordinator.set(Phase::Abort);
        if timeout(ABORT_WAIT, coordinator.finished()).await.is_err() {
            warn!("{} task(s) did not stop", coordinator.live_tasks());
        }
    }
    info!("shut down");
}

/// Raises the soft limit on open files to the hard limit, since every connection costs a
/// descriptor and the usual soft limit (1024) is far below the 10,000 clients the server must
/// hold. Returns the (old, new) soft limit.
pub fn raise_nofile_limit() -> io::Result<(u64, u64)> {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit only writes to the struct we pass, which is valid and owned.
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } != 0 {
        return Err(io::Error::last_os_error());
    }
    let old = limit.rlim_cur;
    if limit.rlim_cur < limit.rlim_max {
        limit.rlim_cur = limit.rlim_max;
        // SAFETY: setrlimit only reads the struct we pass.
        if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &limit) } != 0 {
            return Err(io::Error::last_os_error());
        }
    }
    // rlim_t is u64 on Linux; the conversion keeps other platforms compiling.
    #[allow(clippy::useless_conversion)]
    Ok((u64::from(old), u64::from(limit.rlim_cur)))
}
