//! One test per transport and per URL behaviour, against a server running in-process.

mod common;

use std::time::{Duration, Instant};

use common::*;
use rsockets_echo::Header;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpStream, UdpSocket, UnixDatagram, UnixStream};
use tokio::time::{sleep, timeout};

async fn tcp(server: &TestServer, i: usize) -> TcpStream {
    let stream = TcpStream::connect(server.addr(i)).await.expect("connect");
    stream.set_nodelay(true).expect("nodelay");
    stream
}

/// Sends `data`, half-closes, and returns everything echoed until EOF.
async fn round_trip_to_eof(mut stream: TcpStream, data: &[u8]) -> Vec<u8> {
    stream.write_all(data).await.expect("write");
    stream.shutdown().await.expect("shutdown");
    read_to_eof(&mut stream).await
}

#[tokio::test]
async fn tcp_v4_echo() {
    let server = TestServer::start(&["tcp://127.0.0.1:0"]);
    assert!(server.urls[0].starts_with("tcp://127.0.0.1:"));
    assert_ne!(server.addr(0).port(), 0);
    let mut s = tcp(&server, 0).await;
    for msg in [&b"hello"[..], b"second message", &[0u8, 255, 10, 13]] {
        s.write_all(msg).await.unwrap();
        assert_eq!(read_n(&mut s, msg.len()).await, msg);
    }
    // The server closes only after the client has.
    assert_eq!(round_trip_to_eof(s, b"bye").await, b"bye");
    server.stop().await;
}

#[tokio::test]
async fn tcp_v6_echo() {
    let server = TestServer::start(&["tcp://[::1]:0"]);
    assert!(server.urls[0].starts_with("tcp://[::1]:"));
    let s = tcp(&server, 0).await;
    assert_eq!(round_trip_to_eof(s, b"over v6").await, b"over v6");
    server.stop().await;
}

#[tokio::test]
async fn tcp_bulk_echo_keeps_bytes_in_order() {
    let server = TestServer::start(&["tcp://127.0.0.1:0"]);
    let s = tcp(&server, 0).await;
    let data: Vec<u8> = (0..4 * 1024 * 1024u32).map(|i| (i % 251) as u8).collect();
    let (mut r, mut w) = s.into_split();
    let expected = data.clone();
    let writer = tokio::spawn(async move {
        w.write_all(&data).await.unwrap();
        w.shutdown().await.unwrap();
    });
    assert!(read_to_eof(&mut r).await == expected);
    writer.await.unwrap();
    server.stop().await;
}

#[tokio::test]
async fn udp_echo_to_sender() {
    let server = TestServer::start(&["udp://127.0.0.1:0"]);
    let client = UdpSocket::bind("127.0.0.1:0").await.unwrap();
    for msg in [&b"ping"[..], b"", &[7u8; 60_000]] {
        client.send_to(msg, server.addr(0)).await.unwrap();
        let mut buf = vec![0u8; 65_536];
        let (n, from) = timeout(WAIT, client.recv_from(&mut buf))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(&buf[..n], msg);
        assert_eq!(from, server.addr(0));
    }
    server.stop().await;
}

#[tokio::test]
async fn unix_stream_echo_and_socket_file_removed() {
    let path = temp_path("unix.sock");
    let server = TestServer::start(&[&format!("unix://{}", path.display())]);
    assert_eq!(server.urls[0], format!("unix://{}", path.display()));
    let mut s = UnixStream::connect(&path).await.unwrap();
    s.write_all(b"over unix").await.unwrap();
    assert_eq!(read_n(&mut s, 9).await, b"over unix");
    drop(s);
    server.stop().await;
    assert!(!path.exists(), "socket file removed on shutdown");
}

#[tokio::test]
async fn stale_unix_socket_file_is_replaced() {
    let path = temp_path("stale.sock");
    // A listener dropped without unlinking leaves a socket file nobody answers on.
    drop(std::os::unix::net::UnixListener::bind(&path).unwrap());
    assert!(path.exists());
    let server = TestServer::start(&[&format!("unix://{}", path.display())]);
    let mut s = UnixStream::connect(&path).await.unwrap();
    s.write_all(b"x").await.unwrap();
    assert_eq!(read_n(&mut s, 1).await, b"x");
    server.stop().await;
}

#[tokio::test]
async fn refuses_to_replace_a_regular_file() {
    let path = temp_path("regular");
    std::fs::write(&path, b"keep me").unwrap();
    let endpoint: rsockets_echo::Endpoint = format!("unix://{}", path.display()).parse().unwrap();
    let err = endpoint
        .bind()
        .expect_err("a regular file is not a stale socket");
    assert!(err.to_string().contains("not a socket"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), b"keep me");
    std::fs::remove_file(&path).unwrap();
}

#[tokio::test]
async fn udg_echo_to_bound_client() {
    let path = temp_path("udg.sock");
    let client_path = temp_path("udg-client.sock");
    let server = TestServer::start(&[&format!("udg://{}", path.display())]);
    let client = UnixDatagram::bind(&client_path).unwrap();
    client.send_to(b"dgram", &path).await.unwrap();
    let mut buf = [0u8; 64];
    let (n, from) = timeout(WAIT, client.recv_from(&mut buf))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(&buf[..n], b"dgram");
    assert_eq!(from.as_pathname(), Some(path.as_path()));

    // An unbound client has no address to answer; the server skips it and keeps serving.
    let unbound = UnixDatagram::unbound().unwrap();
    unbound.send_to(b"lost", &path).await.unwrap();
    assert!(timeout(QUIET, unbound.recv(&mut buf)).await.is_err());
    client.send_to(b"still here", &path).await.unwrap();
    let n = timeout(WAIT, client.recv(&mut buf)).await.unwrap().unwrap();
    assert_eq!(&buf[..n], b"still here");

    server.stop().await;
    assert!(!path.exists(), "socket file removed on shutdown");
    std::fs::remove_file(&client_path).unwrap();
}

#[tokio::test]
async fn delay_stream() {
    let server = TestServer::start(&["tcp://127.0.0.1:0?delay_ms=200"]);
    assert!(server.urls[0].ends_with("?delay_ms=200"));
    let mut s = tcp(&server, 0).await;
    let start = Instant::now();
    s.write_all(b"slow").await.unwrap();
    assert_eq!(read_n(&mut s, 4).await, b"slow");
    assert!(start.elapsed() >= Duration::from_millis(200));
    server.stop().await;
}

#[tokio::test]
async fn delay_datagram_does_not_block_other_peers() {
    let server = TestServer::start(&["udp://127.0.0.1:0?delay_ms=300"]);
    let a = UdpSocket::bind("127.0.0.1:0").await.unwrap();
    let b = UdpSocket::bind("127.0.0.1:0").await.unwrap();
    let start = Instant::now();
    a.send_to(b"a", server.addr(0)).await.unwrap();
    b.send_to(b"b", server.addr(0)).await.unwrap();
    let mut buf = [0u8; 8];
    for client in [&a, &b] {
        let n = timeout(WAIT, client.recv(&mut buf)).await.unwrap().unwrap();
        assert_eq!(n, 1);
    }
    assert!(start.elapsed() >= Duration::from_millis(300));
    server.stop().await;
}

#[tokio::test]
async fn chunk_replies_in_pieces() {
    let server = TestServer::start(&["tcp://127.0.0.1:0?chunk=5&chunk_delay_ms=500"]);
    let mut s = tcp(&server, 0).await;
    let start = Instant::now();
    s.write_all(b"0123456789").await.unwrap();
    // The first piece arrives alone: the second one is 500 ms behind it.
    let mut first = [0u8; 10];
    let n = timeout(WAIT, s.read(&mut first)).await.unwrap().unwrap();
    assert!((1..=5).contains(&n), "first read got {n} bytes");
    let rest = read_n(&mut s, 10 - n).await;
    assert_eq!([&first[..n], &rest].concat(), b"0123456789");
    assert!(start.elapsed() >= Duration::from_millis(500));
    server.stop().await;
}

#[tokio::test]
async fn chunk_default_pause_and_datagrams() {
    let server = TestServer::start(&["tcp://127.0.0.1:0?chunk=1", "udp://127.0.0.1:0?chunk=3"]);
    let s = tcp(&server, 0).await;
    let start = Instant::now();
    assert_eq!(round_trip_to_eof(s, b"abcdef").await, b"abcdef");
    assert!(
        start.elapsed() >= Duration::from_millis(50),
        "5 default pauses of 10 ms"
    );

    // A datagram reply is split into datagrams of at most 3 bytes.
    let client = UdpSocket::bind("127.0.0.1:0").await.unwrap();
    client.send_to(b"abcdefg", server.addr(1)).await.unwrap();
    let mut got = Vec::new();
    let mut buf = [0u8; 64];
    for want in [3, 3, 1] {
        let n = timeout(WAIT, client.recv(&mut buf)).await.unwrap().unwrap();
        assert_eq!(n, want);
        got.extend_from_slice(&buf[..n]);
    }
    assert_eq!(got, b"abcdefg");
    server.stop().await;
}

#[tokio::test]
async fn close_after_echoes_then_fin() {
    let server = TestServer::start(&["tcp://127.0.0.1:0?close_after=4"]);
    // More than N bytes at once: only N come back, then EOF (not a reset).
    let mut s = tcp(&server, 0).await;
    s.write_all(b"0123456789").await.unwrap();
    assert_eq!(read_to_eof(&mut s).await, b"0123");

    // N bytes spread over several writes.
    let mut s = tcp(&server, 0).await;
    s.write_all(b"ab").await.unwrap();
    assert_eq!(read_n(&mut s, 2).await, b"ab");
    s.write_all(b"cd").await.unwrap();
    assert_eq!(read_to_eof(&mut s).await, b"cd");
    server.stop().await;
}

#[tokio::test]
async fn close_after_with_line_mode_cuts_input() {
    let server = TestServer::start(&["tcp://127.0.0.1:0?mode=line&close_after=6"]);
    let mut s = tcp(&server, 0).await;
    s.write_all(b"abc\ndefgh\n").await.unwrap();
    // The first 6 bytes are served as if the client had closed after them.
    assert_eq!(read_to_eof(&mut s).await, b"abc\nde");
    server.stop().await;
}

#[tokio::test]
async fn silent_reads_and_never_replies() {
    let server = TestServer::start(&["tcp://127.0.0.1:0?silent=1"]);
    let mut s = tcp(&server, 0).await;
    s.write_all(b"anyone?").await.unwrap();
    assert_quiet(&mut s).await;
    // Still open and still reading: a large write goes through instead of filling up.
    s.write_all(&vec![1u8; 4 * 1024 * 1024]).await.unwrap();
    assert_quiet(&mut s).await;
    // When the client closes, the server closes too.
    s.shutdown().await.unwrap();
    assert_eq!(read_to_eof(&mut s).await, b"");
    server.stop().await;
}

#[tokio::test]
async fn silent_with_close_after_closes_without_replying() {
    let server = TestServer::start(&["tcp://127.0.0.1:0?silent=1&close_after=3"]);
    let mut s = tcp(&server, 0).await;
    s.write_all(b"ab").await.unwrap();
    assert_quiet(&mut s).await;
    s.write_all(b"cdef").await.unwrap();
    assert_eq!(read_to_eof(&mut s).await, b"");
    server.stop().await;
}

#[tokio::test]
async fn silent_datagram() {
    let server = TestServer::start(&["udp://127.0.0.1:0?silent=1"]);
    let client = UdpSocket::bind("127.0.0.1:0").await.unwrap();
    client.send_to(b"hello?", server.addr(0)).await.unwrap();
    let mut buf = [0u8; 8];
    assert!(timeout(QUIET, client.recv(&mut buf)).await.is_err());
    server.stop().await;
}

#[tokio::test]
async fn reset_tcp() {
    let server = TestServer::start(&["tcp://127.0.0.1:0?reset=1"]);
    let mut s = tcp(&server, 0).await;
    s.write_all(b"trigger").await.unwrap();
    let mut buf = [0u8; 16];
    let result = timeout(WAIT, s.read(&mut buf)).await.unwrap();
    let err = result.expect_err("RST, not data or EOF");
    assert_eq!(err.kind(), std::io::ErrorKind::ConnectionReset);
    server.stop().await;
}

#[tokio::test]
async fn reset_unix() {
    let path = temp_path("reset.sock");
    let server = TestServer::start(&[&format!("unix://{}?reset=1", path.display())]);
    let mut s = UnixStream::connect(&path).await.unwrap();
    s.write_all(b"trigger").await.unwrap();
    let mut buf = [0u8; 16];
    let err = timeout(WAIT, s.read(&mut buf))
        .await
        .unwrap()
        .expect_err("ECONNRESET, not data or EOF");
    assert_eq!(err.kind(), std::io::ErrorKind::ConnectionReset);
    server.stop().await;
}

#[tokio::test]
async fn line_mode() {
    let server = TestServer::start(&["tcp://127.0.0.1:0?mode=line"]);
    let mut s = tcp(&server, 0).await;
    // Nothing comes back until the line is complete.
    s.write_all(b"hel").await.unwrap();
    assert_quiet(&mut s).await;
    s.write_all(b"lo\nwor").await.unwrap();
    assert_eq!(read_n(&mut s, 6).await, b"hello\n");
    s.write_all(b"ld\n\n").await.unwrap();
    assert_eq!(read_n(&mut s, 7).await, b"world\n\n");
    // A partial line at EOF is echoed too.
    assert_eq!(round_trip_to_eof(s, b"tail").await, b"tail");
    server.stop().await;
}

#[tokio::test]
async fn line_mode_with_delay() {
    let server = TestServer::start(&["tcp://127.0.0.1:0?mode=line&delay_ms=100"]);
    let mut s = tcp(&server, 0).await;
    let start = Instant::now();
    s.write_all(b"a\nb\n").await.unwrap();
    assert_eq!(read_n(&mut s, 4).await, b"a\nb\n");
    assert!(
        start.elapsed() >= Duration::from_millis(200),
        "one delay per line"
    );
    server.stop().await;
}

#[tokio::test]
async fn line_longer_than_max_frame_closes() {
    let server = TestServer::start(&["tcp://127.0.0.1:0?mode=line&max_frame=8"]);
    let mut s = tcp(&server, 0).await;
    s.write_all(b"12345678\n").await.unwrap();
    assert_eq!(read_n(&mut s, 9).await, b"12345678\n");
    s.write_all(b"123456789\n").await.unwrap();
    assert_closed(&mut s).await;
    server.stop().await;
}

/// Sends `payload` as a frame with `header`, returns what came back.
async fn frame_round_trip(query: &str, header: Header, length: u64, payload: &[u8]) -> Vec<u8> {
    let server = TestServer::start(&[&format!("tcp://127.0.0.1:0?{query}")]);
    let mut s = tcp(&server, 0).await;
    let mut frame = header.encode(length);
    frame.extend_from_slice(payload);
    s.write_all(&frame).await.unwrap();
    let reply = read_n(&mut s, frame.len()).await;
    server.stop().await;
    assert_eq!(reply, frame);
    reply
}

#[tokio::test]
async fn frame_every_header_code() {
    let payload: Vec<u8> = (0..200u8).collect();
    for code in ["C", "n", "v", "N", "V", "J", "P"] {
        let header = Header::from_code(code).unwrap();
        let query = format!("mode=frame&header={code}");
        frame_round_trip(&query, header, payload.len() as u64, &payload).await;
    }
    // Without `header`, the prefix is N: u32 big endian.
    frame_round_trip("mode=frame", Header::U32Be, 3, b"abc").await;
}

#[tokio::test]
async fn frame_includes_header() {
    for code in ["C", "n", "V", "J"] {
        let header = Header::from_code(code).unwrap();
        let query = format!("mode=frame&header={code}&includes_header=1");
        let length = (header.size() + 5) as u64;
        frame_round_trip(&query, header, length, b"hello").await;
    }
}

#[tokio::test]
async fn frame_waits_for_whole_frame_and_replies_in_one_piece() {
    let server = TestServer::start(&["tcp://127.0.0.1:0?mode=frame&header=n"]);
    let mut s = tcp(&server, 0).await;
    // Two frames back to back, the second split across writes, even inside its header.
    let mut bytes = Header::U16Be.encode(2);
    bytes.extend_from_slice(b"hi");
    bytes.extend_from_slice(&Header::U16Be.encode(5));
    bytes.extend_from_slice(b"world");
    s.write_all(&bytes[..5]).await.unwrap();
    assert_eq!(read_n(&mut s, 4).await, &bytes[..4]);
    assert_quiet(&mut s).await;
    s.write_all(&bytes[5..8]).await.unwrap();
    assert_quiet(&mut s).await;
    s.write_all(&bytes[8..]).await.unwrap();
    assert_eq!(read_n(&mut s, 7).await, &bytes[4..]);
    // An empty frame is a frame too.
    s.write_all(&[0, 0]).await.unwrap();
    assert_eq!(read_n(&mut s, 2).await, [0, 0]);
    server.stop().await;
}

#[tokio::test]
async fn frame_over_max_frame_closes() {
    let server = TestServer::start(&["tcp://127.0.0.1:0?mode=frame&header=N&max_frame=10"]);
    let mut s = tcp(&server, 0).await;
    let mut ok = Header::U32Be.encode(10);
    ok.extend_from_slice(b"0123456789");
    s.write_all(&ok).await.unwrap();
    assert_eq!(read_n(&mut s, ok.len()).await, ok);
    s.write_all(&Header::U32Be.encode(11)).await.unwrap();
    assert_closed(&mut s).await;

    // The default limit, 16 MiB, applies without max_frame.
    let server2 = TestServer::start(&["tcp://127.0.0.1:0?mode=frame&header=J"]);
    let mut s = tcp(&server2, 0).await;
    s.write_all(&Header::U64Be.encode(16 * 1024 * 1024 + 1))
        .await
        .unwrap();
    assert_closed(&mut s).await;
    server.stop().await;
    server2.stop().await;
}

#[tokio::test]
async fn frame_length_shorter_than_header_closes() {
    let server = TestServer::start(&["tcp://127.0.0.1:0?mode=frame&header=N&includes_header=1"]);
    let mut s = tcp(&server, 0).await;
    s.write_all(&Header::U32Be.encode(3)).await.unwrap();
    assert_closed(&mut s).await;
    server.stop().await;
}

#[tokio::test]
async fn frame_with_chunk_and_delay() {
    let server = TestServer::start(&[
        "tcp://127.0.0.1:0?mode=frame&header=C&chunk=2&chunk_delay_ms=50&delay_ms=100",
    ]);
    let mut s = tcp(&server, 0).await;
    let start = Instant::now();
    s.write_all(b"\x05hello").await.unwrap();
    assert_eq!(read_n(&mut s, 6).await, b"\x05hello");
    // 100 ms delay, then three pieces with two 50 ms pauses.
    assert!(start.elapsed() >= Duration::from_millis(200));
    server.stop().await;
}

#[tokio::test]
async fn unknown_key_is_rejected() {
    let err = "tcp://127.0.0.1:0?accept_delay_ms=5"
        .parse::<rsockets_echo::Endpoint>()
        .expect_err("unknown key");
    assert!(
        err.to_string()
            .contains("unknown query key 'accept_delay_ms'"),
        "{err}"
    );
    for bad in [
        "udp://127.0.0.1:0?mode=line",
        "tcp://127.0.0.1:0?reset=1&silent=1",
        "tcp://127.0.0.1:0?delay_ms=soon",
    ] {
        assert!(bad.parse::<rsockets_echo::Endpoint>().is_err(), "{bad}");
    }
}

#[tokio::test]
async fn several_endpoints_in_one_server() {
    let path = temp_path("multi.sock");
    let server = TestServer::start(&[
        "tcp://127.0.0.1:0?delay_ms=1",
        "udp://127.0.0.1:0",
        &format!("unix://{}?mode=line", path.display()),
        "tcp://127.0.0.1:0",
    ]);
    assert_eq!(server.urls.len(), 4);
    assert!(server.urls[0].ends_with("?delay_ms=1"));
    assert!(server.urls[2].ends_with("?mode=line"));
    let a = tcp(&server, 0).await;
    let b = tcp(&server, 3).await;
    let (a, b) = tokio::join!(
        round_trip_to_eof(a, b"first"),
        round_trip_to_eof(b, b"fourth")
    );
    assert_eq!(a, b"first");
    assert_eq!(b, b"fourth");
    let mut u = UnixStream::connect(&path).await.unwrap();
    u.write_all(b"line\n").await.unwrap();
    assert_eq!(read_n(&mut u, 5).await, b"line\n");
    // A client that vanished mid-line does not affect the others.
    drop(u);
    sleep(Duration::from_millis(10)).await;
    let c = tcp(&server, 3).await;
    assert_eq!(round_trip_to_eof(c, b"ok").await, b"ok");
    server.stop().await;
}
