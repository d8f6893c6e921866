//! `SocketClient`'s options array, checked without the engine: the binding turns the PHP array
//! into an [`OptValue`] tree and [`parse`] turns that into [`Options`] or the TypeError /
//! ValueError PHP must see ([`OptError`], the message without the method prefix).
//!
//! Every option is one arm of [`parse`]'s `match`; a nested group of options (`'framing' =>
//! [...]`) is read with [`entries`] and the same typed readers ([`seconds`], [`int`],
//! [`boolean`], [`string`]), so its messages name the key the same way (`Option "framing" key
//! "delimiter" must be of type string, int given`).
//!
//! Adding an option is one arm in [`parse`] (and its field in `core::Options`); adding a group
//! such as `'tls' => [...]` is one arm calling a function built like [`framing`]: match the
//! value's type, then [`entries`] with one arm per key, each reading its value with the typed
//! readers under `at.key(name)`.

use std::fmt;
use std::time::Duration;

use super::core::{Options, Scheme, Target};
use super::framing::{Framing, Header};
use super::tls::{MinVersion, TlsOptions};

/// A key of a PHP array: `0` or `"name"`.
#[derive(Debug, Clone, PartialEq)]
pub enum Key {
    Index(i64),
    Name(String),
}

impl Key {
    /// The name of a string key; `None` for an integer key.
    fn name(&self) -> Option<&str> {
        match self {
            Key::Name(n) => Some(n),
            Key::Index(_) => None,
        }
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Key::Index(i) => write!(f, "{i}"),
            Key::Name(n) => f.write_str(n),
        }
    }
}

/// A PHP value as the options see it (references already followed).
#[derive(Debug, Clone, PartialEq)]
pub enum OptValue {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Vec<u8>),
    /// An array, its entries in order.
    Array(Vec<(Key, OptValue)>),
    /// Anything else (an object, a resource, an array nested too deep to matter), with the
    /// engine's name for it in a TypeError (`zend_zval_value_name()`: the class name, …).
    Other(String),
}

impl OptValue {
    /// The engine's name for the value in a TypeError (`zend_zval_value_name()`; PHP 8.2's
    /// `zend_zval_type_name()` says `bool` for both booleans).
    fn type_name(&self) -> &str {
        match self {
            OptValue::Null => "null",
            #[cfg(php83)]
            OptValue::Bool(true) => "true",
            #[cfg(php83)]
            OptValue::Bool(false) => "false",
            #[cfg(not(php83))]
            OptValue::Bool(_) => "bool",
            OptValue::Int(_) => "int",
            OptValue::Float(_) => "float",
            OptValue::Str(_) => "string",
            OptValue::Array(_) => "array",
            OptValue::Other(name) => name,
        }
    }
}

/// Why an options array was refused; the message follows `SocketClient::__construct(): `.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptError {
    /// A TypeError.
    Type(String),
    /// A ValueError.
    Value(String),
}

pub type Result<T> = std::result::Result<T, OptError>;

/// The option a message is about: `Option "timeout"` or `Option "framing" key "length"`.
#[derive(Debug, Clone, Copy)]
pub struct At<'a> {
    option: &'a str,
    key: Option<&'a str>,
}

impl<'a> At<'a> {
    /// A top-level option.
    pub fn option(option: &'a str) -> Self {
        At { option, key: None }
    }

    /// A key inside a group option (`'framing' => ['length' => …]`).
    pub fn key(self, key: &'a str) -> Self {
        At {
            option: self.option,
            key: Some(key),
        }
    }

    /// A TypeError: `<at> must be of type <want>, <type of v> given`.
    pub fn type_error(self, want: &str, v: &OptValue) -> OptError {
        OptError::Type(format!(
            "{self} must be of type {want}, {} given",
            v.type_name()
        ))
    }

    /// A ValueError: `<at> <msg>`.
    pub fn value_error(self, msg: &str) -> OptError {
        OptError::Value(format!("{self} {msg}"))
    }
}

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Option \"{}\"", self.option)?;
        if let Some(k) = self.key {
            write!(f, " key \"{k}\"")?;
        }
        Ok(())
    }
}

// ---- typed readers --------------------------------------------------------------------------

/// An int or float as a number (the `int|float` options).
fn number(at: At, v: &OptValue) -> Result<f64> {
    match *v {
        OptValue::Int(i) => Ok(i as f64),
        OptValue::Float(f) => Ok(f),
        _ => Err(at.type_error("int|float", v)),
    }
}

/// An int or float as seconds greater than 0.
pub fn seconds(at: At, v: &OptValue) -> Result<Duration> {
    let s = number(at, v)?;
    match Duration::try_from_secs_f64(s) {
        Ok(d) if s > 0.0 => Ok(d),
        _ => Err(at.value_error("must be a number of seconds greater than 0")),
    }
}

/// An int in `min..=max`.
pub fn int(at: At, v: &OptValue, min: i64, max: i64) -> Result<i64> {
    match *v {
        OptValue::Int(i) if (min..=max).contains(&i) => Ok(i),
        OptValue::Int(_) => Err(at.value_error(&format!("must be between {min} and {max}"))),
        _ => Err(at.type_error("int", v)),
    }
}

/// A bool (no juggling: `1` is a TypeError).
pub fn boolean(at: At, v: &OptValue) -> Result<bool> {
    match *v {
        OptValue::Bool(b) => Ok(b),
        _ => Err(at.type_error("bool", v)),
    }
}

/// A string's bytes.
pub fn string(at: At, v: &OptValue) -> Result<Vec<u8>> {
    match v {
        OptValue::Str(s) => Ok(s.clone()),
        _ => Err(at.type_error("string", v)),
    }
}

/// Calls `f(name, value)` for every entry of a group option's array, in order; an integer key,
/// or a name `f` does not know (it returns `Ok(false)`), is `<at> has an unknown key "…"`.
pub fn entries(
    at: At,
    entries: &[(Key, OptValue)],
    mut f: impl FnMut(&str, &OptValue) -> Result<bool>,
) -> Result<()> {
    for (k, v) in entries {
        let known = match k.name() {
            Some(name) => f(name, v)?,
            None => false,
        };
        if !known {
            return Err(at.value_error(&format!("has an unknown key \"{k}\"")));
        }
    }
    Ok(())
}

// ---- the options ----------------------------------------------------------------------------

const FRAMING_FORMS: &str = "must be \"none\", \"line\", [\"delimiter\" => string] or [\"length\" => \"n\"|\"N\"|\"v\"|\"V\"|\"J\"|\"P\"|\"C\"]";

/// `framing`: `"none"`, `"line"`, null, `['delimiter' => string]` or `['length' => code,
/// 'length_includes_header' => bool]`.
fn framing(v: &OptValue) -> Result<Framing> {
    let at = At::option("framing");
    let group = match v {
        OptValue::Null => return Ok(Framing::None),
        OptValue::Str(s) => {
            return match s.as_slice() {
                b"none" => Ok(Framing::None),
                b"line" => Ok(Framing::Delimiter(b"\n".to_vec())),
                _ => Err(at.value_error(FRAMING_FORMS)),
            }
        }
        OptValue::Array(group) => group,
        _ => return Err(at.type_error("array|string|null", v)),
    };
    let mut delimiter: Option<Vec<u8>> = None;
    let mut header: Option<Header> = None;
    let mut includes: Option<bool> = None;
    entries(at, group, |name, v| {
        let at = at.key(name);
        match name {
            "delimiter" => {
                let d = string(at, v)?;
                if d.is_empty() {
                    return Err(at.value_error("must not be empty"));
                }
                delimiter = Some(d);
            }
            "length" => {
                let code = string(at, v)?;
                header = Some(Header::from_code(&code).ok_or_else(|| {
                    at.value_error(
                        "must be one of the pack() codes \"n\", \"N\", \"v\", \"V\", \"J\", \"P\", \"C\"",
                    )
                })?);
            }
            "length_includes_header" => includes = Some(boolean(at, v)?),
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    match (delimiter, header) {
        (Some(d), None) if includes.is_none() => Ok(Framing::Delimiter(d)),
        (Some(_), None) => Err(at
            .key("length_includes_header")
            .value_error("needs \"length\"")),
        (None, Some(h)) => Ok(Framing::Length {
            header: h,
            includes_header: includes.unwrap_or(false),
        }),
        (Some(_), Some(_)) => {
            Err(at.value_error("takes either \"delimiter\" or \"length\", not both"))
        }
        (None, None) => Err(at.value_error(FRAMING_FORMS)),
    }
}

/// A file or directory name of the `'tls'` group: a non-empty string without NUL bytes.
/// Whether it can be read is found at connect time (a TlsException naming the file and the OS
/// error, as PHP's streams report it when the handshake is set up).
fn path(at: At, v: &OptValue) -> Result<std::path::PathBuf> {
    use std::os::unix::ffi::OsStrExt;
    let p = string(at, v)?;
    if p.is_empty() {
        return Err(at.value_error("must not be empty"));
    }
    if p.contains(&0) {
        return Err(at.value_error("must not contain any null bytes"));
    }
    Ok(std::ffi::OsStr::from_bytes(&p).into())
}

/// `alpn_protocols`: an array of strings, or one string of comma-separated names (as PHP's
/// `ssl` context option); each 1 to 255 bytes (RFC 7301).
fn alpn(at: At, v: &OptValue) -> Result<Vec<Vec<u8>>> {
    let names: Vec<Vec<u8>> = match v {
        OptValue::Str(s) => s.split(|&b| b == b',').map(<[u8]>::to_vec).collect(),
        OptValue::Array(items) => items
            .iter()
            .map(|(_, v)| match v {
                OptValue::Str(s) => Ok(s.clone()),
                _ => Err(at.value_error(&format!(
                    "must contain only strings, {} given",
                    v.type_name()
                ))),
            })
            .collect::<Result<_>>()?,
        _ => return Err(at.type_error("array|string", v)),
    };
    if names.is_empty() || names.iter().any(|n| n.is_empty() || n.len() > 255) {
        return Err(at.value_error("must name protocols of 1 to 255 bytes each"));
    }
    Ok(names)
}

/// `tls`: the group of PHP's SSL context options (`verify_peer`, `peer_name`, `cafile`, …).
fn tls(v: &OptValue) -> Result<TlsOptions> {
    let at = At::option("tls");
    let OptValue::Array(group) = v else {
        return Err(at.type_error("array", v));
    };
    let mut t = TlsOptions::default();
    entries(at, group, |name, v| {
        let at = at.key(name);
        match name {
            "verify_peer" => t.verify_peer = boolean(at, v)?,
            "verify_peer_name" => t.verify_peer_name = boolean(at, v)?,
            "allow_self_signed" => t.allow_self_signed = boolean(at, v)?,
            "SNI_enabled" => t.sni_enabled = boolean(at, v)?,
            "peer_name" => {
                let n = String::from_utf8(string(at, v)?)
                    .map_err(|_| at.value_error("must be a host name or an IP address"))?;
                if super::tls::server_name(&n).is_err() {
                    return Err(at.value_error("must be a host name or an IP address"));
                }
                t.peer_name = Some(n);
            }
            "cafile" => t.cafile = Some(path(at, v)?),
            "capath" => t.capath = Some(path(at, v)?),
            "local_cert" => t.local_cert = Some(path(at, v)?),
            "local_pk" => t.local_pk = Some(path(at, v)?),
            "passphrase" => {
                t.passphrase = Some(
                    String::from_utf8(string(at, v)?)
                        .map_err(|_| at.value_error("must be valid UTF-8"))?,
                )
            }
            "alpn_protocols" => t.alpn = alpn(at, v)?,
            "min_version" => {
                t.min_version = match string(at, v)?.as_slice() {
                    b"1.2" => MinVersion::Tls12,
                    b"1.3" => MinVersion::Tls13,
                    _ => return Err(at.value_error("must be \"1.2\" or \"1.3\"")),
                }
            }
            _ => return Ok(false),
        }
        Ok(true)
    })?;
    if t.local_pk.is_some() && t.local_cert.is_none() {
        return Err(at.key("local_pk").value_error("needs \"local_cert\""));
    }
    Ok(t)
}

/// [`parse`] for a client of `target`: `'tls'` only with `tls://` or `ssl://` (which get the
/// default TLS options without it); a persistent connection's pool key then includes the TLS
/// options ([`TlsOptions::pool_key`]), so only clients with the same trust and identity share
/// connections.
pub fn parse_for(
    array: &[(Key, OptValue)],
    target: &Target,
    default_timeout: Option<Duration>,
) -> Result<Options> {
    let mut o = parse(array, target.scheme, default_timeout)?;
    match (&o.tls, target.tls) {
        (Some(_), false) => {
            return Err(At::option("tls")
                .value_error("needs a tls:// or ssl:// address (TLS runs over TCP only)"))
        }
        (None, true) => o.tls = Some(TlsOptions::default()),
        _ => {}
    }
    if let (Some(key), Some(t)) = (o.persistent.as_mut(), &o.tls) {
        key.push(0);
        key.extend_from_slice(&t.pool_key());
    }
    Ok(o)
}

/// Checks the options array of a client of `scheme`; every timeout defaults to
/// `default_timeout` (`default_socket_timeout`). The first bad option, in array order, is the
/// error.
pub fn parse(
    array: &[(Key, OptValue)],
    scheme: Scheme,
    default_timeout: Option<Duration>,
) -> Result<Options> {
    let mut o = Options::new(default_timeout);
    let (mut c, mut r, mut w) = (None, None, None);
    for (k, v) in array {
        let Some(name) = k.name() else {
            return Err(OptError::Value(format!(
                "Unknown option {k} (options are named)"
            )));
        };
        let at = At::option(name);
        match name {
            "timeout" => {
                let t = seconds(at, v)?;
                o.connect_timeout = Some(t);
                o.read_timeout = Some(t);
                o.write_timeout = Some(t);
            }
            "connect_timeout" => c = Some(seconds(at, v)?),
            "read_timeout" => r = Some(seconds(at, v)?),
            "write_timeout" => w = Some(seconds(at, v)?),
            "framing" => o.framing = framing(v)?,
            "max_frame" => o.max_frame = int(at, v, 1, i64::from(u32::MAX))? as usize,
            "tcp_nodelay" => o.tcp_nodelay = boolean(at, v)?,
            "keepalive" => o.keepalive = boolean(at, v)?,
            "lazy_connect" => o.lazy_connect = boolean(at, v)?,
            "bind" => o.bind = Some(string(at, v)?),
            "retries" => o.retries = int(at, v, 0, 1000)? as u32,
            "retry_delay" => {
                o.retry_delay = Duration::try_from_secs_f64(number(at, v)?)
                    .map_err(|_| at.value_error("must be a number of seconds, 0 or more"))?;
            }
            "tls" => o.tls = Some(tls(v)?),
            "persistent" => {
                o.persistent = match v {
                    OptValue::Bool(true) => Some(Vec::new()),
                    OptValue::Bool(false) => None,
                    OptValue::Str(s) => Some(s.clone()),
                    _ => return Err(at.type_error("string|bool", v)),
                }
            }
            _ => return Err(OptError::Value(format!("Unknown option \"{name}\""))),
        }
    }
    // The specific timeouts win over "timeout", whatever their order in the array.
    if c.is_some() {
        o.connect_timeout = c;
    }
    if r.is_some() {
        o.read_timeout = r;
    }
    if w.is_some() {
        o.write_timeout = w;
    }
    if scheme == Scheme::Udp && o.framing != Framing::None {
        return Err(At::option("framing").value_error(
            "applies to stream sockets (tcp://, unix://); a UDP datagram is a frame already",
        ));
    }
    Ok(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &str) -> Key {
        Key::Name(s.to_string())
    }

    fn one(k: &str, v: OptValue) -> Result<Options> {
        parse(&[(name(k), v)], Scheme::Tcp, None)
    }

    fn s(b: &str) -> OptValue {
        OptValue::Str(b.as_bytes().to_vec())
    }

    fn arr(kv: &[(&str, OptValue)]) -> OptValue {
        OptValue::Array(kv.iter().map(|(k, v)| (name(k), v.clone())).collect())
    }

    fn value(m: &str) -> Result<Options> {
        Err(OptError::Value(m.to_string()))
    }

    fn type_(m: &str) -> Result<Options> {
        Err(OptError::Type(m.to_string()))
    }

    #[test]
    fn defaults_and_timeouts() {
        let d = Some(Duration::from_secs(60));
        assert_eq!(parse(&[], Scheme::Tcp, d), Ok(Options::new(d)));
        // The specific timeout wins over "timeout" even when it comes first.
        let o = parse(
            &[
                (name("read_timeout"), OptValue::Float(0.25)),
                (name("timeout"), OptValue::Int(2)),
            ],
            Scheme::Tcp,
            d,
        )
        .unwrap();
        assert_eq!(o.connect_timeout, Some(Duration::from_secs(2)));
        assert_eq!(o.read_timeout, Some(Duration::from_millis(250)));
        assert_eq!(
            one("timeout", OptValue::Float(f64::INFINITY)),
            value("Option \"timeout\" must be a number of seconds greater than 0")
        );
        assert_eq!(
            one("connect_timeout", OptValue::Null),
            type_("Option \"connect_timeout\" must be of type int|float, null given")
        );
    }

    #[test]
    fn keys_and_types() {
        assert_eq!(
            parse(&[(Key::Index(0), OptValue::Int(5))], Scheme::Tcp, None),
            value("Unknown option 0 (options are named)")
        );
        assert_eq!(
            one("tmeout", OptValue::Int(1)),
            value("Unknown option \"tmeout\"")
        );
        assert_eq!(
            one("bind", OptValue::Other("stdClass".into())),
            type_("Option \"bind\" must be of type string, stdClass given")
        );
        let bool_name = if cfg!(php83) { "true" } else { "bool" };
        assert_eq!(
            one("timeout", OptValue::Bool(true)),
            type_(&format!(
                "Option \"timeout\" must be of type int|float, {bool_name} given"
            ))
        );
        assert_eq!(
            one("max_frame", OptValue::Int(0)),
            value("Option \"max_frame\" must be between 1 and 4294967295")
        );
        assert_eq!(
            one("bind", s("127.0.0.1:0")).unwrap().bind,
            Some(b"127.0.0.1:0".to_vec())
        );
        assert_eq!(
            one("persistent", OptValue::Bool(true)).unwrap().persistent,
            Some(vec![])
        );
        assert!(
            one("lazy_connect", OptValue::Bool(true))
                .unwrap()
                .lazy_connect
        );
        assert!(!parse(&[], Scheme::Tcp, None).unwrap().lazy_connect);
        assert_eq!(
            one("lazy_connect", OptValue::Int(1)),
            type_("Option \"lazy_connect\" must be of type bool, int given")
        );
        assert_eq!(
            one("retry_delay", OptValue::Int(-1)),
            value("Option \"retry_delay\" must be a number of seconds, 0 or more")
        );
        assert_eq!(
            one("retry_delay", OptValue::Int(0)).unwrap().retry_delay,
            Duration::ZERO
        );
    }

    #[test]
    fn tls_group() {
        let target = |a: &str| super::super::core::parse_address(a.as_bytes()).unwrap();
        let tls = |kv: &[(&str, OptValue)]| {
            parse_for(&[(name("tls"), arr(kv))], &target("tls://gw:1"), None).map(|o| o.tls)
        };
        let t = tls(&[
            ("verify_peer_name", OptValue::Bool(false)),
            ("peer_name", s("gw.example")),
            ("alpn_protocols", s("h2,rsockets/1")),
            ("min_version", s("1.3")),
            ("cafile", s("/etc/ca.pem")),
        ])
        .unwrap()
        .unwrap();
        assert!(!t.verify_peer_name && t.verify_peer && t.sni_enabled);
        assert_eq!(t.peer_name.as_deref(), Some("gw.example"));
        assert_eq!(t.alpn, vec![b"h2".to_vec(), b"rsockets/1".to_vec()]);
        assert_eq!(t.min_version, MinVersion::Tls13);
        assert_eq!(
            tls(&[(
                "alpn_protocols",
                OptValue::Array(vec![(Key::Index(0), s("a"))])
            )])
            .unwrap()
            .unwrap()
            .alpn,
            vec![b"a".to_vec()]
        );
        assert_eq!(
            tls(&[("verify_peer", OptValue::Int(1))]),
            Err(OptError::Type(
                "Option \"tls\" key \"verify_peer\" must be of type bool, int given".into()
            ))
        );
        assert_eq!(
            tls(&[("verify_depth", OptValue::Int(1))]),
            Err(OptError::Value(
                "Option \"tls\" has an unknown key \"verify_depth\"".into()
            ))
        );
        assert_eq!(
            tls(&[("min_version", s("1.1"))]),
            Err(OptError::Value(
                "Option \"tls\" key \"min_version\" must be \"1.2\" or \"1.3\"".into()
            ))
        );
        assert_eq!(
            tls(&[("cafile", s(""))]),
            Err(OptError::Value(
                "Option \"tls\" key \"cafile\" must not be empty".into()
            ))
        );
        assert_eq!(
            tls(&[("alpn_protocols", s("a,,b"))]),
            Err(OptError::Value(
                "Option \"tls\" key \"alpn_protocols\" must name protocols of 1 to 255 bytes each"
                    .into()
            ))
        );
        assert_eq!(
            parse_for(&[(name("tls"), arr(&[]))], &target("tcp://gw:1"), None),
            value("Option \"tls\" needs a tls:// or ssl:// address (TLS runs over TCP only)")
        );
        // tls:// without options: the defaults; the pool key carries them.
        let o = parse_for(&[(name("persistent"), s("k"))], &target("ssl://gw:1"), None).unwrap();
        assert_eq!(o.tls, Some(TlsOptions::default()));
        let key = o.persistent.unwrap();
        assert_eq!(
            key,
            [&b"k\0"[..], &TlsOptions::default().pool_key()].concat()
        );
    }

    #[test]
    fn framing_forms() {
        let f = |v| one("framing", v).map(|o| o.framing);
        assert_eq!(f(s("line")), Ok(Framing::Delimiter(b"\n".to_vec())));
        assert_eq!(f(OptValue::Null), Ok(Framing::None));
        assert_eq!(
            f(arr(&[
                ("length", s("N")),
                ("length_includes_header", OptValue::Bool(true))
            ])),
            Ok(Framing::Length {
                header: Header::from_code(b"N").unwrap(),
                includes_header: true
            })
        );
        assert_eq!(
            f(arr(&[
                ("delimiter", s("\r\n")),
                ("length_includes_header", OptValue::Bool(true))
            ])),
            Err(OptError::Value(
                "Option \"framing\" key \"length_includes_header\" needs \"length\"".into()
            ))
        );
        assert_eq!(
            f(arr(&[("delimiter", OptValue::Int(5))])),
            Err(OptError::Type(
                "Option \"framing\" key \"delimiter\" must be of type string, int given".into()
            ))
        );
        assert_eq!(
            f(OptValue::Array(vec![(Key::Index(0), s("N"))])),
            Err(OptError::Value(
                "Option \"framing\" has an unknown key \"0\"".into()
            ))
        );
        assert_eq!(
            f(arr(&[])),
            Err(OptError::Value(format!(
                "Option \"framing\" {FRAMING_FORMS}"
            )))
        );
        assert_eq!(
            parse(&[(name("framing"), s("line"))], Scheme::Udp, None),
            value("Option \"framing\" applies to stream sockets (tcp://, unix://); a UDP datagram is a frame already")
        );
    }
}
