//! How a Socket that shares its descriptor with a PHP stream (socket_import_stream /
//! socket_export_stream) delegates close and blocking mode to that stream, as the C extension
//! does. Until streams interop lands no Socket has a stream, so these are never reached.

use super::PhpSocket;

/// `php_stream_set_option(stream, PHP_STREAM_OPTION_BLOCKING, ...)`: `None` when the stream
/// is gone, else whether the stream accepted the change.
pub fn set_blocking(_sock: &mut PhpSocket, _blocking: bool) -> Option<bool> {
    None
}

/// `php_stream_free(stream, PHP_STREAM_FREE_KEEP_RSRC | PHP_STREAM_FREE_CLOSE ...)`.
pub fn close_stream(sock: &mut PhpSocket) {
    if sock.bsd_socket >= 0 {
        crate::net::close(sock.bsd_socket);
    }
}
