//! The build step that makes `php/sockets.stub.php` the single statement of the API, as php-src's
//! `build/gen_stub.php` does for `sockets_arginfo.h`: it reads the stub's function and constant
//! declarations and writes `$OUT_DIR/sockets_functions.rs` and `$OUT_DIR/sockets_constants.rs` with, for every
//! supported PHP version,
//!
//! - `FUNCTIONS`: the function table (`ext_functions[]` with its arginfo: names in stub order,
//!   required argument counts, types, by-reference flags, defaults as source text, return types),
//!   each entry naming its handler `handlers::<name>` (or the `@alias` target's handler);
//! - `CONSTANTS`: the constant table (`register_sockets_symbols()`), each value the Rust path given
//!   by `@cvalue` (a `libc::` name, or a named const of `src/constants.rs`);
//! - `DOCUMENTED`: the literal values the stub shows (the Linux values, for IDEs), which a unit
//!   test compares with `CONSTANTS` so that the stub cannot silently lie.
//!
//! Per-version markers in a declaration's docblock, as in JetBrains' phpstorm-stubs:
//! `@since 8.3` (present from 8.3 on) and `@removed 8.4` (present before 8.4 only). One table per
//! version is emitted under `#[cfg(...)]` of the cumulative cfgs `php82`…`php85` from build.rs.
//!
//! Used by build.rs and, for its own unit tests, by tests/stub_gen.rs; std only.

use std::fmt::Write as _;

/// The PHP versions a table is generated for, with the cfg that selects each (the last one also
/// covers later versions).
pub const VERSIONS: &[((u32, u32), &str)] = &[
    ((8, 2), "all(php82, not(php83))"),
    ((8, 3), "all(php83, not(php84))"),
    ((8, 4), "all(php84, not(php85))"),
    ((8, 5), "php85"),
];

/// One parameter of a stub declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    /// The declared type (`?array`, `Socket`, `int|false`), empty when untyped.
    pub ty: String,
    pub by_ref: bool,
    pub variadic: bool,
    /// The default value's source text (`null`, `PHP_BINARY_READ`), as Reflection shows it.
    pub default: Option<String>,
}

/// Which versions a declaration belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    pub since: Option<(u32, u32)>,
    pub removed: Option<(u32, u32)>,
}

impl Span {
    /// Whether the declaration exists in PHP `v`.
    pub fn contains(&self, v: (u32, u32)) -> bool {
        self.since.map_or(true, |s| v >= s) && self.removed.map_or(true, |r| v < r)
    }
}

/// `function name(params): ret {}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Function {
    pub name: String,
    pub params: Vec<Param>,
    /// Empty when the stub declares no return type.
    pub ret: String,
    /// `@alias target`: the handler is the target's (`ZEND_FALIAS`).
    pub alias: Option<String>,
    pub span: Span,
}

/// `/** @var int @cvalue PATH */ const NAME = VALUE;`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Constant {
    pub name: String,
    /// The Rust expression of the value: `libc::AF_INET`, or a const of `src/constants.rs`.
    pub cvalue: String,
    /// The literal the stub shows.
    pub documented: i64,
    pub span: Span,
}

/// Everything the stub declares that the tables need.
#[derive(Debug, Default)]
pub struct Stub {
    pub functions: Vec<Function>,
    pub constants: Vec<Constant>,
}

fn tag<'a>(doc: &'a str, name: &str) -> Option<&'a str> {
    let mut words = doc.split_whitespace();
    while let Some(w) = words.next() {
        if w == name {
            return words.next().map(|v| v.trim_end_matches("*/"));
        }
    }
    None
}

fn version(doc: &str, name: &str) -> Result<Option<(u32, u32)>, String> {
    let Some(v) = tag(doc, name) else {
        return Ok(None);
    };
    let parsed = v
        .split_once('.')
        .and_then(|(a, b)| Some((a.parse().ok()?, b.parse().ok()?)));
    parsed
        .map(Some)
        .ok_or_else(|| format!("{name} {v}: expected MAJOR.MINOR"))
}

fn span(doc: &str) -> Result<Span, String> {
    Ok(Span {
        since: version(doc, "@since")?,
        removed: version(doc, "@removed")?,
    })
}

/// Parses one parameter: `[TYPE ][&][...]$name[ = DEFAULT]`.
fn param(text: &str) -> Result<Param, String> {
    let (decl, default) = match text.split_once(" = ") {
        Some((d, v)) => (d.trim(), Some(v.trim().to_string())),
        None => (text.trim(), None),
    };
    let (ty, var) = match decl.rsplit_once(' ') {
        Some((t, v)) => (t.trim().to_string(), v),
        None => (String::new(), decl),
    };
    let by_ref = var.starts_with('&');
    let var = var.trim_start_matches('&');
    let variadic = var.starts_with("...");
    let var = var.trim_start_matches("...");
    let name = var
        .strip_prefix('$')
        .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .ok_or_else(|| format!("parameter `{text}`: expected [TYPE ][&]$name[ = DEFAULT]"))?;
    Ok(Param {
        name: name.to_string(),
        ty,
        by_ref,
        variadic,
        default,
    })
}

/// Parses `function name(params)[: ret] {}`.
fn function(line: &str, doc: &str) -> Result<Function, String> {
    let rest = line
        .strip_prefix("function ")
        .and_then(|r| r.strip_suffix(" {}"))
        .ok_or_else(|| {
            format!("`{line}`: expected `function name(...)[: type] {{}}` on one line")
        })?;
    let (name, rest) = rest
        .split_once('(')
        .ok_or_else(|| format!("`{line}`: no parameter list"))?;
    let (params, ret) = rest
        .rsplit_once(')')
        .ok_or_else(|| format!("`{line}`: unclosed parameter list"))?;
    let params = if params.trim().is_empty() {
        Vec::new()
    } else {
        params.split(", ").map(param).collect::<Result<_, _>>()?
    };
    Ok(Function {
        name: name.to_string(),
        params,
        ret: ret.trim().trim_start_matches(':').trim().to_string(),
        alias: tag(doc, "@alias").map(str::to_string),
        span: span(doc)?,
    })
}

/// Parses `const NAME = VALUE;` with its docblock's `@cvalue`.
fn constant(line: &str, doc: &str) -> Result<Constant, String> {
    let (name, value) = line
        .strip_prefix("const ")
        .and_then(|r| r.strip_suffix(';'))
        .and_then(|r| r.split_once(" = "))
        .ok_or_else(|| format!("`{line}`: expected `const NAME = VALUE;`"))?;
    let cvalue = tag(doc, "@cvalue")
        .ok_or_else(|| format!("constant {name}: no @cvalue in its docblock"))?;
    let documented = value
        .parse()
        .map_err(|_| format!("constant {name}: `{value}` is not an integer"))?;
    Ok(Constant {
        name: name.to_string(),
        cvalue: cvalue.to_string(),
        documented,
        span: span(doc)?,
    })
}

/// Parses the stub: every `function` and `const` declaration with the docblock just before it.
pub fn parse(src: &str) -> Result<Stub, String> {
    let mut stub = Stub::default();
    let mut doc = String::new();
    let mut in_doc = false;
    for (n, line) in src.lines().enumerate() {
        let line = line.trim();
        let at = |e: String| format!("php/sockets.stub.php:{}: {e}", n + 1);
        if line.starts_with("/**") {
            doc.clear();
            in_doc = true;
        }
        if in_doc {
            doc.push_str(line);
            doc.push('\n');
            in_doc = !line.ends_with("*/");
            continue;
        }
        if line.starts_with("function ") {
            stub.functions.push(function(line, &doc).map_err(at)?);
        } else if line.starts_with("const ") {
            stub.constants.push(constant(line, &doc).map_err(at)?);
        }
        if !line.is_empty() {
            doc.clear();
        }
    }
    Ok(stub)
}

/// The `MAY_BE_*` expression and class name of a stub type (`?array`, `Socket|false`).
fn mask(ty: &str) -> Result<(String, Option<String>), String> {
    let (nullable, ty) = match ty.strip_prefix('?') {
        Some(t) => (true, t),
        None => (false, ty),
    };
    let mut bits = Vec::new();
    let mut class = None;
    for part in ty.split('|').filter(|p| !p.is_empty()) {
        let bit = match part {
            "int" => "LONG",
            "string" => "STRING",
            "array" => "ARRAY",
            "bool" => "BOOL",
            "false" => "FALSE",
            "true" => "TRUE",
            "null" => "NULL",
            "float" => "DOUBLE",
            "void" => "VOID",
            "mixed" => "ANY",
            c if c.starts_with(|ch: char| ch.is_ascii_uppercase()) && class.is_none() => {
                class = Some(c.to_string());
                continue;
            }
            other => return Err(format!("type `{other}` is not supported by the generator")),
        };
        bits.push(format!("sys::MAY_BE_{bit}"));
    }
    if nullable {
        bits.push("sys::MAY_BE_NULL".to_string());
    }
    let expr = if bits.is_empty() {
        "0".to_string()
    } else {
        bits.join(" | ")
    };
    Ok((expr, class))
}

fn arg(p: &Param) -> Result<String, String> {
    let (m, class) = mask(&p.ty)?;
    let mut s = match class {
        Some(c) if m == "0" => format!("Arg::obj(c\"{}\", c\"{c}\")", p.name),
        Some(c) => format!("Arg::obj(c\"{}\", c\"{c}\").or({m})", p.name),
        None => format!("Arg::new(c\"{}\", {m})", p.name),
    };
    if p.by_ref {
        s.push_str(".reference()");
    }
    if p.variadic {
        s.push_str(".variadic()");
    }
    if let Some(d) = &p.default {
        write!(
            s,
            ".default(c\"{}\")",
            d.replace('\\', "\\\\").replace('"', "\\\"")
        )
        .ok();
    }
    Ok(s)
}

fn entry(f: &Function) -> Result<String, String> {
    let (m, class) = mask(&f.ret)?;
    let ret = match class {
        Some(c) => format!("Ret::obj(c\"{c}\", {m})"),
        None => format!("Ret::mask({m})"),
    };
    // ZEND_BEGIN_ARG_*'s required_num_args: the parameters before the first optional one.
    let required = f
        .params
        .iter()
        .take_while(|p| p.default.is_none() && !p.variadic)
        .count();
    let args = f.params.iter().map(arg).collect::<Result<Vec<_>, _>>()?;
    let handler = f.alias.as_deref().unwrap_or(&f.name);
    Ok(format!(
        "    Func::new(c\"{}\", handlers::{handler}, {required}, {ret}, &[{}]),\n",
        f.name,
        args.join(", ")
    ))
}

const GENERATED: &str =
    "// @generated by build/stub.rs from php/sockets.stub.php; edit the stub, not this file.\n";

/// The Rust source of the function tables (`FUNCTIONS`, see the module doc), for src/sockets/mod.rs.
pub fn render_functions(stub: &Stub) -> Result<String, String> {
    let mut out = String::from(GENERATED);
    for &(v, cfg) in VERSIONS {
        let (major, minor) = v;
        writeln!(
            out,
            "\n/// `ext_functions[]` of PHP {major}.{minor}, in the stub's (and C's) order."
        )
        .ok();
        writeln!(out, "#[cfg({cfg})]\npub const FUNCTIONS: &[Func] = &[").ok();
        for f in stub.functions.iter().filter(|f| f.span.contains(v)) {
            out.push_str(&entry(f)?);
        }
        out.push_str("];\n");
    }
    Ok(out)
}

/// The Rust source of the constant tables (`CONSTANTS`, `DOCUMENTED`), for src/constants.rs.
pub fn render_constants(stub: &Stub) -> String {
    let mut out = String::from(GENERATED);
    for &(v, cfg) in VERSIONS {
        let (major, minor) = v;
        let consts: Vec<&Constant> = stub
            .constants
            .iter()
            .filter(|c| c.span.contains(v))
            .collect();
        writeln!(out, "\n/// `register_sockets_symbols()` of PHP {major}.{minor}: (name, value), in registration order.").ok();
        // The libc names have the types of their C declarations (c_int, u32, ...).
        writeln!(out, "#[cfg({cfg})]\n#[allow(clippy::unnecessary_cast)]\npub const CONSTANTS: &[(&str, i64)] = &[").ok();
        for c in &consts {
            writeln!(out, "    (\"{}\", {} as i64),", c.name, c.cvalue).ok();
        }
        out.push_str("];\n");
        writeln!(
            out,
            "\n/// The literal values the stub shows for PHP {major}.{minor}'s constants."
        )
        .ok();
        writeln!(
            out,
            "#[cfg(all(test, {cfg}))]\npub const DOCUMENTED: &[(&str, i64)] = &["
        )
        .ok();
        for c in &consts {
            writeln!(out, "    (\"{}\", {}),", c.name, c.documented).ok();
        }
        out.push_str("];\n");
    }
    out
}

/// build.rs: reads the stub, writes the two files into `$OUT_DIR`.
#[allow(dead_code)] // unused by tests/stub_gen.rs
pub fn generate() {
    let stub_path = "php/sockets.stub.php";
    println!("cargo:rerun-if-changed={stub_path}");
    println!("cargo:rerun-if-changed=build/stub.rs");
    let result = std::fs::read_to_string(stub_path)
        .map_err(|e| format!("{stub_path}: {e}"))
        .and_then(|src| parse(&src))
        .and_then(|stub| {
            Ok([
                ("sockets_functions.rs", render_functions(&stub)?),
                ("sockets_constants.rs", render_constants(&stub)),
            ])
        });
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    match result {
        Ok(files) => {
            for (name, src) in files {
                let path = std::path::Path::new(&out_dir).join(name);
                if let Err(e) = std::fs::write(&path, src) {
                    panic!("rsockets: cannot write {}: {e}", path.display());
                }
            }
        }
        Err(e) => panic!("rsockets: {e}"),
    }
}
