//! Command line of rsockets-echo. The server itself lives in the library.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use tokio::signal::unix::{signal, SignalKind};
use tracing::{debug, info, warn};
use tracing_subscriber::filter::{EnvFilter, LevelFilter};

use rsockets_echo::{bind_all, pki, raise_nofile_limit, serve, Endpoint, Options};

const BEHAVIOURS: &str = "\
URLS:
  tcp://127.0.0.1:0   tcp://[::1]:0   udp://127.0.0.1:0   unix:///path   udg:///path
  tls://127.0.0.1:0?cert=PATH&key=PATH   (TLS over TCP; every stream behaviour applies)
  Port 0 picks a free port. Once every endpoint is bound, one line per endpoint is printed on
  stdout, in the order given: `listening URL`, with the real port and the query kept. A stale
  unix socket file is removed before binding; socket files are removed on exit.
  Datagram endpoints echo each datagram to its sender (a udg client must bind a path).

BEHAVIOURS (URL query, combine with &):
  delay_ms=N            wait N ms before each reply (stream: each read chunk; datagram: each reply)
  chunk=N               reply in pieces of at most N bytes...
  chunk_delay_ms=M      ...with M ms between pieces (default 10)
  close_after=N         stream: serve the first N bytes received, then close (FIN)
  silent=1              read and discard, never reply; the connection stays open
  reset=1               stream: on the first bytes received, close with RST, no reply
  mode=raw              echo bytes as they arrive (default)
  mode=line             echo whole lines, `\\n` included, one write per line;
                        a partial line at EOF is echoed too
  mode=frame            echo whole length-prefixed frames (header + payload) in one write
  header=C|n|v|N|V|J|P  frame length prefix as a PHP pack() code (default N, u32 big endian)
  includes_header=1     the frame length counts the header too
  max_frame=N           largest frame payload (or line) in bytes before the connection is
                        closed (default 16777216)
  Datagram endpoints take delay_ms, chunk (a reply becomes several datagrams) and silent.

TLS (tls:// query keys, combine with the behaviours):
  cert=PATH, key=PATH   certificate chain and key (PEM); default --cert/--key
  client_ca=PATH        require a client certificate signed by a CA in PATH (PEM)
  alpn=p1,p2            protocols the server accepts; a client offering none of them fails
  max_version=1.2       TLS 1.2 only (default: 1.3 and 1.2)
  A failed or stalled (--idle-timeout-ms) handshake is logged and closes that connection only;
  a clean close sends close_notify.
  Unknown keys and combinations that mean nothing (e.g. reset=1&delay_ms=5) are rejected
  at startup with exit code 2.

EXIT STATUS:
  0 after SIGINT/SIGTERM (or after --gen-test-pki), 1 if an endpoint cannot be bound (or a
  certificate cannot be read), 2 on a usage error.

EXAMPLE:
  rsockets-echo --listen 'tcp://127.0.0.1:0?mode=line&delay_ms=100' --listen udp://127.0.0.1:0
";

/// Echo server for rsockets' tests and benchmarks, with per-endpoint test behaviours.
#[derive(Debug, Parser)]
#[command(name = "rsockets-echo", version, after_help = BEHAVIOURS)]
struct Cli {
    /// Endpoint to serve, as SCHEME://ADDRESS[?BEHAVIOURS]; repeat for several
    #[arg(
        long = "listen",
        value_name = "URL",
        required_unless_present = "gen_test_pki"
    )]
    listen: Vec<Endpoint>,

    /// Certificate chain (PEM) of tls:// endpoints whose query has no cert=
    #[arg(long, value_name = "PATH")]
    cert: Option<PathBuf>,

    /// Private key (PEM) of tls:// endpoints whose query has no key=
    #[arg(long, value_name = "PATH")]
    key: Option<PathBuf>,

    /// Write the test PKI (CA, server, client, wrong-name, expired, self-signed certificates
    /// and keys) into DIR, creating it, and exit without listening
    #[arg(long, value_name = "DIR", conflicts_with = "listen")]
    gen_test_pki: Option<PathBuf>,

    /// Most stream connections served at once; further clients wait in the kernel backlog
    /// until one closes [default: unlimited]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    max_connections: Option<u64>,

    /// Close a connection that has sent nothing (or accepted nothing we wrote) for this long;
    /// 0 = never
    #[arg(long, value_name = "MS", default_value_t = 0)]
    idle_timeout_ms: u64,

    /// On SIGINT/SIGTERM, how long open connections may go on before they are dropped
    #[arg(long, value_name = "MS", default_value_t = 2000)]
    grace_ms: u64,

    /// Most bytes one mode=frame connection may buffer for a frame still arriving (the buffer
    /// grows as bytes arrive); a frame that needs more closes the connection, with a log line
    #[arg(long, value_name = "BYTES", default_value_t = Options::default().max_frame_buffer)]
    max_frame_buffer: usize,

    /// Most bytes all mode=frame connections together may buffer for frames still arriving; a
    /// connection whose frame would go over it is closed, with a log line
    #[arg(long, value_name = "BYTES", default_value_t = Options::default().max_frame_memory)]
    max_frame_memory: usize,

    /// Log filter for stderr, e.g. `info` or `rsockets_echo=debug`; overrides RUST_LOG
    /// [default: RUST_LOG, else warn]
    #[arg(long, value_name = "FILTER", value_parser = parse_filter)]
    log_level: Option<String>,
}

fn parse_filter(s: &str) -> Result<String, String> {
    EnvFilter::try_new(s)
        .map(|_| s.to_string())
        .map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let cli = Cli::parse();

    // Logs go to stderr: stdout carries only the `listening` lines that tests parse.
    let filter = match &cli.log_level {
        // Validated by clap already.
        Some(directives) => EnvFilter::new(directives),
        None => EnvFilter::builder()
            .with_default_directive(LevelFilter::WARN.into())
            .from_env_lossy(),
    };
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        // Colour codes would only clutter logs that tests and CI capture.
        .with_ansi(std::io::stderr().is_terminal())
        .init();

    if let Some(dir) = &cli.gen_test_pki {
        return match pki::generate(dir) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("rsockets-echo: {e}");
                ExitCode::FAILURE
            }
        };
    }

    match raise_nofile_limit() {
        Ok((old, new)) => debug!("open files limit: {old} -> {new}"),
        Err(e) => warn!("cannot raise the open files limit: {e}"),
    }

    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("rsockets-echo: cannot start the tokio runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(run(cli))
}

async fn run(mut cli: Cli) -> ExitCode {
    // Signal handlers go in before the `listening` lines: a test may send SIGTERM as soon as
    // it has read them, and the default action would kill us without cleaning up.
    let (mut interrupt, mut terminate) = match (
        signal(SignalKind::interrupt()),
        signal(SignalKind::terminate()),
    ) {
        (Ok(i), Ok(t)) => (i, t),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("rsockets-echo: cannot install signal handlers: {e}");
            return ExitCode::FAILURE;
        }
    };

    for endpoint in &mut cli.listen {
        if let Some(tls) = &mut endpoint.tls {
            tls.fill_identity(cli.cert.as_deref(), cli.key.as_deref());
        }
    }
    let bound = match bind_all(&cli.listen) {
        Ok(bound) => bound,
        Err(e) => {
            eprintln!("rsockets-echo: {e}");
            return ExitCode::FAILURE;
        }
    };

    let mut stdout = std::io::stdout().lock();
    let printed = bound
        .iter()
        .try_for_each(|b| writeln!(stdout, "listening {}", b.url()))
        .and_then(|()| stdout.flush());
    if let Err(e) = printed {
        eprintln!("rsockets-echo: cannot write to stdout: {e}");
        return ExitCode::FAILURE;
    }
    drop(stdout);

    let options = Options {
        max_connections: cli
            .max_connections
            .map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
        idle_timeout: (cli.idle_timeout_ms > 0).then(|| Duration::from_millis(cli.idle_timeout_ms)),
        grace: Duration::from_millis(cli.grace_ms),
        max_frame_buffer: cli.max_frame_buffer,
        max_frame_memory: cli.max_frame_memory,
    };
    let shutdown = async move {
        tokio::select! {
            _ = interrupt.recv() => info!("SIGINT received"),
            _ = terminate.recv() => info!("SIGTERM received"),
        }
    };
    serve(bound, options, shutdown).await;
    ExitCode::SUCCESS
}
