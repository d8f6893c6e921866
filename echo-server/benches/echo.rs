//! Benchmark: rsockets-echo against a plain std thread-per-connection echo server.
//!
//! Both servers run as child processes on loopback and face the same blocking client, so the
//! ratio tokio/std shows what the async server costs or gains per round trip and per byte.
//! Then it opens many concurrent connections to rsockets-echo and reports how many it held.
//!
//! Run: `cargo bench -p rsockets-echo --bench echo [-- --connections 10000 ...]`.
//! It prints figures and never asserts: machine load moves the numbers, not the verdict.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, ExitCode, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use clap::Parser;

/// Path of the server binary, built by cargo alongside this benchmark.
const SERVER_BIN: &str = env!("CARGO_BIN_EXE_rsockets-echo");

/// The largest read buffer rsockets-echo grows to, so both servers move data in the same slices.
const STD_SERVER_BUF: usize = 64 * 1024;

#[derive(Debug, Parser)]
#[command(about = "Compare rsockets-echo with a std thread-per-connection echo server")]
struct Args {
    /// 64-byte ping-pong round trips per measurement
    #[arg(long, default_value_t = 50_000)]
    round_trips: u64,

    /// MiB sent (and echoed back) per bulk measurement
    #[arg(long, default_value_t = 512)]
    bulk_mib: u64,

    /// Bulk write size in KiB
    #[arg(long, default_value_t = 64)]
    chunk_kib: usize,

    /// Measurements per server; the best one counts, since noise only ever slows things down
    #[arg(long, default_value_t = 3)]
    repeat: u32,

    /// Concurrent connections to open to rsockets-echo; 0 skips this part
    #[arg(long, default_value_t = 10_000)]
    connections: usize,

    /// Internal: run the std echo server and print its `listening` line
    #[arg(long, hide = true)]
    serve_std: bool,

    /// Passed by `cargo bench`; ignored
    #[arg(long, hide = true)]
    bench: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    if args.serve_std {
        return match std_server() {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("std echo server: {e}");
                ExitCode::FAILURE
            }
        };
    }
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("benchmark failed: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> io::Result<()> {
    // The client side of the concurrency test needs one descriptor per connection too.
    let (_, nofile) = rsockets_echo::raise_nofile_limit()?;

    let mut tokio_cmd = Command::new(SERVER_BIN);
    tokio_cmd.args(["--listen", "tcp://127.0.0.1:0"]);
    let tokio_server = Server::start("rsockets-echo (tokio)", tokio_cmd)?;
    let mut std_cmd = Command::new(std::env::current_exe()?);
    std_cmd.arg("--serve-std");
    let std_server = Server::start("std thread-per-connection", std_cmd)?;

    println!(
        "echo benchmark on loopback, best of {}: {} round trips of 64 B; {} MiB in {} KiB writes",
        args.repeat, args.round_trips, args.bulk_mib, args.chunk_kib
    );
    let (mut rtt_tokio, mut rtt_std, mut bulk_tokio, mut bulk_std) = (0f64, 0f64, 0f64, 0f64);
    // Alternate servers so a burst of load from elsewhere hits both alike.
    for _ in 0..args.repeat.max(1) {
        rtt_tokio = rtt_tokio.max(round_trips(tokio_server.addr, args.round_trips)?);
        rtt_std = rtt_std.max(round_trips(std_server.addr, args.round_trips)?);
        bulk_tokio = bulk_tokio.max(bulk(tokio_server.addr, args.bulk_mib, args.chunk_kib)?);
        bulk_std = bulk_std.max(bulk(std_server.addr, args.bulk_mib, args.chunk_kib)?);
    }
    println!();
    println!(
        "{:<24} {:>22} {:>22} {:>10}",
        "", tokio_server.name, std_server.name, "tokio/std"
    );
    println!(
        "{:<24} {:>20.0}/s {:>20.0}/s {:>10.2}",
        "round trips (64 B)",
        rtt_tokio,
        rtt_std,
        rtt_tokio / rtt_std
    );
    println!(
        "{:<24} {:>16.0} MiB/s {:>16.0} MiB/s {:>10.2}",
        "bulk throughput",
        bulk_tokio,
        bulk_std,
        bulk_tokio / bulk_std
    );
    drop(std_server);

    if args.connections > 0 {
        println!();
        hold_connections(&tokio_server, args.connections, nofile);
    }
    Ok(())
}

/// A server child process, ended when dropped.
struct Server {
    name: &'static str,
    child: Child,
    addr: SocketAddr,
}

impl Server {
    fn start(name: &'static str, mut cmd: Command) -> io::Result<Server> {
        let mut child = cmd.stdin(Stdio::null()).stdout(Stdio::piped()).spawn()?;
        let stdout = child
            .stdout
            .take()
            .ok_or_else(|| io::Error::other("no stdout"))?;
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line)?;
        let addr = line
            .trim_end()
            .strip_prefix("listening tcp://")
            .and_then(|a| a.parse().ok())
            .ok_or_else(|| io::Error::other(format!("{name}: unexpected output {line:?}")))?;
        Ok(Server { name, child, addr })
    }

    /// Resident memory of the server process, from /proc.
    fn rss_mib(&self) -> Option<f64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        let kib: f64 = status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))?
            .trim()
            .trim_end_matches("kB")
            .trim()
            .parse()
            .ok()?;
        Some(kib / 1024.0)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn connect(addr: SocketAddr) -> io::Result<TcpStream> {
    let s = TcpStream::connect(addr)?;
    s.set_nodelay(true)?;
    s.set_read_timeout(Some(Duration::from_secs(30)))?;
    Ok(s)
}

/// 64-byte ping-pong on one connection; returns round trips per second.
fn round_trips(addr: SocketAddr, count: u64) -> io::Result<f64> {
    let mut s = connect(addr)?;
    let ping = [0x5au8; 64];
    let mut pong = [0u8; 64];
    for _ in 0..count / 10 {
        s.write_all(&ping)?;
        s.read_exact(&mut pong)?;
    }
    let start = Instant::now();
    for _ in 0..count {
        s.write_all(&ping)?;
        s.read_exact(&mut pong)?;
    }
    Ok(count as f64 / start.elapsed().as_secs_f64())
}

/// Streams `mib` MiB through the server, writer and reader on separate threads; returns MiB/s.
fn bulk(addr: SocketAddr, mib: u64, chunk_kib: usize) -> io::Result<f64> {
    let s = connect(addr)?;
    let mut writer = s.try_clone()?;
    let mut reader = s;
    let total = mib * 1024 * 1024;
    let chunk = vec![0xa5u8; chunk_kib.max(1) * 1024];
    let start = Instant::now();
    let sender = thread::spawn(move || -> io::Result<()> {
        let mut sent = 0u64;
        while sent < total {
            let n = chunk.len().min((total - sent) as usize);
            writer.write_all(&chunk[..n])?;
            sent += n as u64;
        }
        writer.shutdown(Shutdown::Write)
    });
    let mut buf = vec![0u8; 256 * 1024];
    let mut received = 0u64;
    while received < total {
        match reader.read(&mut buf)? {
            0 => break,
            n => received += n as u64,
        }
    }
    let elapsed = start.elapsed().as_secs_f64();
    sender
        .join()
        .map_err(|_| io::Error::other("writer thread panicked"))??;
    if received != total {
        return Err(io::Error::other(format!(
            "echoed {received} of {total} bytes"
        )));
    }
    Ok(mib as f64 / elapsed)
}

/// Opens `n` connections, checks each echoes, then checks again once all are open.
fn hold_connections(server: &Server, n: usize, nofile: u64) {
    println!("concurrent connections to {}: opening {n}", server.name);
    if (n as u64) + 64 > nofile {
        println!("  note: this process may open only {nofile} files; expect to fall short");
    }
    let start = Instant::now();
    let mut conns = Vec::with_capacity(n);
    let mut failure = None;
    for i in 0..n {
        let attempt = connect(server.addr).and_then(|mut s| {
            s.write_all(&(i as u32).to_be_bytes())?;
            let mut tag = [0u8; 4];
            s.read_exact(&mut tag)?;
            Ok(s)
        });
        match attempt {
            Ok(s) => conns.push(s),
            Err(e) => {
                failure = Some(format!("connection {i}: {e}"));
                break;
            }
        }
    }
    let opened = conns.len();
    let open_time = start.elapsed();
    // All open at once now: every one must still answer.
    let held = conns
        .iter()
        .filter(|s| {
            // `&TcpStream` reads and writes too, which keeps `conns` borrowed immutably.
            let mut s: &TcpStream = s;
            let mut pong = [0u8; 4];
            s.write_all(b"ping").is_ok() && s.read_exact(&mut pong).is_ok()
        })
        .count();
    let rss = server
        .rss_mib()
        .map_or("?".to_string(), |m| format!("{m:.0} MiB"));
    println!(
        "  opened {opened} in {:.2} s; held {held} of {n} concurrently (server RSS {rss})",
        open_time.as_secs_f64()
    );
    if let Some(failure) = failure {
        println!("  stopped early: {failure}");
    }
}

/// The reference: the simplest correct echo server in std, one thread per connection.
fn std_server() -> io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    println!("listening tcp://{}", listener.local_addr()?);
    io::stdout().flush()?;
    for stream in listener.incoming() {
        let Ok(mut stream) = stream else { continue };
        thread::spawn(move || {
            let _ = stream.set_nodelay(true);
            let mut buf = vec![0u8; STD_SERVER_BUF];
            loop {
                match stream.read(&mut buf) {
                    Ok(0) | Err(_) => return,
                    Ok(n) => {
                        if stream.write_all(&buf[..n]).is_err() {
                            return;
                        }
                    }
                }
            }
        });
    }
    Ok(())
}
