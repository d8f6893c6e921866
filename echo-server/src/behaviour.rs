//! What an endpoint does with the bytes it receives, chosen by the query string of its URL.
//!
//! The key names are a contract with the PHP tests, so parsing is strict: an unknown key, a
//! repeated key, a bad value or a combination that cannot mean anything is an error at startup
//! rather than a behaviour that silently differs from what the test author asked for.

use std::collections::HashSet;
use std::fmt;
use std::time::Duration;

/// The largest frame (or line) accepted when the query does not say: big enough for any test,
/// small enough that a garbage length prefix cannot make the server allocate gigabytes.
pub const DEFAULT_MAX_FRAME: u64 = 16 * 1024 * 1024;

/// Pause between reply pieces when `chunk` is given without `chunk_delay_ms`.
pub const DEFAULT_CHUNK_DELAY: Duration = Duration::from_millis(10);

/// Every key the query may contain, listed in error messages.
const KEYS: &[&str] = &[
    "delay_ms",
    "chunk",
    "chunk_delay_ms",
    "close_after",
    "silent",
    "reset",
    "mode",
    "header",
    "includes_header",
    "max_frame",
];

/// How incoming bytes are grouped into replies on a stream endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Echo whatever each read returned (`mode=raw`, the default).
    #[default]
    Raw,
    /// Echo whole `\n`-terminated lines (`mode=line`).
    Line,
    /// Echo whole length-prefixed frames (`mode=frame`).
    Frame(FrameFormat),
}

/// The length prefix of `mode=frame`, named by its PHP `pack()` code so tests can write the
/// same letter on both sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Header {
    /// `C`: u8.
    U8,
    /// `n`: u16 big endian.
    U16Be,
    /// `v`: u16 little endian.
    U16Le,
    /// `N`: u32 big endian (the default).
    U32Be,
    /// `V`: u32 little endian.
    U32Le,
    /// `J`: u64 big endian.
    U64Be,
    /// `P`: u64 little endian.
    U64Le,
}

impl Header {
    /// Parses a `pack()` code.
    pub fn from_code(code: &str) -> Option<Header> {
        Some(match code {
            "C" => Header::U8,
            "n" => Header::U16Be,
            "v" => Header::U16Le,
            "N" => Header::U32Be,
            "V" => Header::U32Le,
            "J" => Header::U64Be,
            "P" => Header::U64Le,
            _ => return None,
        })
    }

    /// Size of the prefix in bytes.
    pub fn size(self) -> usize {
        match self {
            Header::U8 => 1,
            Header::U16Be | Header::U16Le => 2,
            Header::U32Be | Header::U32Le => 4,
            Header::U64Be | Header::U64Le => 8,
        }
    }

    /// Decodes the length stored in `bytes`, which holds exactly [`Header::size`] bytes.
    pub fn decode(self, bytes: &[u8]) -> u64 {
        let mut be = [0u8; 8];
        let n = bytes.len().min(8);
        match self {
            Header::U8 | Header::U16Be | Header::U32Be | Header::U64Be => {
                be[8 - n..].copy_from_slice(&bytes[..n]);
            }
            Header::U16Le | Header::U32Le | Header::U64Le => {
                for (i, b) in bytes[..n].iter().enumerate() {
                    be[7 - i] = *b;
                }
            }
        }
        u64::from_be_bytes(be)
    }

    /// Encodes `value` as this prefix (truncating it if it does not fit; used by tests and the
    /// benchmark, which only pass lengths that fit).
    pub fn encode(self, value: u64) -> Vec<u8> {
        let be = value.to_be_bytes();
        let n = self.size();
        match self {
            Header::U8 | Header::U16Be | Header::U32Be | Header::U64Be => be[8 - n..].to_vec(),
            Header::U16Le | Header::U32Le | Header::U64Le => {
                be[8 - n..].iter().rev().copied().collect()
            }
        }
    }
}

/// Framing of `mode=frame`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FrameFormat {
    pub header: Header,
    /// `includes_header=1`: the length counts the prefix too, not only the payload.
    pub includes_header: bool,
}

/// Reply in pieces to exercise partial reads on the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chunking {
    /// At most this many bytes per write (`chunk=N`, N > 0).
    pub size: usize,
    /// Pause between two pieces (`chunk_delay_ms=M`).
    pub pause: Duration,
}

/// The parsed query string of one endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Behaviour {
    /// `delay_ms`: wait before each reply.
    pub delay: Option<Duration>,
    /// `chunk` and `chunk_delay_ms`.
    pub chunk: Option<Chunking>,
    /// `close_after`: only the first N bytes received are served, then the server closes.
    pub close_after: Option<u64>,
    /// `silent=1`: read and discard, never reply.
    pub silent: bool,
    /// `reset=1`: abort the connection (RST) as soon as bytes arrive.
    pub reset: bool,
    /// `mode`, `header`, `includes_header`.
    pub mode: Mode,
    /// `max_frame`: the largest frame payload (or line) accepted before closing.
    pub max_frame: u64,
}

impl Default for Behaviour {
    fn default() -> Self {
        Behaviour {
            delay: None,
            chunk: None,
            close_after: None,
            silent: false,
            reset: false,
            mode: Mode::Raw,
            max_frame: DEFAULT_MAX_FRAME,
        }
    }
}

/// A query string that cannot be served as asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BehaviourError {
    #[error("unknown query key '{0}' (known keys: {keys})", keys = KEYS.join(", "))]
    UnknownKey(String),
    #[error("query key '{0}' is given more than once")]
    Repeated(String),
    #[error("query part '{0}' is not of the form key=value")]
    NotKeyValue(String),
    #[error("invalid value '{value}' for '{key}': expected {expected}")]
    BadValue {
        key: &'static str,
        value: String,
        expected: &'static str,
    },
    #[error("'{0}' only makes sense together with {1}")]
    Requires(&'static str, &'static str),
    #[error("'{0}' cannot be combined with '{1}'")]
    Conflict(&'static str, &'static str),
    #[error("'{0}' only applies to stream endpoints (tcp, unix), not datagram ones")]
    StreamOnly(&'static str),
}

impl Behaviour {
    /// Parses a query string (the part after `?`, without it). `stream` tells whether the
    /// endpoint is connection oriented, since framing and closing mean nothing for datagrams.
    pub fn parse(query: &str, stream: bool) -> Result<Behaviour, BehaviourError> {
        let mut seen = HashSet::new();
        let mut b = Behaviour::default();
        let mut chunk_size = None;
        let mut chunk_pause = None;
        let mut mode = None;
        let mut header = None;
        let mut includes_header = None;
        let mut max_frame = None;

        for part in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = part
                .split_once('=')
                .ok_or_else(|| BehaviourError::NotKeyValue(part.to_string()))?;
            let key = KEYS
                .iter()
                .copied()
                .find(|k| *k == key)
                .ok_or_else(|| BehaviourError::UnknownKey(key.to_string()))?;
            if !seen.insert(key) {
                return Err(BehaviourError::Repeated(key.to_string()));
            }
            match key {
                "delay_ms" => b.delay = Some(Duration::from_millis(number(key, value)?)),
                "chunk" => {
                    let n = number(key, value)?;
                    if n == 0 {
                        return Err(bad(key, value, "a byte count greater than 0"));
                    }
                    chunk_size =
                        Some(usize::try_from(n).map_err(|_| bad(key, value, "a byte count"))?);
                }
                "chunk_delay_ms" => chunk_pause = Some(Duration::from_millis(number(key, value)?)),
                "close_after" => b.close_after = Some(number(key, value)?),
                "silent" => b.silent = flag(key, value)?,
                "reset" => b.reset = flag(key, value)?,
                "mode" => {
                    mode = Some(match value {
                        "raw" => "raw",
                        "line" => "line",
                        "frame" => "frame",
                        _ => return Err(bad(key, value, "raw, line or frame")),
                    })
                }
                "header" => {
                    header =
                        Some(Header::from_code(value).ok_or_else(|| {
                            bad(key, value, "a pack() code: C, n, v, N, V, J or P")
                        })?)
                }
                "includes_header" => includes_header = Some(flag(key, value)?),
                "max_frame" => {
                    let n = number(key, value)?;
                    if n == 0 {
                        return Err(bad(key, value, "a byte count greater than 0"));
                    }
                    max_frame = Some(n);
                }
                _ => unreachable!("every entry of KEYS is matched above"),
            }
        }

        if let Some(size) = chunk_size {
            b.chunk = Some(Chunking {
                size,
                pause: chunk_pause.unwrap_or(DEFAULT_CHUNK_DELAY),
            });
        } else if chunk_pause.is_some() {
            return Err(BehaviourError::Requires("chunk_delay_ms", "chunk"));
        }

        b.mode = match mode {
            Some("frame") => Mode::Frame(FrameFormat {
                header: header.unwrap_or(Header::U32Be),
                includes_header: includes_header.unwrap_or(false),
            }),
            Some("line") => Mode::Line,
            _ => Mode::Raw,
        };
        if !matches!(b.mode, Mode::Frame(_)) {
            if header.is_some() {
                return Err(BehaviourError::Requires("header", "mode=frame"));
            }
            if includes_header.is_some() {
                return Err(BehaviourError::Requires("includes_header", "mode=frame"));
            }
        }
        if let Some(max) = max_frame {
            if b.mode == Mode::Raw {
                return Err(BehaviourError::Requires(
                    "max_frame",
                    "mode=frame or mode=line",
                ));
            }
            b.max_frame = max;
        }

        // `reset` answers the first bytes with an abort, so nothing else can happen after it;
        // `silent` never replies, so nothing that shapes a reply can apply to it.
        if b.reset {
            for (key, set) in [
                ("delay_ms", b.delay.is_some()),
                ("chunk", b.chunk.is_some()),
                ("close_after", b.close_after.is_some()),
                ("silent", b.silent),
                ("mode", mode.is_some()),
            ] {
                if set {
                    return Err(BehaviourError::Conflict("reset", key));
                }
            }
        }
        if b.silent {
            for (key, set) in [
                ("delay_ms", b.delay.is_some()),
                ("chunk", b.chunk.is_some()),
                ("mode", mode.is_some()),
            ] {
                if set {
                    return Err(BehaviourError::Conflict("silent", key));
                }
            }
        }

        if !stream {
            for (key, set) in [
                ("close_after", b.close_after.is_some()),
                ("reset", b.reset),
                ("mode", mode.is_some()),
            ] {
                if set {
                    return Err(BehaviourError::StreamOnly(key));
                }
            }
        }
        Ok(b)
    }
}

fn bad(key: &'static str, value: &str, expected: &'static str) -> BehaviourError {
    BehaviourError::BadValue {
        key,
        value: value.to_string(),
        expected,
    }
}

fn number(key: &'static str, value: &str) -> Result<u64, BehaviourError> {
    value
        .parse()
        .map_err(|_| bad(key, value, "a non-negative integer"))
}

fn flag(key: &'static str, value: &str) -> Result<bool, BehaviourError> {
    match value {
        "1" | "true" => Ok(true),
        "0" | "false" => Ok(false),
        _ => Err(bad(key, value, "1 or 0")),
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Mode::Raw => f.write_str("raw"),
            Mode::Line => f.write_str("line"),
            Mode::Frame(_) => f.write_str("frame"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_query_is_plain_echo() {
        assert_eq!(Behaviour::parse("", true), Ok(Behaviour::default()));
    }

    #[test]
    fn combined_keys() {
        let b = Behaviour::parse("mode=line&delay_ms=100&chunk=3", true).unwrap();
        assert_eq!(b.mode, Mode::Line);
        assert_eq!(b.delay, Some(Duration::from_millis(100)));
        assert_eq!(
            b.chunk,
            Some(Chunking {
                size: 3,
                pause: DEFAULT_CHUNK_DELAY
            })
        );
    }

    #[test]
    fn frame_defaults_to_u32_be() {
        let b = Behaviour::parse("mode=frame", true).unwrap();
        assert_eq!(
            b.mode,
            Mode::Frame(FrameFormat {
                header: Header::U32Be,
                includes_header: false
            })
        );
        assert_eq!(b.max_frame, DEFAULT_MAX_FRAME);
    }

    #[test]
    fn errors() {
        use BehaviourError::*;
        let cases = [
            ("accept_delay_ms=5", UnknownKey("accept_delay_ms".into())),
            ("delay_ms=1&delay_ms=2", Repeated("delay_ms".into())),
            ("silent", NotKeyValue("silent".into())),
            ("chunk_delay_ms=5", Requires("chunk_delay_ms", "chunk")),
            ("header=n", Requires("header", "mode=frame")),
            ("reset=1&delay_ms=3", Conflict("reset", "delay_ms")),
            ("silent=1&mode=line", Conflict("silent", "mode")),
        ];
        for (query, want) in cases {
            assert_eq!(Behaviour::parse(query, true), Err(want), "{query}");
        }
        assert!(matches!(
            Behaviour::parse("mode=frame&header=x", true),
            Err(BadValue { key: "header", .. })
        ));
        assert!(matches!(
            Behaviour::parse("chunk=0", true),
            Err(BadValue { key: "chunk", .. })
        ));
        assert_eq!(
            Behaviour::parse("mode=line", false),
            Err(StreamOnly("mode"))
        );
    }

    #[test]
    fn header_round_trip() {
        for code in ["C", "n", "v", "N", "V", "J", "P"] {
            let h = Header::from_code(code).unwrap();
            let bytes = h.encode(200);
            assert_eq!(bytes.len(), h.size());
            assert_eq!(h.decode(&bytes), 200, "{code}");
        }
        assert_eq!(Header::U16Le.encode(0x0102), vec![2, 1]);
        assert_eq!(Header::U16Be.encode(0x0102), vec![1, 2]);
    }
}
