//! The generator of build/stub.rs on the real php/sockets.stub.php and on small inputs: what
//! each PHP version's tables hold, and that malformed declarations are refused.

#[path = "../build/stub.rs"]
mod stub;

use stub::{parse, render_functions, Stub};

fn real() -> Stub {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/php/sockets.stub.php"))
        .expect("read the stub");
    parse(&src).expect("the stub parses")
}

fn count(stub: &Stub, v: (u32, u32)) -> (usize, usize) {
    (
        stub.functions.iter().filter(|f| f.span.contains(v)).count(),
        stub.constants.iter().filter(|c| c.span.contains(v)).count(),
    )
}

#[test]
fn counts_per_version_are_the_c_extensions() {
    let stub = real();
    assert_eq!(count(&stub, (8, 2)), (36, 212));
    assert_eq!(count(&stub, (8, 3)), (37, 226));
    assert_eq!(count(&stub, (8, 4)), (37, 231));
    assert_eq!(count(&stub, (8, 5)), (37, 243));
}

#[test]
fn create_listen_default_changes_in_8_4() {
    let stub = real();
    let backlog = |v| {
        let f: Vec<_> = stub
            .functions
            .iter()
            .filter(|f| f.name == "socket_create_listen" && f.span.contains(v))
            .collect();
        assert_eq!(f.len(), 1, "one declaration for {v:?}");
        f[0].params[1].default.clone()
    };
    assert_eq!(backlog((8, 3)).as_deref(), Some("128"));
    assert_eq!(backlog((8, 4)).as_deref(), Some("SOMAXCONN"));
}

#[test]
fn every_version_has_unique_names_and_a_value_path() {
    let stub = real();
    for &(v, _) in stub::VERSIONS {
        let mut names: Vec<&str> = stub
            .functions
            .iter()
            .filter(|f| f.span.contains(v))
            .map(|f| f.name.as_str())
            .chain(
                stub.constants
                    .iter()
                    .filter(|c| c.span.contains(v))
                    .map(|c| c.name.as_str()),
            )
            .collect();
        let n = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(n, names.len(), "duplicate declaration for {v:?}");
    }
    assert!(stub.constants.iter().all(|c| !c.cvalue.is_empty()));
}

#[test]
fn entries_carry_arginfo() {
    let src = "/** @since 8.3 */\nfunction f(Socket $s, ?array &$a, int $n = PHP_BINARY_READ, $x = null): int|false {}\n\
               /** Alias. @alias f */\nfunction g(?Socket $s = null): ?int {}\n";
    let stub = parse(src).unwrap();
    assert!(!stub.functions[0].span.contains((8, 2)));
    let out = render_functions(&stub).unwrap();
    // The first table is PHP 8.2's: f is @since 8.3.
    let v82 = out.split("#[cfg(").nth(1).unwrap();
    assert!(v82.starts_with("all(php82, not(php83)))]") && !v82.contains("c\"f\""));
    let line = out.lines().find(|l| l.contains("c\"f\"")).unwrap();
    assert_eq!(
        line.trim(),
        "Func::new(c\"f\", handlers::f, 2, Ret::mask(sys::MAY_BE_LONG | sys::MAY_BE_FALSE), \
         &[Arg::obj(c\"s\", c\"Socket\"), Arg::new(c\"a\", sys::MAY_BE_ARRAY | sys::MAY_BE_NULL).reference(), \
         Arg::new(c\"n\", sys::MAY_BE_LONG).default(c\"PHP_BINARY_READ\"), Arg::new(c\"x\", 0).default(c\"null\")]),"
    );
    let line = out.lines().find(|l| l.contains("c\"g\"")).unwrap();
    assert_eq!(
        line.trim(),
        "Func::new(c\"g\", handlers::f, 0, Ret::mask(sys::MAY_BE_LONG | sys::MAY_BE_NULL), \
         &[Arg::obj(c\"s\", c\"Socket\").or(sys::MAY_BE_NULL).default(c\"null\")]),"
    );
}

#[test]
fn malformed_declarations_are_refused() {
    assert!(parse("/** @var int */\nconst A = 1;\n")
        .unwrap_err()
        .contains("no @cvalue"));
    assert!(parse("/** @var int @cvalue libc::A */\nconst A = x;\n")
        .unwrap_err()
        .contains("not an integer"));
    assert!(parse("/** @since 8 */\nfunction f(): void {}\n")
        .unwrap_err()
        .contains("MAJOR.MINOR"));
    assert!(parse("function f(int x): void {}\n")
        .unwrap_err()
        .contains("parameter"));
    let stub = parse("function f(object $o): void {}\n").unwrap();
    assert!(render_functions(&stub)
        .unwrap_err()
        .contains("not supported"));
}

/// The handler blocks of src/sockets: (PHP name, doc signature, first zpp spec in the block).
fn handlers() -> Vec<(String, String, Option<String>)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/sockets");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("src/sockets") {
        let src = std::fs::read_to_string(entry.expect("entry").path()).expect("read");
        for block in src.split("php_function!(").skip(1) {
            // The invocation ends at the first `);` in column 0.
            let block = &block[..block.find("\n);").unwrap_or(block.len())];
            let doc: Vec<&str> = block
                .lines()
                .map(str::trim)
                .take_while(|l| l.is_empty() || l.starts_with("///") || l.starts_with("#["))
                .filter_map(|l| l.strip_prefix("///"))
                .map(str::trim)
                .collect();
            let doc = doc.join(" ");
            let sig = doc.split('`').nth(1).unwrap_or_default().to_string();
            let name = block
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty() && !l.starts_with("///") && !l.starts_with("#["))
                .and_then(|l| l.split('(').next())
                .unwrap_or_default()
                .to_string();
            let spec = block
                .find("zpp!(")
                .map(|i| &block[i..])
                .and_then(|z| z.split('"').nth(1))
                .map(str::to_string);
            out.push((name, sig, spec));
        }
    }
    out
}

/// The zpp letters one stub parameter corresponds to (`O`, `l!`, `z` ...).
fn zpp_of(p: &stub::Param) -> String {
    let nullable = p.ty.starts_with('?') || p.ty.split('|').any(|t| t == "null");
    let base = p.ty.trim_start_matches('?');
    let letter = match base {
        "" => "z",
        "int" => "l",
        "string" => "s",
        "array" => "a",
        c if c.starts_with(|ch: char| ch.is_ascii_uppercase()) => "O",
        other => panic!("no zpp letter for {other}"),
    };
    format!(
        "{letter}{}",
        if nullable && letter != "z" { "!" } else { "" }
    )
}

/// Each handler's doc line states its stub signature, and its argument parsing (the zpp spec,
/// when the handler parses itself) takes the stub's parameters: letters, nullability and the
/// `|` before the first optional one. This is the drift test for what the generator cannot make.
#[test]
fn handlers_parse_what_the_stub_declares() {
    let stub = real();
    let handlers = handlers();
    let mut problems = Vec::new();
    for f in stub.functions.iter().filter(|f| f.alias.is_none()) {
        let decl = format!(
            "{}({}){}",
            f.name,
            f.params
                .iter()
                .map(|p| {
                    let mut s = String::new();
                    if !p.ty.is_empty() {
                        s = format!("{} ", p.ty);
                    }
                    s += if p.by_ref { "&$" } else { "$" };
                    s += &p.name;
                    if let Some(d) = &p.default {
                        s += &format!(" = {d}");
                    }
                    s
                })
                .collect::<Vec<_>>()
                .join(", "),
            if f.ret.is_empty() {
                String::new()
            } else {
                format!(": {}", f.ret)
            }
        );
        let Some((_, sig, spec)) = handlers.iter().find(|h| h.0 == f.name) else {
            problems.push(format!("{}: no php_function! handler", f.name));
            continue;
        };
        // A signature that changed between versions is documented once per declaration; the
        // handler's doc names one of them.
        let documented = stub.functions.iter().filter(|g| g.name == f.name).count();
        if *sig != decl && documented == 1 {
            problems.push(format!("{}: doc `{sig}`, stub `{decl}`", f.name));
        }
        if let Some(spec) = spec {
            let required = f.params.iter().take_while(|p| p.default.is_none()).count();
            let mut want = String::new();
            for (i, p) in f.params.iter().enumerate() {
                if i == required {
                    want.push('|');
                }
                want += &zpp_of(p);
            }
            // zpp's "S" (zend_string) and "r" (resource) are the stub's string and untyped.
            let got = spec.replace('S', "s").replace('r', "z");
            if got != want {
                problems.push(format!("{}: zpp \"{spec}\", stub wants \"{want}\"", f.name));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
