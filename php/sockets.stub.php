<?php

/**
 * The PHP API of rsockets' drop-in for ext/sockets (PHP 8.2 to 8.5, Linux): every function, class
 * and constant, with the types and defaults Reflection shows.
 *
 * This file is the single statement of the API, as php-src's sockets.stub.php is for
 * sockets_arginfo.h: build/stub.rs (run by build.rs) generates the function table with its arginfo
 * and the constant table from it. For IDEs and static analysers too.
 *
 * Conventions the generator reads:
 * - one declaration per line, its docblock just before it;
 * - `@since 8.3`: declared from PHP 8.3 on; `@removed 8.4`: declared before PHP 8.4 only
 *   (as in JetBrains' phpstorm-stubs); a function whose signature changed is declared once per
 *   version range, inside `if (PHP_VERSION_ID >= ...) {} else {}` so that the file stays valid PHP;
 * - `@alias NAME`: the function is an alias of NAME (same handler, ZEND_FALIAS);
 * - `@cvalue PATH`: the Rust expression of a constant's value: a `libc::` name, or a named const
 *   of src/constants.rs where libc has none. The literal after `=` is the Linux value, shown for
 *   IDEs; a unit test (constants::tests) fails when it differs from PATH.
 *
 * Tests: tests/phpt/stub/sockets_stub.phpt checks the loaded extension against this file for the
 * running PHP version; cargo test checks the literals.
 */

/** @var int @cvalue libc::AF_UNIX */
const AF_UNIX = 1;
/** @var int @cvalue libc::AF_INET */
const AF_INET = 2;
/** @var int @cvalue libc::AF_INET6 */
const AF_INET6 = 10;
/** @var int @cvalue libc::AF_PACKET @since 8.5 */
const AF_PACKET = 17;
/** @var int @cvalue libc::SOCK_STREAM */
const SOCK_STREAM = 1;
/** @var int @cvalue libc::SOCK_DGRAM */
const SOCK_DGRAM = 2;
/** @var int @cvalue libc::SOCK_RAW */
const SOCK_RAW = 3;
/** @var int @cvalue libc::SOCK_SEQPACKET */
const SOCK_SEQPACKET = 5;
/** @var int @cvalue libc::SOCK_RDM */
const SOCK_RDM = 4;
/** @var int @cvalue libc::SOCK_DCCP @since 8.4 */
const SOCK_DCCP = 6;
/** @var int @cvalue libc::SOCK_CLOEXEC @since 8.4 */
const SOCK_CLOEXEC = 524288;
/** @var int @cvalue libc::SOCK_NONBLOCK @since 8.4 */
const SOCK_NONBLOCK = 2048;
/** @var int @cvalue libc::MSG_OOB */
const MSG_OOB = 1;
/** @var int @cvalue libc::MSG_WAITALL */
const MSG_WAITALL = 256;
/** @var int @cvalue libc::MSG_CTRUNC */
const MSG_CTRUNC = 8;
/** @var int @cvalue libc::MSG_TRUNC */
const MSG_TRUNC = 32;
/** @var int @cvalue libc::MSG_PEEK */
const MSG_PEEK = 2;
/** @var int @cvalue libc::MSG_DONTROUTE */
const MSG_DONTROUTE = 4;
/** @var int @cvalue libc::MSG_EOR */
const MSG_EOR = 128;
/** @var int @cvalue libc::MSG_FIN */
const MSG_EOF = 512;
/** @var int @cvalue libc::MSG_CONFIRM */
const MSG_CONFIRM = 2048;
/** @var int @cvalue libc::MSG_ERRQUEUE */
const MSG_ERRQUEUE = 8192;
/** @var int @cvalue libc::MSG_NOSIGNAL */
const MSG_NOSIGNAL = 16384;
/** @var int @cvalue libc::MSG_DONTWAIT */
const MSG_DONTWAIT = 64;
/** @var int @cvalue libc::MSG_MORE */
const MSG_MORE = 32768;
/** @var int @cvalue libc::MSG_WAITFORONE */
const MSG_WAITFORONE = 65536;
/** @var int @cvalue libc::MSG_CMSG_CLOEXEC */
const MSG_CMSG_CLOEXEC = 1073741824;
/** @var int @cvalue libc::MSG_ZEROCOPY */
const MSG_ZEROCOPY = 67108864;
/** @var int @cvalue libc::SO_DEBUG */
const SO_DEBUG = 1;
/** @var int @cvalue libc::SO_REUSEADDR */
const SO_REUSEADDR = 2;
/** @var int @cvalue libc::SO_REUSEPORT */
const SO_REUSEPORT = 15;
/** @var int @cvalue libc::SO_KEEPALIVE */
const SO_KEEPALIVE = 9;
/** @var int @cvalue libc::SO_DONTROUTE */
const SO_DONTROUTE = 5;
/** @var int @cvalue libc::SO_LINGER */
const SO_LINGER = 13;
/** @var int @cvalue libc::SO_BROADCAST */
const SO_BROADCAST = 6;
/** @var int @cvalue libc::SO_OOBINLINE */
const SO_OOBINLINE = 10;
/** @var int @cvalue libc::SO_SNDBUF */
const SO_SNDBUF = 7;
/** @var int @cvalue libc::SO_RCVBUF */
const SO_RCVBUF = 8;
/** @var int @cvalue libc::SO_SNDLOWAT */
const SO_SNDLOWAT = 19;
/** @var int @cvalue libc::SO_RCVLOWAT */
const SO_RCVLOWAT = 18;
/** @var int @cvalue libc::SO_SNDTIMEO */
const SO_SNDTIMEO = 21;
/** @var int @cvalue libc::SO_RCVTIMEO */
const SO_RCVTIMEO = 20;
/** @var int @cvalue libc::SO_TYPE */
const SO_TYPE = 3;
/** @var int @cvalue libc::SO_ERROR */
const SO_ERROR = 4;
/** @var int @cvalue libc::SO_BINDTODEVICE */
const SO_BINDTODEVICE = 25;
/** @var int @cvalue libc::SO_BINDTOIFINDEX @since 8.4 */
const SO_BINDTOIFINDEX = 62;
/** @var int @cvalue libc::SOL_SOCKET */
const SOL_SOCKET = 1;
/** @var int @cvalue libc::SOMAXCONN */
const SOMAXCONN = 4096;
/** @var int @cvalue libc::SO_MARK */
const SO_MARK = 36;
/** @var int @cvalue libc::SO_INCOMING_CPU */
const SO_INCOMING_CPU = 49;
/** @var int @cvalue libc::SO_MEMINFO */
const SO_MEMINFO = 55;
/** @var int @cvalue libc::SO_BPF_EXTENSIONS */
const SO_BPF_EXTENSIONS = 48;
/** @var int @cvalue libc::SO_BUSY_POLL @since 8.5 */
const SO_BUSY_POLL = 46;
/** @var int @cvalue libc::SKF_AD_OFF */
const SKF_AD_OFF = -4096;
/** @var int @cvalue libc::SKF_AD_PROTOCOL */
const SKF_AD_PROTOCOL = 0;
/** @var int @cvalue libc::SKF_AD_PKTTYPE */
const SKF_AD_PKTTYPE = 4;
/** @var int @cvalue libc::SKF_AD_IFINDEX */
const SKF_AD_IFINDEX = 8;
/** @var int @cvalue libc::SKF_AD_NLATTR */
const SKF_AD_NLATTR = 12;
/** @var int @cvalue libc::SKF_AD_NLATTR_NEST */
const SKF_AD_NLATTR_NEST = 16;
/** @var int @cvalue libc::SKF_AD_MARK */
const SKF_AD_MARK = 20;
/** @var int @cvalue libc::SKF_AD_QUEUE */
const SKF_AD_QUEUE = 24;
/** @var int @cvalue libc::SKF_AD_HATYPE */
const SKF_AD_HATYPE = 28;
/** @var int @cvalue libc::SKF_AD_RXHASH */
const SKF_AD_RXHASH = 32;
/** @var int @cvalue libc::SKF_AD_CPU */
const SKF_AD_CPU = 36;
/** @var int @cvalue libc::SKF_AD_ALU_XOR_X */
const SKF_AD_ALU_XOR_X = 40;
/** @var int @cvalue libc::SKF_AD_VLAN_TAG */
const SKF_AD_VLAN_TAG = 44;
/** @var int @cvalue libc::SKF_AD_VLAN_TAG_PRESENT */
const SKF_AD_VLAN_TAG_PRESENT = 48;
/** @var int @cvalue libc::SKF_AD_PAY_OFFSET */
const SKF_AD_PAY_OFFSET = 52;
/** @var int @cvalue libc::SKF_AD_RANDOM */
const SKF_AD_RANDOM = 56;
/** @var int @cvalue libc::SKF_AD_VLAN_TPID */
const SKF_AD_VLAN_TPID = 60;
/** @var int @cvalue libc::SKF_AD_MAX */
const SKF_AD_MAX = 64;
/** @var int @cvalue libc::TCP_CONGESTION */
const TCP_CONGESTION = 13;
/** @var int @cvalue libc::TCP_SYNCNT @since 8.4 */
const TCP_SYNCNT = 7;
/** @var int @cvalue libc::SO_ZEROCOPY */
const SO_ZEROCOPY = 60;
/** @var int @cvalue libc::TCP_NODELAY */
const TCP_NODELAY = 1;
/** @var int @cvalue libc::TCP_NOTSENT_LOWAT */
const TCP_NOTSENT_LOWAT = 25;
/** @var int @cvalue libc::TCP_DEFER_ACCEPT */
const TCP_DEFER_ACCEPT = 9;
/** @var int @cvalue libc::TCP_KEEPIDLE */
const TCP_KEEPIDLE = 4;
/** @var int @cvalue libc::TCP_KEEPINTVL */
const TCP_KEEPINTVL = 5;
/** @var int @cvalue libc::TCP_KEEPCNT */
const TCP_KEEPCNT = 6;
/** @var int @cvalue PHP_NORMAL_READ */
const PHP_NORMAL_READ = 1;
/** @var int @cvalue PHP_BINARY_READ */
const PHP_BINARY_READ = 2;
/** @var int @cvalue libc::MCAST_JOIN_GROUP */
const MCAST_JOIN_GROUP = 42;
/** @var int @cvalue libc::MCAST_LEAVE_GROUP */
const MCAST_LEAVE_GROUP = 45;
/** @var int @cvalue libc::MCAST_BLOCK_SOURCE */
const MCAST_BLOCK_SOURCE = 43;
/** @var int @cvalue libc::MCAST_UNBLOCK_SOURCE */
const MCAST_UNBLOCK_SOURCE = 44;
/** @var int @cvalue libc::MCAST_JOIN_SOURCE_GROUP */
const MCAST_JOIN_SOURCE_GROUP = 46;
/** @var int @cvalue libc::MCAST_LEAVE_SOURCE_GROUP */
const MCAST_LEAVE_SOURCE_GROUP = 47;
/** @var int @cvalue libc::IP_MULTICAST_IF */
const IP_MULTICAST_IF = 32;
/** @var int @cvalue libc::IP_MULTICAST_TTL */
const IP_MULTICAST_TTL = 33;
/** @var int @cvalue libc::IP_MULTICAST_LOOP */
const IP_MULTICAST_LOOP = 34;
/** @var int @cvalue libc::IP_BIND_ADDRESS_NO_PORT @since 8.3 */
const IP_BIND_ADDRESS_NO_PORT = 24;
/** @var int @cvalue libc::IPV6_MULTICAST_IF */
const IPV6_MULTICAST_IF = 17;
/** @var int @cvalue libc::IPV6_MULTICAST_HOPS */
const IPV6_MULTICAST_HOPS = 18;
/** @var int @cvalue libc::IPV6_MULTICAST_LOOP */
const IPV6_MULTICAST_LOOP = 19;
/** @var int @cvalue libc::IPV6_V6ONLY */
const IPV6_V6ONLY = 26;
/** @var int @cvalue libc::EPERM */
const SOCKET_EPERM = 1;
/** @var int @cvalue libc::ENOENT */
const SOCKET_ENOENT = 2;
/** @var int @cvalue libc::EINTR */
const SOCKET_EINTR = 4;
/** @var int @cvalue libc::EIO */
const SOCKET_EIO = 5;
/** @var int @cvalue libc::ENXIO */
const SOCKET_ENXIO = 6;
/** @var int @cvalue libc::E2BIG */
const SOCKET_E2BIG = 7;
/** @var int @cvalue libc::EBADF */
const SOCKET_EBADF = 9;
/** @var int @cvalue libc::EAGAIN */
const SOCKET_EAGAIN = 11;
/** @var int @cvalue libc::ENOMEM */
const SOCKET_ENOMEM = 12;
/** @var int @cvalue libc::EACCES */
const SOCKET_EACCES = 13;
/** @var int @cvalue libc::EFAULT */
const SOCKET_EFAULT = 14;
/** @var int @cvalue libc::ENOTBLK */
const SOCKET_ENOTBLK = 15;
/** @var int @cvalue libc::EBUSY */
const SOCKET_EBUSY = 16;
/** @var int @cvalue libc::EEXIST */
const SOCKET_EEXIST = 17;
/** @var int @cvalue libc::EXDEV */
const SOCKET_EXDEV = 18;
/** @var int @cvalue libc::ENODEV */
const SOCKET_ENODEV = 19;
/** @var int @cvalue libc::ENOTDIR */
const SOCKET_ENOTDIR = 20;
/** @var int @cvalue libc::EISDIR */
const SOCKET_EISDIR = 21;
/** @var int @cvalue libc::EINVAL */
const SOCKET_EINVAL = 22;
/** @var int @cvalue libc::ENFILE */
const SOCKET_ENFILE = 23;
/** @var int @cvalue libc::EMFILE */
const SOCKET_EMFILE = 24;
/** @var int @cvalue libc::ENOTTY */
const SOCKET_ENOTTY = 25;
/** @var int @cvalue libc::ENOSPC */
const SOCKET_ENOSPC = 28;
/** @var int @cvalue libc::ESPIPE */
const SOCKET_ESPIPE = 29;
/** @var int @cvalue libc::EROFS */
const SOCKET_EROFS = 30;
/** @var int @cvalue libc::EMLINK */
const SOCKET_EMLINK = 31;
/** @var int @cvalue libc::EPIPE */
const SOCKET_EPIPE = 32;
/** @var int @cvalue libc::ENAMETOOLONG */
const SOCKET_ENAMETOOLONG = 36;
/** @var int @cvalue libc::ENOLCK */
const SOCKET_ENOLCK = 37;
/** @var int @cvalue libc::ENOSYS */
const SOCKET_ENOSYS = 38;
/** @var int @cvalue libc::ENOTEMPTY */
const SOCKET_ENOTEMPTY = 39;
/** @var int @cvalue libc::ELOOP */
const SOCKET_ELOOP = 40;
/** @var int @cvalue libc::EWOULDBLOCK */
const SOCKET_EWOULDBLOCK = 11;
/** @var int @cvalue libc::ENOMSG */
const SOCKET_ENOMSG = 42;
/** @var int @cvalue libc::EIDRM */
const SOCKET_EIDRM = 43;
/** @var int @cvalue libc::ECHRNG */
const SOCKET_ECHRNG = 44;
/** @var int @cvalue libc::EL2NSYNC */
const SOCKET_EL2NSYNC = 45;
/** @var int @cvalue libc::EL3HLT */
const SOCKET_EL3HLT = 46;
/** @var int @cvalue libc::EL3RST */
const SOCKET_EL3RST = 47;
/** @var int @cvalue libc::ELNRNG */
const SOCKET_ELNRNG = 48;
/** @var int @cvalue libc::EUNATCH */
const SOCKET_EUNATCH = 49;
/** @var int @cvalue libc::ENOCSI */
const SOCKET_ENOCSI = 50;
/** @var int @cvalue libc::EL2HLT */
const SOCKET_EL2HLT = 51;
/** @var int @cvalue libc::EBADE */
const SOCKET_EBADE = 52;
/** @var int @cvalue libc::EBADR */
const SOCKET_EBADR = 53;
/** @var int @cvalue libc::EXFULL */
const SOCKET_EXFULL = 54;
/** @var int @cvalue libc::ENOANO */
const SOCKET_ENOANO = 55;
/** @var int @cvalue libc::EBADRQC */
const SOCKET_EBADRQC = 56;
/** @var int @cvalue libc::EBADSLT */
const SOCKET_EBADSLT = 57;
/** @var int @cvalue libc::ENOSTR */
const SOCKET_ENOSTR = 60;
/** @var int @cvalue libc::ENODATA */
const SOCKET_ENODATA = 61;
/** @var int @cvalue libc::ETIME */
const SOCKET_ETIME = 62;
/** @var int @cvalue libc::ENOSR */
const SOCKET_ENOSR = 63;
/** @var int @cvalue libc::ENONET */
const SOCKET_ENONET = 64;
/** @var int @cvalue libc::EREMOTE */
const SOCKET_EREMOTE = 66;
/** @var int @cvalue libc::ENOLINK */
const SOCKET_ENOLINK = 67;
/** @var int @cvalue libc::EADV */
const SOCKET_EADV = 68;
/** @var int @cvalue libc::ESRMNT */
const SOCKET_ESRMNT = 69;
/** @var int @cvalue libc::ECOMM */
const SOCKET_ECOMM = 70;
/** @var int @cvalue libc::EPROTO */
const SOCKET_EPROTO = 71;
/** @var int @cvalue libc::EMULTIHOP */
const SOCKET_EMULTIHOP = 72;
/** @var int @cvalue libc::EBADMSG */
const SOCKET_EBADMSG = 74;
/** @var int @cvalue libc::ENOTUNIQ */
const SOCKET_ENOTUNIQ = 76;
/** @var int @cvalue libc::EBADFD */
const SOCKET_EBADFD = 77;
/** @var int @cvalue libc::EREMCHG */
const SOCKET_EREMCHG = 78;
/** @var int @cvalue libc::ERESTART */
const SOCKET_ERESTART = 85;
/** @var int @cvalue libc::ESTRPIPE */
const SOCKET_ESTRPIPE = 86;
/** @var int @cvalue libc::EUSERS */
const SOCKET_EUSERS = 87;
/** @var int @cvalue libc::ENOTSOCK */
const SOCKET_ENOTSOCK = 88;
/** @var int @cvalue libc::EDESTADDRREQ */
const SOCKET_EDESTADDRREQ = 89;
/** @var int @cvalue libc::EMSGSIZE */
const SOCKET_EMSGSIZE = 90;
/** @var int @cvalue libc::EPROTOTYPE */
const SOCKET_EPROTOTYPE = 91;
/** @var int @cvalue libc::ENOPROTOOPT */
const SOCKET_ENOPROTOOPT = 92;
/** @var int @cvalue libc::EPROTONOSUPPORT */
const SOCKET_EPROTONOSUPPORT = 93;
/** @var int @cvalue libc::ESOCKTNOSUPPORT */
const SOCKET_ESOCKTNOSUPPORT = 94;
/** @var int @cvalue libc::EOPNOTSUPP */
const SOCKET_EOPNOTSUPP = 95;
/** @var int @cvalue libc::EPFNOSUPPORT */
const SOCKET_EPFNOSUPPORT = 96;
/** @var int @cvalue libc::EAFNOSUPPORT */
const SOCKET_EAFNOSUPPORT = 97;
/** @var int @cvalue libc::EADDRINUSE */
const SOCKET_EADDRINUSE = 98;
/** @var int @cvalue libc::EADDRNOTAVAIL */
const SOCKET_EADDRNOTAVAIL = 99;
/** @var int @cvalue libc::ENETDOWN */
const SOCKET_ENETDOWN = 100;
/** @var int @cvalue libc::ENETUNREACH */
const SOCKET_ENETUNREACH = 101;
/** @var int @cvalue libc::ENETRESET */
const SOCKET_ENETRESET = 102;
/** @var int @cvalue libc::ECONNABORTED */
const SOCKET_ECONNABORTED = 103;
/** @var int @cvalue libc::ECONNRESET */
const SOCKET_ECONNRESET = 104;
/** @var int @cvalue libc::ENOBUFS */
const SOCKET_ENOBUFS = 105;
/** @var int @cvalue libc::EISCONN */
const SOCKET_EISCONN = 106;
/** @var int @cvalue libc::ENOTCONN */
const SOCKET_ENOTCONN = 107;
/** @var int @cvalue libc::ESHUTDOWN */
const SOCKET_ESHUTDOWN = 108;
/** @var int @cvalue libc::ETOOMANYREFS */
const SOCKET_ETOOMANYREFS = 109;
/** @var int @cvalue libc::ETIMEDOUT */
const SOCKET_ETIMEDOUT = 110;
/** @var int @cvalue libc::ECONNREFUSED */
const SOCKET_ECONNREFUSED = 111;
/** @var int @cvalue libc::EHOSTDOWN */
const SOCKET_EHOSTDOWN = 112;
/** @var int @cvalue libc::EHOSTUNREACH */
const SOCKET_EHOSTUNREACH = 113;
/** @var int @cvalue libc::EALREADY */
const SOCKET_EALREADY = 114;
/** @var int @cvalue libc::EINPROGRESS */
const SOCKET_EINPROGRESS = 115;
/** @var int @cvalue libc::EISNAM */
const SOCKET_EISNAM = 120;
/** @var int @cvalue libc::EREMOTEIO */
const SOCKET_EREMOTEIO = 121;
/** @var int @cvalue libc::EDQUOT */
const SOCKET_EDQUOT = 122;
/** @var int @cvalue libc::ENOMEDIUM */
const SOCKET_ENOMEDIUM = 123;
/** @var int @cvalue libc::EMEDIUMTYPE */
const SOCKET_EMEDIUMTYPE = 124;
/** @var int @cvalue libc::IPPROTO_IP */
const IPPROTO_IP = 0;
/** @var int @cvalue libc::IPPROTO_IPV6 */
const IPPROTO_IPV6 = 41;
/** @var int @cvalue libc::SOL_TCP */
const SOL_TCP = 6;
/** @var int @cvalue libc::SOL_UDP */
const SOL_UDP = 17;
/** @var int @cvalue SOL_UDPLITE @since 8.3 */
const SOL_UDPLITE = 136;
/** @var int @cvalue libc::IPPROTO_ICMP @since 8.5 */
const IPPROTO_ICMP = 1;
/** @var int @cvalue libc::IPPROTO_ICMPV6 @since 8.5 */
const IPPROTO_ICMPV6 = 58;
/** @var int @cvalue libc::IPV6_UNICAST_HOPS */
const IPV6_UNICAST_HOPS = 16;
/** @var int @cvalue libc::AI_PASSIVE */
const AI_PASSIVE = 1;
/** @var int @cvalue libc::AI_CANONNAME */
const AI_CANONNAME = 2;
/** @var int @cvalue libc::AI_NUMERICHOST */
const AI_NUMERICHOST = 4;
/** @var int @cvalue libc::AI_V4MAPPED */
const AI_V4MAPPED = 8;
/** @var int @cvalue libc::AI_ALL */
const AI_ALL = 16;
/** @var int @cvalue libc::AI_ADDRCONFIG */
const AI_ADDRCONFIG = 32;
/** @var int @cvalue AI_IDN */
const AI_IDN = 64;
/** @var int @cvalue AI_CANONIDN */
const AI_CANONIDN = 128;
/** @var int @cvalue libc::AI_NUMERICSERV */
const AI_NUMERICSERV = 1024;
/** @var int @cvalue libc::IPV6_RECVPKTINFO */
const IPV6_RECVPKTINFO = 49;
/** @var int @cvalue libc::IPV6_PKTINFO */
const IPV6_PKTINFO = 50;
/** @var int @cvalue libc::IPV6_RECVHOPLIMIT */
const IPV6_RECVHOPLIMIT = 51;
/** @var int @cvalue libc::IPV6_HOPLIMIT */
const IPV6_HOPLIMIT = 52;
/** @var int @cvalue libc::IPV6_RECVTCLASS */
const IPV6_RECVTCLASS = 66;
/** @var int @cvalue libc::IPV6_TCLASS */
const IPV6_TCLASS = 67;
/** @var int @cvalue libc::SCM_RIGHTS */
const SCM_RIGHTS = 1;
/** @var int @cvalue libc::SCM_CREDENTIALS */
const SCM_CREDENTIALS = 2;
/** @var int @cvalue libc::SO_PASSCRED */
const SO_PASSCRED = 16;
/** @var int @cvalue libc::SO_ATTACH_REUSEPORT_CBPF @since 8.3 */
const SO_ATTACH_REUSEPORT_CBPF = 51;
/** @var int @cvalue libc::SO_DETACH_FILTER @since 8.3 */
const SO_DETACH_FILTER = 27;
/** @var int @cvalue libc::SO_DETACH_BPF @since 8.3 */
const SO_DETACH_BPF = 27;
/** @var int @cvalue libc::TCP_QUICKACK @since 8.3 */
const TCP_QUICKACK = 12;
/** @var int @cvalue libc::TCP_REPAIR @since 8.3 */
const TCP_REPAIR = 19;
/** @var int @cvalue libc::IP_MTU_DISCOVER @since 8.3 */
const IP_MTU_DISCOVER = 10;
/** @var int @cvalue libc::IP_PMTUDISC_DO @since 8.3 */
const IP_PMTUDISC_DO = 2;
/** @var int @cvalue libc::IP_PMTUDISC_DONT @since 8.3 */
const IP_PMTUDISC_DONT = 0;
/** @var int @cvalue libc::IP_PMTUDISC_WANT @since 8.3 */
const IP_PMTUDISC_WANT = 1;
/** @var int @cvalue libc::IP_PMTUDISC_PROBE @since 8.3 */
const IP_PMTUDISC_PROBE = 3;
/** @var int @cvalue libc::IP_PMTUDISC_INTERFACE @since 8.3 */
const IP_PMTUDISC_INTERFACE = 4;
/** @var int @cvalue libc::IP_PMTUDISC_OMIT @since 8.3 */
const IP_PMTUDISC_OMIT = 5;
/** @var int @cvalue libc::ETH_P_IP @since 8.5 */
const ETH_P_IP = 2048;
/** @var int @cvalue libc::ETH_P_IPV6 @since 8.5 */
const ETH_P_IPV6 = 34525;
/** @var int @cvalue libc::ETH_P_LOOP @since 8.5 */
const ETH_P_LOOP = 96;
/** @var int @cvalue libc::ETH_P_ALL @since 8.5 */
const ETH_P_ALL = 3;
/** @var int @cvalue libc::UDP_SEGMENT @since 8.5 */
const UDP_SEGMENT = 103;
/** @var int @cvalue libc::SHUT_RD @since 8.5 */
const SHUT_RD = 0;
/** @var int @cvalue libc::SHUT_WR @since 8.5 */
const SHUT_WR = 1;
/** @var int @cvalue libc::SHUT_RDWR @since 8.5 */
const SHUT_RDWR = 2;

/**
 * A socket, as returned by socket_create() and friends; not constructible, clonable, serializable or comparable.
 * @strict-properties
 * @not-serializable
 */
final class Socket
{
}

/**
 * One result of socket_addrinfo_lookup(); not constructible, clonable or serializable.
 * @strict-properties
 * @not-serializable
 */
final class AddressInfo
{
}

/** Waits until sockets are readable, writable or have an exceptional condition (select(2)). Arrays are filtered in place, keys kept. */
function socket_select(?array &$read, ?array &$write, ?array &$except, ?int $seconds, int $microseconds = 0): int|false {}

// A signature that changed: one declaration per version range, conditional so the file stays valid PHP.
if (PHP_VERSION_ID >= 80400) {
    /** Opens a TCP socket listening on 0.0.0.0:$port (socket(2) + bind(2) + listen(2)). @since 8.4 */
    function socket_create_listen(int $port, int $backlog = SOMAXCONN): Socket|false {}
} else {
    /** Opens a TCP socket listening on 0.0.0.0:$port (socket(2) + bind(2) + listen(2)). @removed 8.4 */
    function socket_create_listen(int $port, int $backlog = 128): Socket|false {}
}

/** Accepts a connection on a listening socket (accept(2)). */
function socket_accept(Socket $socket): Socket|false {}

/** Sets O_NONBLOCK on the descriptor (fcntl(2)). */
function socket_set_nonblock(Socket $socket): bool {}

/** Clears O_NONBLOCK on the descriptor (fcntl(2)). */
function socket_set_block(Socket $socket): bool {}

/** Marks the socket as listening (listen(2)). */
function socket_listen(Socket $socket, int $backlog = 0): bool {}

/** Closes the descriptor (close(2)); using the socket afterwards throws Error. */
function socket_close(Socket $socket): void {}

/** Writes up to $length bytes of $data (write(2)); returns the bytes written. */
function socket_write(Socket $socket, string $data, ?int $length = null): int|false {}

/** Reads up to $length bytes (recv(2)); PHP_NORMAL_READ stops after "\r" or "\n". Returns "" at end of stream. */
function socket_read(Socket $socket, int $length, int $mode = PHP_BINARY_READ): string|false {}

/** Local address (and port) of the socket (getsockname(2)). */
function socket_getsockname(Socket $socket, &$address, &$port = null): bool {}

/** Remote address (and port) of the socket (getpeername(2)). */
function socket_getpeername(Socket $socket, &$address, &$port = null): bool {}

/** Creates a socket (socket(2)). */
function socket_create(int $domain, int $type, int $protocol): Socket|false {}

/** Connects to $address:$port, or to a unix path (connect(2)); names are resolved. */
function socket_connect(Socket $socket, string $address, ?int $port = null): bool {}

/** Message for an error code (strerror(3), or hstrerror(3) for host lookup codes below -10000). */
function socket_strerror(int $error_code): string {}

/** Binds to a local address (bind(2)). */
function socket_bind(Socket $socket, string $address, int $port = 0): bool {}

/** Receives up to $length bytes into $data (recv(2)). */
function socket_recv(Socket $socket, &$data, int $length, int $flags): int|false {}

/** Sends up to $length bytes of $data (send(2)). */
function socket_send(Socket $socket, string $data, int $length, int $flags): int|false {}

/** Receives a datagram and its sender (recvfrom(2)). */
function socket_recvfrom(Socket $socket, &$data, int $length, int $flags, &$address, &$port = null): int|false {}

/** Sends a datagram to $address:$port (sendto(2)). */
function socket_sendto(Socket $socket, string $data, int $length, int $flags, string $address, ?int $port = null): int|false {}

/** Reads a socket option (getsockopt(2)); arrays for SO_LINGER, SO_RCVTIMEO, SO_SNDTIMEO. */
function socket_get_option(Socket $socket, int $level, int $option): array|int|false {}

/** Alias of socket_get_option(). @alias socket_get_option */
function socket_getopt(Socket $socket, int $level, int $option): array|int|false {}

/** Sets a socket option (setsockopt(2)); arrays for SO_LINGER, SO_RCVTIMEO, SO_SNDTIMEO and multicast requests. */
function socket_set_option(Socket $socket, int $level, int $option, $value): bool {}

/** Alias of socket_set_option(). @alias socket_set_option */
function socket_setopt(Socket $socket, int $level, int $option, $value): bool {}

/** Creates a pair of connected sockets (socketpair(2)). */
function socket_create_pair(int $domain, int $type, int $protocol, &$pair): bool {}

/** Shuts down reading (0), writing (1) or both (2) (shutdown(2)). */
function socket_shutdown(Socket $socket, int $mode = 2): bool {}

/** Whether the socket's read position is at the out-of-band mark (sockatmark(3)). @since 8.3 */
function socket_atmark(Socket $socket): bool {}

/** Last error of the socket, or of the last socket call. */
function socket_last_error(?Socket $socket = null): int {}

/** Clears the error of the socket, or the global one. */
function socket_clear_error(?Socket $socket = null): void {}

/**
 * A Socket sharing the descriptor of a socket stream.
 * @param resource $stream
 */
function socket_import_stream($stream): Socket|false {}

/**
 * A stream sharing the descriptor of the socket.
 * @return resource|false
 */
function socket_export_stream(Socket $socket) {}

/** Sends a message with ancillary data (sendmsg(2)). */
function socket_sendmsg(Socket $socket, array $message, int $flags = 0): int|false {}

/** Receives a message with ancillary data (recvmsg(2)). */
function socket_recvmsg(Socket $socket, array &$message, int $flags = 0): int|false {}

/** Buffer size for $num control messages of the given level and type (CMSG_SPACE). */
function socket_cmsg_space(int $level, int $type, int $num = 0): ?int {}

/** Resolves $host and $service (getaddrinfo(3)). */
function socket_addrinfo_lookup(string $host, ?string $service = null, array $hints = []): array|false {}

/** Creates a socket and connects it to the address (socket(2) + connect(2)). */
function socket_addrinfo_connect(AddressInfo $address): Socket|false {}

/** Creates a socket and binds it to the address (socket(2) + bind(2)). */
function socket_addrinfo_bind(AddressInfo $address): Socket|false {}

/** The fields of an AddressInfo as an array. */
function socket_addrinfo_explain(AddressInfo $address): array {}
