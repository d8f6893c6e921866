//! Graceful shutdown in two steps, after tokio's mini-redis.
//!
//! Every task of the server holds a [`Shutdown`] and watches one channel. On SIGTERM the server
//! moves to [`Phase::Draining`]: listeners and datagram endpoints stop, connections go on until
//! their clients close. When the grace period runs out it moves to [`Phase::Abort`] and the
//! remaining connections drop their sockets. A `watch` channel fits better than mini-redis'
//! broadcast because a task that subscribes late still sees the current phase, and its sender
//! can tell when the last receiver is gone, which is how the server learns that every task has
//! finished without a second channel.

use tokio::sync::watch;

/// Where the server is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Phase {
    Running,
    /// No new connections or datagrams; open connections may finish.
    Draining,
    /// Grace period over: drop everything.
    Abort,
}

/// A task's view of the shutdown. Holding one keeps [`Coordinator::finished`] waiting, so each
/// task must own its clone for as long as it runs and no longer.
#[derive(Debug, Clone)]
pub(crate) struct Shutdown {
    phase: watch::Receiver<Phase>,
}

impl Shutdown {
    /// Resolves once the server stops taking new work.
    pub(crate) async fn draining(&mut self) {
        self.reached(Phase::Draining).await
    }

    /// Resolves once the grace period is over and connections must be dropped.
    pub(crate) async fn aborted(&mut self) {
        self.reached(Phase::Abort).await
    }

    async fn reached(&mut self, phase: Phase) {
        // An error means the coordinator is gone, which only happens when the server itself is
        // being torn down: treat it as the phase having been reached.
        let _ = self.phase.wait_for(|p| *p >= phase).await;
    }
}

/// The server's side of the channel.
#[derive(Debug)]
pub(crate) struct Coordinator {
    phase: watch::Sender<Phase>,
}

impl Coordinator {
    /// Creates the channel and the first [`Shutdown`] to clone for tasks.
    pub(crate) fn new() -> (Coordinator, Shutdown) {
        let (tx, rx) = watch::channel(Phase::Running);
        (Coordinator { phase: tx }, Shutdown { phase: rx })
    }

    pub(crate) fn set(&self, phase: Phase) {
        self.phase.send_replace(phase);
    }

    /// Tasks still running, for log messages.
    pub(crate) fn live_tasks(&self) -> usize {
        self.phase.receiver_count()
    }

    /// Resolves when every [`Shutdown`] has been dropped, i.e. every task has ended.
    pub(crate) async fn finished(&self) {
        self.phase.closed().await
    }
}
