//! Stream endpoints (tcp, tls, unix): one accept loop for all of them, one task per connection.
//! A TLS connection runs the same echo loops as a plain one, once its handshake is done.
//!
//! A connection task reads, replies, and reads again, so the client's own pace is the only
//! back-pressure: a slow reader fills its socket buffer and parks only its own task. Nothing on
//! the data path is shared between connections.

use std::future::{poll_fn, ready, Future};
use std::io;
use std::mem::MaybeUninit;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use socket2::SockRef;
use tokio::io::{
    AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader, ReadBuf, Take,
};
use tokio::net::{TcpListener, TcpStream, UnixListener, UnixStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::time::{sleep, timeout, Instant, Sleep};
use tokio_rustls::rustls::ServerConfig;
use tokio_rustls::server::TlsStream;
use tokio_rustls::TlsAcceptor;
use tracing::{debug, error, info, info_span, warn, Instrument};

use crate::behaviour::{Behaviour, FrameFormat, Mode};
use crate::endpoint::SocketFile;
use crate::frame_memory::{FrameMemory, Share};
use crate::shutdown::Shutdown;
use crate::tls;

/// First read buffer of a connection: small, so ten thousand idle or chatty connections stay
/// cheap (a few KiB each)...
const MIN_READ_BUF: usize = 4 * 1024;

/// ...and doubled up to this each time a read fills it, so bulk transfers move in few syscalls.
const MAX_READ_BUF: usize = 64 * 1024;

/// Buffer of the line and frame readers (which copy into their own line or frame anyway) and of
/// silent endpoints.
const FRAMED_READ_BUF: usize = 8 * 1024;

/// Most bytes a frame buffer grows by at a time: memory follows the bytes received.
const FRAME_CHUNK: usize = 64 * 1024;

/// How long a closing connection keeps reading (and discarding) after sending its FIN. Closing a
/// socket with unread input makes the kernel send RST, which can destroy echoed bytes the
/// client has not read yet; waiting briefly for the client's own FIN avoids that.
const LINGER: Duration = Duration::from_secs(2);

/// Pause after an accept error such as EMFILE, which only time (a closing connection) can cure;
/// without it the loop would spin on the same error.
const ACCEPT_BACKOFF: Duration = Duration::from_millis(100);

/// A bound stream endpoint.
pub(crate) struct StreamEndpoint {
    listener: Listener,
    behaviour: Arc<Behaviour>,
    url: Arc<str>,
    /// Removes the unix socket file when the accept loop ends, i.e. as soon as draining starts.
    _file: Option<SocketFile>,
}

enum Listener {
    Tcp(TcpListener),
    /// TCP, with the handshake done by the connection's task.
    Tls(TcpListener, TlsAcceptor),
    Unix(UnixListener),
}

enum Accepted {
    Tcp(TcpStream, std::net::SocketAddr),
    Tls(TcpStream, std::net::SocketAddr, TlsAcceptor),
    Unix(UnixStream),
}

impl StreamEndpoint {
    pub(crate) fn tcp(listener: TcpListener, behaviour: Behaviour, url: String) -> Self {
        StreamEndpoint {
            listener: Listener::Tcp(listener),
            behaviour: Arc::new(behaviour),
            url: url.into(),
            _file: None,
        }
    }

    pub(crate) fn tls(
        listener: TcpListener,
        config: Arc<ServerConfig>,
        behaviour: Behaviour,
        url: String,
    ) -> Self {
        StreamEndpoint {
            listener: Listener::Tls(listener, TlsAcceptor::from(config)),
            behaviour: Arc::new(behaviour),
            url: url.into(),
            _file: None,
        }
    }

    pub(crate) fn unix(
        listener: UnixListener,
        file: SocketFile,
        behaviour: Behaviour,
        url: String,
    ) -> Self {
        StreamEndpoint {
            listener: Listener::Unix(listener),
            behaviour: Arc::new(behaviour),
            url: url.into(),
            _file: Some(file),
        }
    }

    fn poll_accept(&self, cx: &mut Context<'_>) -> Poll<io::Result<Accepted>> {
        match &self.listener {
            Listener::Tcp(l) => l
                .poll_accept(cx)
                .map_ok(|(stream, peer)| Accepted::Tcp(stream, peer)),
            Listener::Tls(l, acceptor) => l
                .poll_accept(cx)
                .map_ok(|(stream, peer)| Accepted::Tls(stream, peer, acceptor.clone())),
            Listener::Unix(l) => l
                .poll_accept(cx)
                .map_ok(|(stream, _)| Accepted::Unix(stream)),
        }
    }
}

/// Accepts on every stream endpoint until draining starts.
///
/// One loop serves all endpoints so that `--max-connections` is a single budget: a permit is
/// taken *before* accepting, so at the limit new clients wait in the kernel backlog rather than
/// being accepted and left unserved, and the one permit in hand goes to whichever endpoint has
/// a client first.
pub(crate) async fn accept_loop(
    endpoints: Vec<StreamEndpoint>,
    limit: Arc<Semaphore>,
    idle: Option<Duration>,
    frames: Arc<FrameMemory>,
    mut shutdown: Shutdown,
) {
    let mut next = 0;
    loop {
        let permit = tokio::select! {
            permit = limit.clone().acquire_owned() => permit,
            _ = shutdown.draining() => return,
        };
        // The semaphore is never closed, so this cannot fail; stop quietly if it ever does.
        let Ok(permit) = permit else { return };

        let (index, accepted) = tokio::select! {
            accepted = accept_any(&endpoints, &mut next) => accepted,
            _ = shutdown.draining() => return,
        };
        let endpoint = &endpoints[index];
        let accepted = match accepted {
            Ok(accepted) => accepted,
            Err(e) => {
                accept_failed(&endpoint.url, &e, &mut shutdown).await;
                continue;
            }
        };
        let behaviour = endpoint.behaviour.clone();
        let shutdown = shutdown.clone();
        let frames = frames.share();
        match accepted {
            Accepted::Tcp(stream, peer) => {
                no_delay(&stream);
                let span = info_span!("conn", endpoint = %endpoint.url, %peer);
                let open = ready(Some(stream));
                let task = connection(open, behaviour, idle, frames, shutdown, permit);
                tokio::spawn(task.instrument(span));
            }
            Accepted::Tls(stream, peer, acceptor) => {
                no_delay(&stream);
                let span = info_span!("conn", endpoint = %endpoint.url, %peer);
                let open = tls::handshake(stream, acceptor, idle);
                let task = connection(open, behaviour, idle, frames, shutdown, permit);
                tokio::spawn(task.instrument(span));
            }
            Accepted::Unix(stream) => {
                let span = info_span!("conn", endpoint = %endpoint.url);
                let open = ready(Some(stream));
                let task = connection(open, behaviour, idle, frames, shutdown, permit);
                tokio::spawn(task.instrument(span));
            }
        }
    }
}

/// Echo replies are small and latency is what tests and benchmarks measure; Nagle's algorithm
/// would hold back every reply after the first.
fn no_delay(stream: &TcpStream) {
    if let Err(e) = stream.set_nodelay(true) {
        debug!("TCP_NODELAY: {e}");
    }
}

/// Waits for a client on any endpoint. Polling starts after the endpoint served last, so a busy
/// endpoint cannot starve the others.
async fn accept_any(
    endpoints: &[StreamEndpoint],
    next: &mut usize,
) -> (usize, io::Result<Accepted>) {
    poll_fn(|cx| {
        let n = endpoints.len();
        for i in 0..n {
            let index = (*next + i) % n;
            if let Poll::Ready(result) = endpoints[index].poll_accept(cx) {
                *next = (index + 1) % n;
                return Poll::Ready((index, result));
            }
        }
        Poll::Pending
    })
    .await
}

async fn accept_failed(url: &str, e: &io::Error, shutdown: &mut Shutdown) {
    let exhausted = matches!(
        e.raw_os_error(),
        Some(libc::EMFILE | libc::ENFILE | libc::ENOBUFS | libc::ENOMEM)
    );
    if !exhausted {
        // Typically ECONNABORTED: the client gave up before we accepted. Nothing to fix.
        debug!(endpoint = url, "accept: {e}");
        return;
    }
    error!(
        endpoint = url,
        "accept: {e} (raise `ulimit -n` or lower --max-connections)"
    );
    tokio::select! {
        _ = sleep(ACCEPT_BACKOFF) => {}
        _ = shutdown.draining() => {}
    }
}

/// The life of one connection. `open` yields the stream to serve (at once for a plain socket,
/// after the handshake for TLS; `None` when that failed, which it has logged). It ends when
/// the client is done, on an error, or when the shutdown grace period runs out; dropping
/// `_permit` then frees a `--max-connections` slot.
async fn connection<S: StreamSocket>(
    open: impl Future<Output = Option<S>>,
    behaviour: Arc<Behaviour>,
    idle: Option<Duration>,
    frames: Share,
    mut shutdown: Shutdown,
    _permit: OwnedSemaphorePermit,
) {
    debug!("accepted");
    let life = async {
        let Some(stream) = open.await else { return };
        match serve(stream, &behaviour, idle, frames).await {
            Ok(()) => debug!("closed"),
            Err(e) => log_end(&e),
        }
    };
    tokio::select! {
        () = life => {}
        // Dropping the `serve` future drops the socket with it.
        _ = shutdown.aborted() => debug!("dropped: shutdown grace period over"),
    }
}

fn log_end(e: &io::Error) {
    use io::ErrorKind::*;
    match e.kind() {
        ConnectionReset | ConnectionAborted | BrokenPipe | UnexpectedEof => {
            debug!("client went away: {e}")
        }
        TimedOut | InvalidData => info!("closed: {e}"),
        _ => warn!("connection error: {e}"),
    }
}

/// Applies the endpoint's behaviour to one connection.
async fn serve<S: StreamSocket>(
    stream: S,
    behaviour: &Behaviour,
    idle: Option<Duration>,
    frames: Share,
) -> io::Result<()> {
    if behaviour.reset {
        return reset_on_first_bytes(stream, idle).await;
    }
    let mut conn = Conn::new(stream, behaviour.close_after, idle);
    let result = if behaviour.silent {
        discard(&mut conn).await
    } else {
        match behaviour.mode {
            Mode::Raw => echo_raw(&mut conn, behaviour).await,
            Mode::Line => echo_lines(&mut conn, behaviour).await,
            Mode::Frame(format) => echo_frames(&mut conn, format, behaviour, frames).await,
        }
    };
    match result {
        Ok(()) => {
            close(conn.into_inner()).await;
            Ok(())
        }
        // The client broke the protocol (e.g. a frame over max_frame): still say goodbye
        // properly, so it reads an EOF rather than a reset.
        Err(e) if e.kind() == io::ErrorKind::InvalidData => {
            close(conn.into_inner()).await;
            Err(e)
        }
        // Broken or idle connection: nothing left to say, just drop it.
        Err(e) => Err(e),
    }
}

/// `reset=1`: abort with RST (SO_LINGER 0) as soon as the client has sent something.
async fn reset_on_first_bytes<S: StreamSocket>(
    mut stream: S,
    idle: Option<Duration>,
) -> io::Result<()> {
    let got_bytes = match idle {
        Some(limit) => timeout(limit, stream.wait_for_bytes())
            .await
            .map_err(|_| idle_error())??,
        None => stream.wait_for_bytes().await?,
    };
    if !got_bytes {
        // The client closed without sending anything: there is nothing to answer.
        return Ok(());
    }
    stream.socket().set_linger(Some(Duration::ZERO))?;
    debug!("resetting as asked (reset=1)");
    drop(stream);
    Ok(())
}

/// Waits until a plain socket's client sent at least one byte (`true`) or closed (`false`).
/// The bytes are only peeked, never read: besides SO_LINGER 0, which makes TCP send RST,
/// unread input is what makes Linux report ECONNRESET to the peer of a unix socket.
async fn peek_for_bytes<S: Peek>(stream: &S) -> io::Result<bool> {
    let mut probe = [MaybeUninit::uninit()];
    loop {
        stream.readable().await?;
        match stream.try_peek(&mut probe) {
            Ok(n) => return Ok(n > 0),
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
            Err(e) => return Err(e),
        }
    }
}

/// `silent=1`: read everything, answer nothing.
async fn discard<S: StreamSocket>(conn: &mut Conn<S>) -> io::Result<()> {
    let mut buf = vec![0u8; FRAMED_READ_BUF];
    while conn.read(&mut buf).await? > 0 {}
    Ok(())
}

/// Default mode: echo each read as it arrives.
async fn echo_raw<S: StreamSocket>(conn: &mut Conn<S>, behaviour: &Behaviour) -> io::Result<()> {
    let mut buf = vec![0u8; MIN_READ_BUF];
    loop {
        let n = conn.read(&mut buf).await?;
        if n == 0 {
            return Ok(());
        }
        reply(conn, &buf[..n], behaviour).await?;
        if n == buf.len() && buf.len() < MAX_READ_BUF {
            // A full read means more was waiting: this client sends in bulk.
            buf.resize(buf.len() * 2, 0);
        }
    }
}

/// `mode=line`: echo each complete line in one write; a partial line at EOF is echoed too.
async fn echo_lines<S: StreamSocket>(conn: &mut Conn<S>, behaviour: &Behaviour) -> io::Result<()> {
    let mut reader = BufReader::with_capacity(FRAMED_READ_BUF, conn);
    let mut line = Vec::new();
    // Reading one byte past the limit tells an over-long line from one that just fits.
    let limit = behaviour.max_frame.saturating_add(1);
    loop {
        line.clear();
        let n = (&mut reader)
            .take(limit)
            .read_until(b'\n', &mut line)
            .await?;
        if n == 0 {
            return Ok(());
        }
        let complete = line.last() == Some(&b'\n');
        if !complete && n as u64 > behaviour.max_frame {
            return Err(too_big("line", behaviour.max_frame));
        }
        reply(&mut reader, &line, behaviour).await?;
        if !complete {
            // read_until stopped short of a newline and of the limit: that was EOF.
            return Ok(());
        }
    }
}

/// `mode=frame`: echo each length-prefixed frame, header included, in one write.
///
/// The buffer grows as the frame's bytes arrive, [`FRAME_CHUNK`] at a time, never to the
/// size the header merely claims: a header alone costs nothing, and a frame costs what has
/// arrived of it. Each growth is charged to `frames` (the per-connection and shared caps); a
/// refusal is logged and closes the connection.
async fn echo_frames<S: StreamSocket>(
    conn: &mut Conn<S>,
    format: FrameFormat,
    behaviour: &Behaviour,
    mut frames: Share,
) -> io::Result<()> {
    let mut reader = BufReader::with_capacity(FRAMED_READ_BUF, conn);
    let header_len = format.header.size();
    let mut header = [0u8; 8];
    let header = &mut header[..header_len];
    let mut frame = Vec::new();
    loop {
        // A big frame's buffer is not kept for the next one.
        frame.clear();
        frame.shrink_to(FRAME_CHUNK);
        // Shrinking only gives memory back, which is never refused.
        let _ = frames.resize(frame.capacity());
        // EOF is clean only between frames, so the first read is told apart from the rest.
        let first = reader.read(header).await?;
        if first == 0 {
            return Ok(());
        }
        reader.read_exact(&mut header[first..]).await?;
        let declared = format.header.decode(header);
        let payload = if format.includes_header {
            declared.checked_sub(header_len as u64).ok_or_else(|| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("frame length {declared} is shorter than its {header_len}-byte header (includes_header=1)"),
                )
            })?
        } else {
            declared
        };
        if payload > behaviour.max_frame {
            return Err(too_big("frame", behaviour.max_frame));
        }
        let total = usize::try_from(payload)
            .ok()
            .and_then(|p| p.checked_add(header_len))
            .ok_or_else(|| too_big("frame", behaviour.max_frame))?;
        grow(&mut frame, header_len, total, &mut frames)?;
        frame.extend_from_slice(header);
        while frame.len() < total {
            let start = frame.len();
            let end = start + (total - start).min(FRAME_CHUNK);
            grow(&mut frame, end, total, &mut frames)?;
            frame.resize(end, 0);
            reader.read_exact(&mut frame[start..]).await?;
        }
        reply(&mut reader, &frame, behaviour).await?;
    }
}

/// Makes room in `frame` for `needed` bytes of a `total`-byte frame, doubling the capacity (up
/// to `total`) as `Vec` would, once `frames` has granted it; a refusal is logged.
fn grow(frame: &mut Vec<u8>, needed: usize, total: usize, frames: &mut Share) -> io::Result<()> {
    if needed <= frame.capacity() {
        return Ok(());
    }
    let capacity = needed.max(frame.capacity().saturating_mul(2)).min(total);
    if let Err(refused) = frames.resize(capacity) {
        warn!("{refused}; closing the connection");
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            refused.to_string(),
        ));
    }
    frame.reserve_exact(capacity - frame.len());
    Ok(())
}

fn too_big(what: &str, max: u64) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("{what} longer than max_frame ({max} bytes)"),
    )
}

fn idle_error() -> io::Error {
    io::Error::new(io::ErrorKind::TimedOut, "idle timeout")
}

/// Sends one reply, shaped by `delay_ms` and `chunk`.
async fn reply<W: AsyncWrite + Unpin>(
    out: &mut W,
    data: &[u8],
    behaviour: &Behaviour,
) -> io::Result<()> {
    if let Some(delay) = behaviour.delay {
        sleep(delay).await;
    }
    // Flushing costs nothing on a plain socket; over TLS it pushes out records that rustls
    // still holds when the socket's send buffer was full.
    let Some(chunk) = behaviour.chunk else {
        out.write_all(data).await?;
        return out.flush().await;
    };
    for (i, piece) in data.chunks(chunk.size).enumerate() {
        if i > 0 {
            sleep(chunk.pause).await;
        }
        out.write_all(piece).await?;
        out.flush().await?;
    }
    Ok(())
}

/// Sends FIN (over TLS: close_notify, then FIN) after everything written, then waits (bounded)
/// for the client's FIN.
async fn close<S: AsyncRead + AsyncWrite + Unpin>(mut stream: S) {
    if stream.shutdown().await.is_err() {
        return;
    }
    let mut sink = [0u8; 1024];
    let drain = async { while matches!(stream.read(&mut sink).await, Ok(n) if n > 0) {} };
    let _ = timeout(LINGER, drain).await;
}

/// What the connection code needs from a stream beyond reading and writing.
pub(crate) trait StreamSocket: AsyncRead + AsyncWrite + Unpin + Send + 'static {
    /// Waits until the client sent at least one byte (`true`) or closed (`false`).
    fn wait_for_bytes(&mut self) -> impl Future<Output = io::Result<bool>> + Send;
    /// The socket below, for socket options.
    fn socket(&self) -> SockRef<'_>;
}

impl StreamSocket for TcpStream {
    fn wait_for_bytes(&mut self) -> impl Future<Output = io::Result<bool>> + Send {
        peek_for_bytes(self)
    }

    fn socket(&self) -> SockRef<'_> {
        SockRef::from(self)
    }
}

impl StreamSocket for UnixStream {
    fn wait_for_bytes(&mut self) -> impl Future<Output = io::Result<bool>> + Send {
        peek_for_bytes(self)
    }

    fn socket(&self) -> SockRef<'_> {
        SockRef::from(self)
    }
}

impl StreamSocket for TlsStream<TcpStream> {
    /// Peeking the TCP socket would see TLS records, not bytes the client sent, and the
    /// handshake may already have read them; so this reads one decrypted byte. SO_LINGER 0
    /// makes TCP send RST whether or not input is left unread.
    async fn wait_for_bytes(&mut self) -> io::Result<bool> {
        let mut byte = [0u8; 1];
        Ok(self.read(&mut byte).await? > 0)
    }

    fn socket(&self) -> SockRef<'_> {
        SockRef::from(self.get_ref().0)
    }
}

/// Readiness and peeking, which tokio offers on plain sockets only.
trait Peek: Sync {
    /// Waits until a read would not block.
    fn readable(&self) -> impl Future<Output = io::Result<()>> + Send;
    /// Peeks without blocking; `WouldBlock` also clears tokio's readiness flag.
    fn try_peek(&self, buf: &mut [MaybeUninit<u8>]) -> io::Result<usize>;
}

impl Peek for TcpStream {
    fn readable(&self) -> impl Future<Output = io::Result<()>> + Send {
        TcpStream::readable(self)
    }

    fn try_peek(&self, buf: &mut [MaybeUninit<u8>]) -> io::Result<usize> {
        self.try_io(tokio::io::Interest::READABLE, || {
            SockRef::from(self).peek(buf)
        })
    }
}

impl Peek for UnixStream {
    fn readable(&self) -> impl Future<Output = io::Result<()>> + Send {
        UnixStream::readable(self)
    }

    fn try_peek(&self, buf: &mut [MaybeUninit<u8>]) -> io::Result<usize> {
        self.try_io(tokio::io::Interest::READABLE, || {
            SockRef::from(self).peek(buf)
        })
    }
}

/// A connection as the echo loops see it: reads end (as EOF) after `close_after` bytes, and a
/// read or write that makes no progress for the idle timeout fails with `TimedOut`.
///
/// Doing both here, below the buffering, means every mode gets them for free and the idle
/// clock measures the client's silence, not the time the server spends replying.
struct Conn<S> {
    io: Take<S>,
    read_idle: Option<IdleTimer>,
    write_idle: Option<IdleTimer>,
}

impl<S: StreamSocket> Conn<S> {
    fn new(stream: S, close_after: Option<u64>, idle: Option<Duration>) -> Self {
        Conn {
            io: stream.take(close_after.unwrap_or(u64::MAX)),
            read_idle: idle.map(IdleTimer::new),
            write_idle: idle.map(IdleTimer::new),
        }
    }

    fn into_inner(self) -> S {
        self.io.into_inner()
    }
}

/// Fires when one read (or write) has been pending for the idle timeout. It is armed when the
/// operation first has to wait and disarmed when it makes progress.
struct IdleTimer {
    limit: Duration,
    sleep: Pin<Box<Sleep>>,
    armed: bool,
}

impl IdleTimer {
    fn new(limit: Duration) -> Self {
        IdleTimer {
            limit,
            sleep: Box::pin(sleep(limit)),
            armed: false,
        }
    }

    /// Call when the operation returned `Pending`; `true` means it waited too long.
    fn poll_expired(&mut self, cx: &mut Context<'_>) -> bool {
        if !self.armed {
            self.sleep.as_mut().reset(Instant::now() + self.limit);
            self.armed = true;
        }
        self.sleep.as_mut().poll(cx).is_ready()
    }

    fn disarm(&mut self) {
        self.armed = false;
    }
}

/// Turns a pending operation into `TimedOut` once its timer expires.
fn watch_idle<T>(
    poll: Poll<io::Result<T>>,
    timer: &mut Option<IdleTimer>,
    cx: &mut Context<'_>,
) -> Poll<io::Result<T>> {
    let Some(timer) = timer else { return poll };
    match poll {
        Poll::Ready(result) => {
            timer.disarm();
            Poll::Ready(result)
        }
        Poll::Pending if timer.poll_expired(cx) => Poll::Ready(Err(idle_error())),
        Poll::Pending => Poll::Pending,
    }
}

impl<S: StreamSocket> AsyncRead for Conn<S> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let poll = Pin::new(&mut this.io).poll_read(cx, buf);
        watch_idle(poll, &mut this.read_idle, cx)
    }
}

impl<S: StreamSocket> AsyncWrite for Conn<S> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let poll = Pin::new(this.io.get_mut()).poll_write(cx, buf);
        watch_idle(poll, &mut this.write_idle, cx)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        let poll = Pin::new(this.io.get_mut()).poll_flush(cx);
        watch_idle(poll, &mut this.write_idle, cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(self.get_mut().io.get_mut()).poll_shutdown(cx)
    }
}
