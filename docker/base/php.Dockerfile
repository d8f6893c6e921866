# A local stand-in for the official php:X.Y-cli image, for machines that cannot reach an image
# registry (CI). docker/test-image.sh builds it on a Debian root made with debootstrap and imported
# with `docker import`; the context is a directory it prepares, holding this machine's extra CA
# certificates (certs/, possibly empty) and docker-php-ext-enable. Not for users: they build
# docker/Dockerfile on the official images.
#
# What docker/Dockerfile relies on, as the official image provides it: php and php-config on PATH,
# phpize's build dependencies (gcc, make), run-tests.php, PHP_INI_DIR whose conf.d PHP scans,
# docker-php-ext-enable, no ext/sockets enabled, and apt sources for the build stage's apt-get.
ARG DEBIAN_IMAGE=debian:bookworm-slim
FROM ${DEBIAN_IMAGE}
ARG PHP_VERSION=8.2
SHELL ["/bin/bash", "-euo", "pipefail", "-c"]
# Trusted before apt-get runs, so that the hook of the ca-certificates package adds them.
COPY certs/ /usr/local/share/ca-certificates/
# hadolint ignore=DL3008 # versions come from the Debian release of the root; pinning breaks at every point release
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        ca-certificates "php${PHP_VERSION}-cli" "php${PHP_VERSION}-dev" gcc libc6-dev make pkg-config \
    && phpdismod sockets \
    && rm -rf /var/lib/apt/lists/*
ENV PHP_INI_DIR=/etc/php/${PHP_VERSION}/cli
COPY docker-php-ext-enable /usr/local/bin/docker-php-ext-enable
RUN php -r 'if (extension_loaded("sockets")) { fwrite(STDERR, "ext/sockets is still enabled\n"); exit(1); }'
CMD ["php", "-a"]
