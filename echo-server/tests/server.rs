//! Server-wide options and load: --max-connections, --idle-timeout-ms, graceful shutdown,
//! and thousands of concurrent connections.

mod common;

use std::time::{Duration, Instant};

use common::*;
use rsockets_echo::{raise_nofile_limit, Options};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::{sleep, timeout};

#[tokio::test]
async fn max_connections_parks_extra_clients_in_the_backlog() {
    let options = Options {
        max_connections: Some(1),
        ..Options::default()
    };
    let server = TestServer::start_with(&["tcp://127.0.0.1:0"], options);
    let mut first = TcpStream::connect(server.addr(0)).await.unwrap();
    first.write_all(b"1").await.unwrap();
    assert_eq!(read_n(&mut first, 1).await, b"1");

    // The kernel completes the handshake, but the server does not accept it yet.
    let mut second = TcpStream::connect(server.addr(0)).await.unwrap();
    second.write_all(b"2").await.unwrap();
    assert_quiet(&mut second).await;

    // Once the first client leaves, its permit goes to the second.
    drop(first);
    assert_eq!(read_n(&mut second, 1).await, b"2");
    server.stop().await;
}

#[tokio::test]
async fn idle_timeout_closes_silent_clients_only() {
    let options = Options {
        idle_timeout: Some(Duration::from_millis(1500)),
        ..Options::default()
    };
    let server = TestServer::start_with(&["tcp://127.0.0.1:0"], options);

    let start = Instant::now();
    let mut idle = TcpStream::connect(server.addr(0)).await.unwrap();

    // A client that keeps talking outlives the timeout.
    let mut busy = TcpStream::connect(server.addr(0)).await.unwrap();
    while start.elapsed() < Duration::from_millis(3000) {
        busy.write_all(b"p").await.unwrap();
        assert_eq!(read_n(&mut busy, 1).await, b"p");
        sleep(Duration::from_millis(200)).await;
    }

    assert_closed(&mut idle).await;
    assert!(start.elapsed() >= Duration::from_millis(1500));
    busy.write_all(b"q").await.unwrap();
    assert_eq!(read_n(&mut busy, 1).await, b"q");
    server.stop().await;
}

#[tokio::test]
async fn idle_timeout_applies_to_reset_and_silent_endpoints() {
    let options = Options {
        idle_timeout: Some(Duration::from_millis(200)),
        ..Options::default()
    };
    let server = TestServer::start_with(
        &["tcp://127.0.0.1:0?reset=1", "tcp://127.0.0.1:0?silent=1"],
        options,
    );
    for i in 0..2 {
        let start = Instant::now();
        let mut s = TcpStream::connect(server.addr(i)).await.unwrap();
        assert_closed(&mut s).await;
        assert!(start.elapsed() >= Duration::from_millis(200));
    }
    server.stop().await;
}

#[tokio::test]
async fn shutdown_stops_accepting_and_lets_open_connections_finish() {
    let options = Options {
        grace: Duration::from_secs(30),
        ..Options::default()
    };
    let mut server = TestServer::start_with(&["tcp://127.0.0.1:0"], options);
    let addr = server.addr(0);
    let mut open = TcpStream::connect(addr).await.unwrap();
    open.write_all(b"a").await.unwrap();
    assert_eq!(read_n(&mut open, 1).await, b"a");

    server.request_stop();
    // The listener goes away: new clients are refused...
    let deadline = Instant::now() + WAIT;
    while TcpStream::connect(addr).await.is_ok() {
        assert!(Instant::now() < deadline, "still accepting after shutdown");
        sleep(Duration::from_millis(20)).await;
    }
    // ...while the open connection is still served.
    open.write_all(b"b").await.unwrap();
    assert_eq!(read_n(&mut open, 1).await, b"b");

    // serve() returns as soon as the last connection is done, long before the grace period.
    let start = Instant::now();
    open.shutdown().await.unwrap();
    assert_eq!(read_to_eof(&mut open).await, b"");
    server.join().await;
    assert!(start.elapsed() < Duration::from_secs(25));
}

#[tokio::test]
async fn shutdown_drops_connections_after_grace() {
    let options = Options {
        grace: Duration::from_millis(300),
        ..Options::default()
    };
    let mut server = TestServer::start_with(&["tcp://127.0.0.1:0?silent=1"], options);
    let mut open = TcpStream::connect(server.addr(0)).await.unwrap();
    open.write_all(b"x").await.unwrap();
    sleep(Duration::from_millis(50)).await;
    let start = Instant::now();
    server.request_stop();
    server.join().await;
    assert!(start.elapsed() >= Duration::from_millis(300));
    assert_closed(&mut open).await;
}

/// Holds 2,000 connections at once (the benchmark measures 10,000), checks that every one is
/// served while all are open, and that a newcomer is not slowed down by them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn holds_thousands_of_concurrent_connections() {
    const N: usize = 2000;
    // Client and server ends share this process: 2 descriptors per connection.
    let (_, limit) = raise_nofile_limit().unwrap();
    assert!(
        limit >= 2 * N as u64 + 100,
        "open files limit {limit} too low for this test"
    );

    let server = TestServer::start(&["tcp://127.0.0.1:0"]);
    let addr = server.addr(0);
    let mut conns = Vec::with_capacity(N);
    for _ in 0..N {
        let s = timeout(WAIT, TcpStream::connect(addr))
            .await
            .unwrap()
            .unwrap();
        conns.push(s);
    }
    // Every connection echoes its own tag while all of them are open.
    for (i, s) in conns.iter_mut().enumerate() {
        s.write_all(&(i as u32).to_be_bytes()).await.unwrap();
    }
    for (i, s) in conns.iter_mut().enumerate() {
        let mut tag = [0u8; 4];
        timeout(WAIT, s.read_exact(&mut tag))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(u32::from_be_bytes(tag), i as u32);
    }
    let mut late = TcpStream::connect(addr).await.unwrap();
    late.write_all(b"late").await.unwrap();
    assert_eq!(read_n(&mut late, 4).await, b"late");
    drop(conns);
    server.stop().await;
}
