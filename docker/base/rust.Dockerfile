# A local stand-in for the official rust:1-slim image, for machines that cannot reach an image
# registry (CI): docker/test-image.sh streams this machine's rustup toolchain (one toolchain, the
# rustup and cargo proxies, no documentation) as the build context. docker/Dockerfile only copies
# /usr/local/rustup and /usr/local/cargo out of it, laid out as the official image has them.
ARG DEBIAN_IMAGE=debian:bookworm-slim
FROM ${DEBIAN_IMAGE}
ARG RUSTC_VERSION=unknown
LABEL org.rsockets.rustc=${RUSTC_VERSION}
ENV RUSTUP_HOME=/usr/local/rustup \
    CARGO_HOME=/usr/local/cargo \
    PATH=/usr/local/cargo/bin:$PATH
COPY rustup /usr/local/rustup
COPY cargo /usr/local/cargo
RUN rustc --version && cargo --version
