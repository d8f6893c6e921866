<?php

/**
 * RSockets: the high-level client of the rsockets extension (module "rsockets", registered by the
 * same library as its module "sockets").
 *
 * This file is for IDEs and static analysers only; it is never executed.
 *
 * @generate-class-entries
 */

namespace RSockets;

/**
 * rsockets' own version, as `phpversion('rsockets')` reports it (`phpversion('sockets')` is
 * PHP_VERSION, as for the bundled C extension).
 * @var string
 */
const VERSION = UNKNOWN;

/**
 * Base class of every SocketClient failure. The code is the errno (e.g. 111 for ECONNREFUSED,
 * 104 for ECONNRESET, 110 for ETIMEDOUT), or 0 for failures without one (end of stream, bad frames).
 * SocketClient never emits a PHP warning or notice: every failure is one of these exceptions.
 */
class SocketException extends \RuntimeException {}

/**
 * The connection could not be made: refused (111), timed out (110, after connect_timeout),
 * unresolvable host (0), bind failure.
 * Message example: "Connection to 127.0.0.1:919 refused [111]".
 */
class ConnectException extends SocketException {}

/**
 * The TLS handshake failed, or the server ended the TLS session with an alert (TLS 1.3 servers
 * report a missing or refused client certificate after the handshake: on the first read).
 * The message names the peer and the cause: "certificate verify failed: unknown issuer",
 * "... self-signed certificate", "... name mismatch: the certificate is for wrong.example, not
 * localhost", "... certificate has expired (valid until 2001-01-01)", "the server requires a
 * client certificate", "the server rejected the client certificate", "no protocol version in
 * common", "no ALPN protocol in common", a file that cannot be read (named, with the OS error).
 * The code is 0, or 110 (ETIMEDOUT) when the handshake did not finish within connect_timeout
 * (which also covers the TCP connect before it): a handshake timeout is a TlsException, as a TCP
 * connect timeout is a ConnectException.
 * Message example: "TLS handshake with 127.0.0.1:9443 failed: certificate verify failed: unknown
 * issuer (the certificate is not signed by a trusted CA; set cafile or capath)".
 */
final class TlsException extends ConnectException {}

/**
 * A read or write did not finish within read_timeout / write_timeout (code 110). The timeout is a
 * deadline for the whole call, not for each system call, kept with poll(2) at millisecond
 * precision (not rounded up to the kernel's timer ticks as SO_RCVTIMEO is). A connection that saw
 * a timeout is never reused by the persistent pool.
 */
class TimeoutException extends SocketException {}

/**
 * The peer closed or reset the connection in the middle of what was asked: receiveExactly() or a
 * frame cut short by end of stream (code 0), a reset (104) or a write to a closed peer (32).
 */
class ConnectionClosedException extends SocketException {}

/**
 * A bad or oversized frame: a length header shorter than itself, a frame larger than max_frame,
 * a payload too long for the length header (code 0). An oversized frame is refused before any
 * memory is allocated for it, and a frame within max_frame takes memory as its bytes arrive
 * (at most about twice what arrived), never for the length its header merely states.
 */
class ProtocolException extends SocketException {}

/**
 * A client connection with the details done right once: full writes, reads with deadlines,
 * framing, persistent connections under PHP-FPM, and exceptions instead of false/''/warnings.
 *
 * ```php
 * $c = new SocketClient('tcp://127.0.0.1:919', ['timeout' => 2.0]);
 * $c->send("WAW;;0029;SAMPLE;6287877180782;03");
 * $reply = $c->receive(1024);
 * $c->close();
 * $reply = (new SocketClient('tcp://gw:919', ['framing' => 'line']))->request("PING");
 * ```
 *
 * @strict-properties
 * @not-serializable
 */
final class SocketClient
{
    /**
     * Connects, or throws (with lazy_connect: checks everything, connects later).
     *
     * @param string $address tcp://host:port, tls://host:port (ssl:// is an alias), udp://host:port
     *   or unix:///path; host is a name
     *   (resolved with getaddrinfo, each address tried in turn within the connect timeout), an
     *   IPv4 address or an [IPv6] address in brackets.
     * @param array{
     *   timeout?: int|float,
     *   connect_timeout?: int|float,
     *   read_timeout?: int|float,
     *   write_timeout?: int|float,
     *   framing?: 'none'|'line'|null|array{delimiter: non-empty-string}|array{length: 'n'|'N'|'v'|'V'|'J'|'P'|'C', length_includes_header?: bool},
     *   max_frame?: positive-int,
     *   tcp_nodelay?: bool,
     *   keepalive?: bool,
     *   bind?: string,
     *   retries?: int<0, 1000>,
     *   retry_delay?: int|float,
     *   persistent?: bool|string,
     *   lazy_connect?: bool,
     *   tls?: array{
     *     verify_peer?: bool,
     *     verify_peer_name?: bool,
     *     peer_name?: string,
     *     cafile?: string,
     *     capath?: string,
     *     local_cert?: string,
     *     local_pk?: string,
     *     passphrase?: string,
     *     allow_self_signed?: bool,
     *     SNI_enabled?: bool,
     *     alpn_protocols?: list<string>|string,
     *     min_version?: '1.2'|'1.3',
     *   },
     * } $options
     *   - timeout: seconds (> 0) for connect_timeout, read_timeout and write_timeout at once;
     *     each defaults to default_socket_timeout (no limit when that is 0 or less). A specific
     *     timeout wins over "timeout" whatever the order.
     *   - connect_timeout: one deadline for resolving the host name (getaddrinfo(3), on a helper
     *     thread, so a resolver that never answers gives ConnectException 110 "... the name
     *     lookup did not finish within connect_timeout" on time) and connecting to its
     *     addresses. Several addresses are raced as RFC 8305 (Happy Eyeballs) says: IPv6 and
     *     IPv4 alternating, the next started after 250 ms or when one fails, the first to connect
     *     wins. With retries, each round has its own connect_timeout.
     *   - framing: none (default); 'line' (the delimiter "\n"); ['delimiter' => "\r\n"]; or
     *     ['length' => CODE] with the pack() codes n, N, v, V, J, P, C, plus
     *     'length_includes_header' => true when the length counts the header. Stream sockets only.
     *   - max_frame: the largest frame payload, default 8 MiB (8388608).
     *   - tcp_nodelay: default true. keepalive: SO_KEEPALIVE, default false.
     *   - bind: local address ("127.0.0.1", "127.0.0.1:5000", "[::1]:0", or a path for unix).
     *   - retries, retry_delay: connect attempts after the first (default 0) and the pause
     *     between them in seconds (default 0.1). For UDP, request() also re-sends up to
     *     retries times when no reply comes within read_timeout.
     *   - persistent: true or a key string. The connection outlives the request (per PHP-FPM
     *     worker process) and is reused by the next new SocketClient with the same address and
     *     key. Guarantee: a connection goes back to the pool only when it owes no reply, so no
     *     request ever receives another request's reply. It owes one from each sendFrame() (or
     *     request(), or datagram sent) until a frame (datagram) received answers it; bytes sent
     *     with send() on a stream, or anything sent without framing, have no end the client can
     *     recognise, so such a connection is never reused (use framing for persistent
     *     connections). A connection that owes a reply, saw a timeout or an error, or holds a
     *     half-read frame, is closed instead of pooled — on close(), when the object is dropped,
     *     and when an exception, a fatal error or exit ends the request. This is judged from what
     *     was sent and received, never from what happens to have arrived yet. Before reuse it
     *     is also checked (peer closed, stale bytes) and replaced if unsound. close() (or the
     *     object's end) hands it back, close(true) destroys it. TLS connections are pooled by
     *     address, key and every 'tls' option (so by trust and identity); the check before reuse
     *     processes pending TLS records: close_notify or end of stream makes it unsound, TLS 1.3
     *     session tickets do not.
     *   - lazy_connect: default false. true: the constructor checks the address and every
     *     option but does not connect (with persistent, it takes an idle pooled connection if
     *     one is sound: no I/O but the pool's check). The first method that needs the
     *     connection connects — send(), receive*(), request(), getSocket(), getTlsInfo(),
     *     getRemoteAddress() and getLocalAddress() alike — blocking within connect_timeout and
     *     throwing what the constructor would have thrown; a connect that failed is tried
     *     again by the next such call. requestAll() connects such clients itself, all at once
     *     without blocking (see there). isConnected() is false and getStats() all zero until
     *     connected; close() on a client never connected just closes it.
     *   - tls (tls:// and ssl:// only; a ValueError otherwise): PHP's SSL context options with
     *     their meaning. verify_peer (default true; false accepts any certificate),
     *     verify_peer_name (default true; false checks the chain, not the name), peer_name (the
     *     name verified and sent as SNI; default the address's host; an IP address is checked
     *     against the certificate's IP addresses), cafile / capath (PEM certificates to trust
     *     instead of the system store; capath: every file in the directory), local_cert and
     *     local_pk (the client certificate chain and key, PEM; local_pk defaults to local_cert),
     *     passphrase (for an encrypted PKCS#8 key, "BEGIN ENCRYPTED PRIVATE KEY"; OpenSSL's
     *     legacy "Proc-Type: 4,ENCRYPTED" keys are refused with a hint), allow_self_signed
     *     (default false), SNI_enabled (default true), alpn_protocols (["h2", "x"] or "h2,x"),
     *     min_version ('1.2' default, or '1.3'). Default trust: the system store (SSL_CERT_FILE /
     *     SSL_CERT_DIR, else /etc/ssl/certs), read once per process. Files are read at connect
     *     time, once per process and option set (an unreadable file is a TlsException naming it
     *     and the OS error); the TLS configuration is kept per process, so reconnects and later
     *     requests of a PHP-FPM worker resume TLS sessions. The handshake counts against
     *     connect_timeout. Closing sends close_notify.
     * @throws \ValueError for an invalid address, an unknown option or an invalid value
     * @throws \TypeError for an option of the wrong type (the message names the option)
     * @throws ConnectException
     */
    public function __construct(string $address, array $options = []) {}

    /**
     * Writes every byte of $data (looping over partial writes within write_timeout).
     * Over UDP, one datagram. On a stream, the bytes' reply has no end the client can
     * recognise, so a persistent connection used with send() is closed, not pooled.
     *
     * @return int the number of bytes written (strlen($data))
     * @throws TimeoutException|ConnectionClosedException|SocketException
     */
    public function send(string $data): int {}

    /**
     * What arrived, at most $maxLength bytes: waits (up to read_timeout) for at least one byte.
     * Over UDP, one datagram (cut to $maxLength).
     *
     * @return string '' only at end of stream (the peer closed)
     * @throws \ValueError if $maxLength < 1
     * @throws TimeoutException|ConnectionClosedException|SocketException
     */
    public function receive(int $maxLength = 65536): string {}

    /**
     * Exactly $length bytes (stream sockets), within read_timeout for the whole call.
     *
     * @throws \ValueError if $length < 0 or larger than max_frame
     * @throws ConnectionClosedException if the stream ends first (code 0)
     * @throws TimeoutException|SocketException
     */
    public function receiveExactly(int $length): string {}

    /**
     * Sends $payload as one frame: adds the delimiter or the length header. With no framing,
     * this is send().
     *
     * @return int bytes written, header or delimiter included
     * @throws \ValueError if the payload contains the delimiter
     * @throws ProtocolException if the payload is larger than max_frame or than the header can say
     * @throws TimeoutException|ConnectionClosedException|SocketException
     */
    public function sendFrame(string $payload): int {}

    /**
     * Receives one frame and returns its payload, without the delimiter or header. With no
     * framing, this is receive().
     *
     * @throws ConnectionClosedException if the stream ends before or inside a frame
     * @throws ProtocolException for a bad or oversized frame
     * @throws TimeoutException|SocketException
     */
    public function receiveFrame(): string {}

    /**
     * One frame out, one frame back: sendFrame() then receiveFrame(). With no framing, one
     * send() and one receive(). Over UDP, one datagram out and one back, re-sent up to
     * `retries` times on timeout.
     *
     * UDP and late answers: a datagram carries nothing that ties a reply to its request, so two
     * identical replies cannot be told apart. What is guaranteed: before every send (the first
     * and each retry) the datagrams already queued are discarded, so the reply returned is the
     * first datagram that arrived after the last send — never a late answer (to an earlier
     * request, or to a retry) that had arrived before it. A reply that arrives after the next
     * send cannot be recognised as late; a client that had to retry may still be owed answers,
     * so the persistent pool closes its connection instead of reusing it.
     *
     * @throws \ValueError|ProtocolException|TimeoutException|ConnectionClosedException|SocketException
     */
    public function request(string $payload): string {}

    /**
     * Many requests at once: every payload is sent and every reply awaited concurrently in one
     * poll(2) loop (non-blocking sends and receives), each on its own client and ended where
     * that client's framing ends it, exactly as request() returns it (UDP: one datagram, sent
     * once — `retries` does not apply).
     *
     * $requests maps any key to `[SocketClient $client, string $payload]` (a list of exactly
     * those two); a client may appear once. The result has the same keys in the same order,
     * each mapped to the reply, or to the SocketException (subclass) object that request()
     * would have thrown: TimeoutException for a request still unanswered when the deadline
     * passes, ConnectionClosedException for a peer that closed, SocketException for a closed
     * client. A failed request never throws and never delays the others; its connection is
     * not reused from the persistent pool (its reply may still be on its way).
     *
     * Clients not connected yet (lazy_connect, or whose connect failed) are connected by the
     * call itself, concurrently and without blocking: every host name is resolved at once
     * (getaddrinfo(3) on helper threads; beyond the 32 that may run at a time in a process, a
     * lookup waits for a slot within its deadline), every Happy Eyeballs race and TLS handshake runs in
     * the same poll(2) loop as the other requests, each within its client's connect_timeout.
     * A connect that fails is that key's ConnectException (TlsException for a handshake),
     * exactly as the constructor would have thrown it, and leaves its client unconnected;
     * retries does not apply here. A connect still under way when the call's deadline passes is
     * a TimeoutException. A persistent client takes an idle pooled connection first; a
     * connection made here goes back to the pool on the same terms as any other.
     *
     * $timeout is one deadline for the whole call, in seconds, connects included (default: the
     * largest read_timeout among the clients, plus connect_timeout for a client still to
     * connect; none if any of them waits forever).
     *
     * @param array<array-key, array{0: SocketClient, 1: string}> $requests
     * @return array<array-key, string|SocketException>
     * @throws \ValueError for an entry that is not a [SocketClient, string] list, the same
     *     client twice, a payload that contains its client's delimiter, or a negative $timeout
     */
    public static function requestAll(array $requests, ?float $timeout = null): array {}

    /**
     * Ends the client's use of the connection: a persistent one goes back to the pool (unless it
     * is unsound), any other is closed; $force closes a persistent one too. Closing twice is
     * allowed; any other method but getStats() and isConnected() then throws SocketException.
     * The \Socket of getSocket() is closed with it.
     */
    public function close(bool $force = false): void {}

    /**
     * Whether the client holds an open connection that the peer has not visibly closed (false
     * for a lazy_connect client not connected yet: this does not connect).
     */
    public function isConnected(): bool {}

    /**
     * The peer's address: "127.0.0.1:919", "[::1]:919" or "/path". A lazy_connect client not
     * connected yet connects first (or throws the ConnectException).
     */
    public function getRemoteAddress(): string {}

    /**
     * The local address: "127.0.0.1:53211", "[::1]:53211", or "" for an unbound unix socket. A
     * lazy_connect client not connected yet connects first (or throws the ConnectException).
     */
    public function getLocalAddress(): string {}

    /**
     * The connection as a \Socket for the socket_* functions. The Socket owns a dup() of the
     * client's descriptor (same connection, own descriptor number); the same object is returned
     * on each call. Closing or destroying the client closes it too; socket_close() on it closes
     * only the duplicate. Bytes the client has read ahead (framing) are not visible through it.
     * What is sent through it is not counted as a request, so a persistent connection whose
     * Socket was taken is closed, not pooled. A TLS client throws SocketException instead: its
     * descriptor would bypass TLS.
     */
    public function getSocket(): \Socket {}

    /**
     * What the TLS handshake negotiated, or null for a connection without TLS.
     * "protocol" is "TLSv1.2" or "TLSv1.3"; "cipher" the suite as rustls names it
     * ("TLS13_AES_128_GCM_SHA256"); "alpn" the protocol agreed, or null; "resumed" whether the
     * session was resumed (no full handshake); "peer_name" the name verified.
     *
     * @return array{protocol: string, cipher: string, alpn: ?string, resumed: bool, peer_name: string}|null
     * @throws SocketException when the client is closed
     */
    public function getTlsInfo(): ?array {}

    /**
     * @return array{bytes_sent: int, bytes_received: int, frames_sent: int, frames_received: int, reconnects: int, reused: bool}
     *   reconnects counts connect retries and unsound pooled connections replaced; reused says
     *   the connection came from the persistent pool.
     */
    public function getStats(): array {}
}
