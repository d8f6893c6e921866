//! Tells the crate which PHP it is built against, the same PHP ext-php-rs binds to (`PHP`, else
//! `php` on `PATH`; headers through `PHP_CONFIG`/`php-config`). Emits the cumulative cfgs
//! `php82` … `php85` (a build for 8.4 sees `php82`, `php83` and `php84`) and `php_zts`, as
//! ext-php-rs does for itself: its cfgs do not reach dependent crates.

#[path = "build/stub.rs"]
mod stub;

use ext_php_rs_build::{emit_check_cfg, emit_php_cfg_flags, find_php, ApiVersion, PHPInfo};

fn main() {
    emit_check_cfg();
    for var in ["PHP", "PHP_CONFIG", "PATH"] {
        println!("cargo:rerun-if-env-changed={var}");
    }
    println!("cargo:rerun-if-changed=build.rs");
    // The function and constant tables, from php/sockets.stub.php.
    stub::generate();
    let detected = find_php().and_then(|php| {
        let info = PHPInfo::get(&php)?;
        let api: ApiVersion = info.zend_version()?.try_into()?;
        Ok((api, info.thread_safety()?, info.version()?.to_string()))
    });
    match detected {
        Ok((api, zts, version)) => {
            if api < ApiVersion::Php82 {
                panic!("rsockets needs PHP 8.2 or later, found {version}");
            }
            emit_php_cfg_flags(api);
            if zts {
                println!("cargo:rustc-cfg=php_zts");
            }
            println!("cargo:rustc-env=RSOCKETS_PHP_VERSION={version}");
        }
        Err(e) => panic!("rsockets: cannot determine the PHP version to build for: {e:#}"),
    }
}
