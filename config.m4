dnl config.m4 for rsockets: PHP's ext/sockets in Rust, built with cargo. The usual extension flow
dnl (also what PIE runs):
dnl
dnl   phpize && ./configure && make && sudo make install
dnl
dnl builds the extension crate with cargo and installs it as rsockets.so into
dnl `php-config --extension-dir` (under $(INSTALL_ROOT) when set). The module registers itself as
dnl `sockets`: enable it with `extension=rsockets` instead of PHP's own ext/sockets, never both.
dnl Needs Rust >= 1.80 (cargo on PATH, or CARGO=/path/to/cargo) and libclang (bindgen).

PHP_ARG_ENABLE([rsockets],
  [whether to build rsockets (ext/sockets in Rust)],
  [AS_HELP_STRING([--disable-rsockets], [Do not build rsockets])],
  [yes])

if test "$PHP_RSOCKETS" != "no"; then
  AC_ARG_VAR([CARGO], [the cargo command that builds the extension])
  AC_PATH_PROG([CARGO], [cargo], [no], [$PATH$PATH_SEPARATOR$HOME/.cargo/bin])
  if test "$CARGO" = "no"; then
    AC_MSG_ERROR([cargo not found: install Rust 1.80 or newer (rustup), or set CARGO=/path/to/cargo])
  fi

  dnl ext-php-rs generates its bindings from the PHP that php-config describes; build.rs reads
  dnl PHP and PHP_CONFIG, so the build targets the PHP this configure was run for.
  RSOCKETS_PHP_CONFIG=$PHP_CONFIG
  RSOCKETS_PHP=$PHP_EXECUTABLE
  if test -z "$RSOCKETS_PHP" || test ! -x "$RSOCKETS_PHP"; then
    RSOCKETS_PHP=`$PHP_CONFIG --php-binary 2>/dev/null`
  fi
  AC_MSG_CHECKING([for the PHP binary the bindings are generated for])
  AC_MSG_RESULT([$RSOCKETS_PHP])

  dnl No C sources: the module phpize builds and installs is the file cargo produces
  dnl (Makefile.frag). install-modules copies modules/* into $(INSTALL_ROOT)$(EXTENSION_DIR).
  PHP_MODULES='$(phplibdir)/rsockets.so'
  PHP_SUBST([CARGO])
  PHP_SUBST([RSOCKETS_PHP_CONFIG])
  PHP_SUBST([RSOCKETS_PHP])
  PHP_ADD_MAKEFILE_FRAGMENT([$abs_srcdir/Makefile.frag])
fi
