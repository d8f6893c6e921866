# Makefile fragment for the phpize build (config.m4): cargo builds the extension crate, the result
# becomes modules/rsockets.so, and phpize's install-modules installs modules/* into
# $(INSTALL_ROOT)$(EXTENSION_DIR).
#
# Variables (make VAR=...): RSOCKETS_CARGO_PROFILE (release, or dev for a debug build),
# CARGO_TARGET_DIR (cargo's build directory; default target/ in the source tree).
#
# modules/rsockets.so depends on the crate's sources (src/, build/ modules of build.rs, the stubs the
# tables are generated from), so `sudo make install` after `make` finds it
# up to date and does not run cargo as root.

RSOCKETS_CARGO_PROFILE = release
RSOCKETS_TARGET_DIR = $(if $(CARGO_TARGET_DIR),$(CARGO_TARGET_DIR),$(top_srcdir)/target)
RSOCKETS_PROFILE_DIR = $(if $(filter dev,$(RSOCKETS_CARGO_PROFILE)),debug,$(RSOCKETS_CARGO_PROFILE))
RSOCKETS_SOURCES = $(top_srcdir)/Cargo.toml $(top_srcdir)/build.rs $(wildcard $(top_srcdir)/Cargo.lock) \
	$(shell find $(top_srcdir)/src $(top_srcdir)/build $(top_srcdir)/php -name '*.rs' -o -name '*.stub.php' 2>/dev/null)

$(phplibdir)/rsockets.so: $(RSOCKETS_SOURCES)
	cd $(top_srcdir) && PHP="$(RSOCKETS_PHP)" PHP_CONFIG="$(RSOCKETS_PHP_CONFIG)" \
		$(CARGO) build $(if $(wildcard $(top_srcdir)/Cargo.lock),--locked) --lib -p rsockets \
		--profile $(RSOCKETS_CARGO_PROFILE) --target-dir "$(RSOCKETS_TARGET_DIR)"
	$(mkinstalldirs) $(phplibdir)
	cp "$(RSOCKETS_TARGET_DIR)/$(RSOCKETS_PROFILE_DIR)/librsockets.so" $@
