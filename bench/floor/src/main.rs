//! The syscall floor: each benchmark workload done with the bare syscalls the PHP functions end
//! in (`socket(2)`, `connect(2)`, `write(2)`, `recv(2)`, `send(2)`, `sendto(2)`, `recvfrom(2)`,
//! `getsockopt(2)`, `close(2)`), with no interpreter in between. No PHP extension can be faster;
//! `bench/run.sh` prints rsockets' time over this one.
//!
//! Usage: `rsockets-floor WORKLOAD ADDRESS COUNT`, where WORKLOAD is one of the names of
//! `bench/workloads/*.php` and ADDRESS is `127.0.0.1:PORT` (the echo server's TCP or UDP
//! endpoint, whichever the workload uses). Prints one JSON line as the PHP scripts do:
//! `{"seconds":S,"rss_kb":K}`, or `{"nofloor":"WORKLOAD"}` for a workload with no floor.

use std::io::{self, Write};
use std::net::{SocketAddr, SocketAddrV4};
use std::os::fd::RawFd;
use std::process::ExitCode;
use std::time::Instant;

/// Bytes per ping-pong message (as `workloads/pingpong.php`).
const PING: usize = 64;
/// Bytes per bulk chunk (as `workloads/bulk_*.php`).
const CHUNK: usize = 64 * 1024;
/// Bytes each way per connection of the connect workload.
const REQ: usize = 32;

type Result<T> = std::result::Result<T, String>;

fn errno_err(what: &str) -> String {
    format!("{what}: {}", io::Error::last_os_error())
}

/// `sockaddr_in` for an IPv4 address (the benchmark runs on 127.0.0.1).
fn sockaddr(addr: &str) -> Result<libc::sockaddr_in> {
    let sa: SocketAddr = addr
        .parse()
        .map_err(|e| format!("bad address {addr}: {e}"))?;
    let v4: SocketAddrV4 = match sa {
        SocketAddr::V4(v4) => v4,
        SocketAddr::V6(_) => return Err(format!("IPv4 only: {addr}")),
    };
    // SAFETY: all-zero is a valid sockaddr_in.
    let mut sin: libc::sockaddr_in = unsafe { std::mem::zeroed() };
    sin.sin_family = libc::AF_INET as libc::sa_family_t;
    sin.sin_port = v4.port().to_be();
    sin.sin_addr.s_addr = u32::from(*v4.ip()).to_be();
    Ok(sin)
}

const SIN_LEN: libc::socklen_t = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;

/// `socket(2)`.
fn socket(ty: i32) -> Result<RawFd> {
    // SAFETY: plain syscall.
    let fd = unsafe { libc::socket(libc::AF_INET, ty, 0) };
    if fd < 0 {
        return Err(errno_err("socket"));
    }
    Ok(fd)
}

/// `socket(2)` + `connect(2)`, as socket_create + socket_connect.
fn connect(sin: &libc::sockaddr_in) -> Result<RawFd> {
    let fd = socket(libc::SOCK_STREAM)?;
    // SAFETY: `sin` is a valid sockaddr_in of SIN_LEN bytes.
    if unsafe { libc::connect(fd, (sin as *const libc::sockaddr_in).cast(), SIN_LEN) } < 0 {
        let e = errno_err("connect");
        close(fd);
        return Err(e);
    }
    Ok(fd)
}

fn close(fd: RawFd) {
    // SAFETY: we own `fd`.
    unsafe { libc::close(fd) };
}

/// Sends all of `buf` with `write(2)` (`bulk` false) or `send(2)`.
fn write_all(fd: RawFd, buf: &[u8], use_send: bool) -> Result<()> {
    let mut off = 0;
    while off < buf.len() {
        let rest = &buf[off..];
        // SAFETY: `rest` is readable for its length.
        let n = unsafe {
            if use_send {
                libc::send(fd, rest.as_ptr().cast(), rest.len(), 0)
            } else {
                libc::write(fd, rest.as_ptr().cast(), rest.len())
            }
        };
        if n <= 0 {
            return Err(errno_err("write"));
        }
        off += n as usize;
    }
    Ok(())
}

/// Receives exactly `buf.len()` bytes with `recv(2)` (socket_read's binary mode and
/// socket_recv both end in `recv(2)`).
fn read_exact(fd: RawFd, buf: &mut [u8]) -> Result<()> {
    let mut off = 0;
    while off < buf.len() {
        let rest = &mut buf[off..];
        // SAFETY: `rest` is writable for its length.
        let n = unsafe { libc::recv(fd, rest.as_mut_ptr().cast(), rest.len(), 0) };
        if n < 0 {
            return Err(errno_err("recv"));
        }
        if n == 0 {
            return Err("recv: connection closed early".into());
        }
        off += n as usize;
    }
    Ok(())
}

fn pingpong(addr: &str, count: u64) -> Result<()> {
    let fd = connect(&sockaddr(addr)?)?;
    let out = [b'p'; PING];
    let mut inb = [0u8; PING];
    for _ in 0..count {
        write_all(fd, &out, false)?;
        read_exact(fd, &mut inb)?;
    }
    close(fd);
    Ok(())
}

fn bulk(addr: &str, count: u64, use_send: bool) -> Result<()> {
    let fd = connect(&sockaddr(addr)?)?;
    let out = vec![b'b'; CHUNK];
    let mut inb = vec![0u8; CHUNK];
    for _ in 0..count {
        write_all(fd, &out, use_send)?;
        read_exact(fd, &mut inb)?;
    }
    close(fd);
    Ok(())
}

fn connects(addr: &str, count: u64) -> Result<()> {
    let sin = sockaddr(addr)?;
    let out = [b'c'; REQ];
    let mut inb = [0u8; REQ];
    for _ in 0..count {
        let fd = connect(&sin)?;
        write_all(fd, &out, false)?;
        read_exact(fd, &mut inb)?;
        close(fd);
    }
    Ok(())
}

/// The exchange of `SocketClient::request()`: a 4-byte big-endian length and a 64-byte payload,
/// the reply read as header then payload.
fn framed(addr: &str, count: u64) -> Result<()> {
    let fd = connect(&sockaddr(addr)?)?;
    let mut out = Vec::with_capacity(4 + PING);
    out.extend_from_slice(&(PING as u32).to_be_bytes());
    out.extend_from_slice(&[b'q'; PING]);
    let mut head = [0u8; 4];
    let mut body = [0u8; PING];
    for _ in 0..count {
        write_all(fd, &out, false)?;
        read_exact(fd, &mut head)?;
        let len = u32::from_be_bytes(head) as usize;
        if len != PING {
            return Err(format!("unexpected frame length {len}"));
        }
        read_exact(fd, &mut body)?;
    }
    close(fd);
    Ok(())
}

fn get_option(count: u64) -> Result<()> {
    let fd = socket(libc::SOCK_STREAM)?;
    for _ in 0..count {
        let mut v: libc::c_int = 0;
        let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
        // SAFETY: `v` and `len` are valid for an int option.
        let r = unsafe {
            libc::getsockopt(
                fd,
                libc::SOL_SOCKET,
                libc::SO_TYPE,
                (&mut v as *mut libc::c_int).cast(),
                &mut len,
            )
        };
        if r < 0 {
            return Err(errno_err("getsockopt"));
        }
        std::hint::black_box(v);
    }
    close(fd);
    Ok(())
}

fn udp(addr: &str, count: u64) -> Result<()> {
    let sin = sockaddr(addr)?;
    let fd = socket(libc::SOCK_DGRAM)?;
    let out = [b'u'; PING];
    let mut inb = [0u8; PING];
    for _ in 0..count {
        // SAFETY: buffers and address valid for their lengths.
        let n = unsafe {
            libc::sendto(
                fd,
                out.as_ptr().cast(),
                out.len(),
                0,
                (&sin as *const libc::sockaddr_in).cast(),
                SIN_LEN,
            )
        };
        if n < 0 {
            return Err(errno_err("sendto"));
        }
        // SAFETY: all-zero is a valid sockaddr_in.
        let mut from: libc::sockaddr_in = unsafe { std::mem::zeroed() };
        let mut flen = SIN_LEN;
        // SAFETY: as above.
        let n = unsafe {
            libc::recvfrom(
                fd,
                inb.as_mut_ptr().cast(),
                inb.len(),
                0,
                (&mut from as *mut libc::sockaddr_in).cast(),
                &mut flen,
            )
        };
        if n < 0 {
            return Err(errno_err("recvfrom"));
        }
    }
    close(fd);
    Ok(())
}

fn create_close(count: u64) -> Result<()> {
    for _ in 0..count {
        close(socket(libc::SOCK_STREAM)?);
    }
    Ok(())
}

/// `VmHWM` (peak resident set) from /proc/self/status, in kB.
fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 4 {
        eprintln!("usage: rsockets-floor WORKLOAD ADDRESS COUNT");
        return ExitCode::from(2);
    }
    let (workload, addr) = (args[1].as_str(), args[2].as_str());
    let count: u64 = match args[3].parse() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("rsockets-floor: bad count {}: {e}", args[3]);
            return ExitCode::from(2);
        }
    };
    let start = Instant::now();
    let result = match workload {
        "pingpong" => pingpong(addr, count),
        "bulk_rw" => bulk(addr, count, false),
        "bulk_sendrecv" => bulk(addr, count, true),
        "connect" => connects(addr, count),
        "calls_get_option" => get_option(count),
        "client_request" => framed(addr, count),
        "udp" => udp(addr, count),
        "create_close" => create_close(count),
        // No syscall behind socket_last_error(): nothing to measure.
        other => {
            println!("{{\"nofloor\":\"{other}\"}}");
            return ExitCode::SUCCESS;
        }
    };
    let seconds = start.elapsed().as_secs_f64();
    match result {
        Ok(()) => {
            let mut out = io::stdout().lock();
            let _ = writeln!(
                out,
                "{{\"seconds\":{seconds:.6},\"rss_kb\":{}}}",
                peak_rss_kb()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            println!("{{\"error\":\"{}\"}}", e.replace('"', "'"));
            ExitCode::FAILURE
        }
    }
}
