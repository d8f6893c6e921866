//! The framing codec of `SocketClient`: how a payload becomes bytes on the wire and back.
//! No I/O here: `encode` appends a frame to a buffer, `decode` looks for one whole frame at the
//! start of the bytes received so far.

/// The length-prefix header, named by its `pack()` code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Header {
    /// `C`: unsigned 8 bit.
    C,
    /// `n`: unsigned 16 bit, big endian.
    N16,
    /// `v`: unsigned 16 bit, little endian.
    V16,
    /// `N`: unsigned 32 bit, big endian.
    N32,
    /// `V`: unsigned 32 bit, little endian.
    V32,
    /// `J`: unsigned 64 bit, big endian.
    J,
    /// `P`: unsigned 64 bit, little endian.
    P,
}

impl Header {
    /// The header for a `pack()` code, if it is one of `C n v N V J P`.
    pub fn from_code(code: &[u8]) -> Option<Header> {
        Some(match code {
            b"C" => Header::C,
            b"n" => Header::N16,
            b"v" => Header::V16,
            b"N" => Header::N32,
            b"V" => Header::V32,
            b"J" => Header::J,
            b"P" => Header::P,
            _ => return None,
        })
    }

    /// The header's size in bytes.
    pub fn size(self) -> usize {
        match self {
            Header::C => 1,
            Header::N16 | Header::V16 => 2,
            Header::N32 | Header::V32 => 4,
            Header::J | Header::P => 8,
        }
    }

    /// The largest value the header can carry.
    pub fn max_value(self) -> u64 {
        match self.size() {
            8 => u64::MAX,
            n => (1u64 << (8 * n)) - 1,
        }
    }

    fn big_endian(self) -> bool {
        matches!(self, Header::N16 | Header::N32 | Header::J)
    }

    fn write(self, v: u64, out: &mut Vec<u8>) {
        let n = self.size();
        let be = v.to_be_bytes();
        let bytes = &be[8 - n..];
        if self.big_endian() || n == 1 {
            out.extend_from_slice(bytes);
        } else {
            out.extend(bytes.iter().rev());
        }
    }

    fn read(self, b: &[u8]) -> u64 {
        let n = self.size();
        let mut v = 0u64;
        if self.big_endian() || n == 1 {
            for &x in &b[..n] {
                v = (v << 8) | u64::from(x);
            }
        } else {
            for &x in b[..n].iter().rev() {
                v = (v << 8) | u64::from(x);
            }
        }
        v
    }
}

/// How frames are delimited on a stream.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Framing {
    /// No framing: a frame is whatever one read returns.
    #[default]
    None,
    /// Each frame ends with the delimiter (`"\n"` for `'line'`).
    Delimiter(Vec<u8>),
    /// Each frame starts with its length; `includes_header` when the length counts the header.
    Length {
        header: Header,
        includes_header: bool,
    },
}

/// Why a frame cannot be encoded or decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrameError {
    /// The payload contains the delimiter (a ValueError in PHP).
    ContainsDelimiter,
    /// The payload is longer than `max_frame`.
    TooLarge { len: u64, max: usize },
    /// The payload is longer than the header can express.
    HeaderOverflow { len: u64, header: Header },
    /// A received header declares a length shorter than the header itself.
    BadLength { len: u64 },
}

impl std::fmt::Display for FrameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FrameError::ContainsDelimiter => write!(f, "the payload contains the frame delimiter"),
            FrameError::TooLarge { len, max } => {
                write!(f, "frame of {len} bytes exceeds max_frame ({max} bytes)")
            }
            FrameError::HeaderOverflow { len, header } => write!(
                f,
                "frame of {len} bytes does not fit a {}-byte length header",
                header.size()
            ),
            FrameError::BadLength { len } => {
                write!(f, "frame length {len} is shorter than its header")
            }
        }
    }
}

/// The outcome of [`Framing::decode`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decoded {
    /// A whole frame: its payload is `buf[start..end]`; the frame takes `consumed` bytes.
    Frame {
        start: usize,
        end: usize,
        consumed: usize,
    },
    /// Not yet a whole frame; `need` is the total byte count to wait for, when known.
    Partial { need: Option<usize> },
}

/// Position of `needle` in `hay` (needle non-empty).
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() == 1 {
        return hay.iter().position(|&b| b == needle[0]);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

impl Framing {
    /// Appends the frame of `payload` to `out` (the header, the payload, the delimiter).
    pub fn encode(&self, payload: &[u8], max: usize, out: &mut Vec<u8>) -> Result<(), FrameError> {
        let len = payload.len() as u64;
        if payload.len() > max {
            return Err(FrameError::TooLarge { len, max });
        }
        match self {
            Framing::None => out.extend_from_slice(payload),
            Framing::Delimiter(d) => {
                if find(payload, d).is_some() {
                    return Err(FrameError::ContainsDelimiter);
                }
                out.reserve(payload.len() + d.len());
                out.extend_from_slice(payload);
                out.extend_from_slice(d);
            }
            Framing::Length {
                header,
                includes_header,
            } => {
                let value = if *includes_header {
                    len + header.size() as u64
                } else {
                    len
                };
                if value > header.max_value() {
                    return Err(FrameError::HeaderOverflow {
                        len,
                        header: *header,
                    });
                }
                out.reserve(header.size() + payload.len());
                header.write(value, out);
                out.extend_from_slice(payload);
            }
        }
        Ok(())
    }

    /// Looks for one whole frame at the start of `buf`. A frame whose payload is (or, for a
    /// delimiter, can only be) larger than `max` is an error before anything is allocated.
    /// `Framing::None` is not a framing to decode: it yields whatever `buf` holds.
    pub fn decode(&self, buf: &[u8], max: usize) -> Result<Decoded, FrameError> {
        match self {
            Framing::None => Ok(if buf.is_empty() {
                Decoded::Partial { need: None }
            } else {
                Decoded::Frame {
                    start: 0,
                    end: buf.len(),
                    consumed: buf.len(),
                }
            }),
            Framing::Delimiter(d) => match find(buf, d) {
                Some(i) if i > max => Err(FrameError::TooLarge { len: i as u64, max }),
                Some(i) => Ok(Decoded::Frame {
                    start: 0,
                    end: i,
                    consumed: i + d.len(),
                }),
                // Everything but a possible delimiter prefix at the end is payload.
                None if buf.len().saturating_sub(d.len() - 1) > max => Err(FrameError::TooLarge {
                    len: buf.len() as u64,
                    max,
                }),
                None => Ok(Decoded::Partial { need: None }),
            },
            Framing::Length {
                header,
                includes_header,
            } => {
                let h = header.size();
                if buf.len() < h {
                    return Ok(Decoded::Partial { need: Some(h) });
                }
                let value = header.read(buf);
                let len = if *includes_header {
                    value
                        .checked_sub(h as u64)
                        .ok_or(FrameError::BadLength { len: value })?
                } else {
                    value
                };
                if len > max as u64 {
                    return Err(FrameError::TooLarge { len, max });
                }
                let total = h + len as usize;
                if buf.len() < total {
                    Ok(Decoded::Partial { need: Some(total) })
                } else {
                    Ok(Decoded::Frame {
                        start: h,
                        end: total,
                        consumed: total,
                    })
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn len(code: &[u8], inc: bool) -> Framing {
        Framing::Length {
            header: Header::from_code(code).unwrap(),
            includes_header: inc,
        }
    }

    #[test]
    fn headers_match_pack() {
        let cases: &[(&[u8], &[u8])] = &[
            (b"C", &[5]),
            (b"n", &[0, 5]),
            (b"v", &[5, 0]),
            (b"N", &[0, 0, 0, 5]),
            (b"V", &[5, 0, 0, 0]),
            (b"J", &[0, 0, 0, 0, 0, 0, 0, 5]),
            (b"P", &[5, 0, 0, 0, 0, 0, 0, 0]),
        ];
        for (code, hdr) in cases {
            let f = len(code, false);
            let mut out = Vec::new();
            f.encode(b"hello", 100, &mut out).unwrap();
            assert_eq!(&out[..hdr.len()], *hdr, "{}", code[0] as char);
            assert_eq!(&out[hdr.len()..], b"hello");
            assert_eq!(
                f.decode(&out, 100).unwrap(),
                Decoded::Frame {
                    start: hdr.len(),
                    end: out.len(),
                    consumed: out.len()
                }
            );
        }
        assert_eq!(Header::from_code(b"x"), None);
        assert_eq!(Header::from_code(b"NN"), None);
    }

    #[test]
    fn length_includes_header() {
        let f = len(b"n", true);
        let mut out = Vec::new();
        f.encode(b"abc", 100, &mut out).unwrap();
        assert_eq!(out, b"\x00\x05abc");
        assert!(matches!(
            f.decode(&out, 100).unwrap(),
            Decoded::Frame {
                start: 2,
                end: 5,
                consumed: 5
            }
        ));
        assert_eq!(
            f.decode(b"\x00\x01", 100),
            Err(FrameError::BadLength { len: 1 })
        );
    }

    #[test]
    fn partial_and_oversized_length_frames() {
        let f = len(b"N", false);
        assert_eq!(
            f.decode(b"\x00\x00", 10).unwrap(),
            Decoded::Partial { need: Some(4) }
        );
        assert_eq!(
            f.decode(b"\x00\x00\x00\x03ab", 10).unwrap(),
            Decoded::Partial { need: Some(7) }
        );
        assert_eq!(
            f.decode(b"\xff\xff\xff\xff", 10),
            Err(FrameError::TooLarge {
                len: 0xffff_ffff,
                max: 10
            })
        );
        let c = len(b"C", false);
        assert_eq!(
            c.encode(&[0u8; 256], 1000, &mut Vec::new()),
            Err(FrameError::HeaderOverflow {
                len: 256,
                header: Header::C
            })
        );
        assert_eq!(
            f.encode(&[0u8; 11], 10, &mut Vec::new()),
            Err(FrameError::TooLarge { len: 11, max: 10 })
        );
    }

    #[test]
    fn delimiters() {
        let f = Framing::Delimiter(b"\r\n".to_vec());
        let mut out = Vec::new();
        f.encode(b"PING", 100, &mut out).unwrap();
        assert_eq!(out, b"PING\r\n");
        assert_eq!(
            f.encode(b"a\r\nb", 100, &mut Vec::new()),
            Err(FrameError::ContainsDelimiter)
        );
        // A lone \r is payload.
        f.encode(b"a\rb", 100, &mut Vec::new()).unwrap();
        assert_eq!(
            f.decode(b"ab\r\ncd\r\n", 100).unwrap(),
            Decoded::Frame {
                start: 0,
                end: 2,
                consumed: 4
            }
        );
        assert_eq!(
            f.decode(b"ab\r", 100).unwrap(),
            Decoded::Partial { need: None }
        );
        // "abc\r" with max 3: the \r may start a delimiter, so not yet too large.
        assert_eq!(
            f.decode(b"abc\r", 3).unwrap(),
            Decoded::Partial { need: None }
        );
        assert!(f.decode(b"abcd\r", 3).is_err());
        assert!(f.decode(b"abcd\r\n", 3).is_err());
        let line = Framing::Delimiter(b"\n".to_vec());
        assert_eq!(
            line.decode(b"\n", 0).unwrap(),
            Decoded::Frame {
                start: 0,
                end: 0,
                consumed: 1
            }
        );
    }
}
