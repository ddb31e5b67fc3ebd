//! One question to the kernel's sock_diag netlink interface: which TCP
//! socket of this network namespace has this local and this remote
//! address, and who owns it. The kernel answers from its hash of
//! established sockets (an exact lookup, not a dump of every socket), so
//! the cost does not grow with the number of sockets on the node.

use std::net::{IpAddr, SocketAddr};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

const SOCK_DIAG_BY_FAMILY: u16 = 20;
const TCP_LISTEN: u8 = 10;
const INET_DIAG_NOCOOKIE: u32 = !0;

/// `struct inet_diag_sockid` (ports and addresses in network order).
#[repr(C)]
#[derive(Clone, Copy, Default)]
struct SockId {
    sport: u16,
    dport: u16,
    src: [u32; 4],
    dst: [u32; 4],
    interface: u32,
    cookie: [u32; 2],
}

/// `struct nlmsghdr` then `struct inet_diag_req_v2`.
#[repr(C)]
struct Request {
    len: u32,
    kind: u16,
    flags: u16,
    seq: u32,
    pid: u32,
    family: u8,
    protocol: u8,
    ext: u8,
    pad: u8,
    states: u32,
    id: SockId,
}

/// `struct inet_diag_msg`, after the answer's nlmsghdr.
#[repr(C)]
#[derive(Clone, Copy)]
struct Answer {
    family: u8,
    state: u8,
    timer: u8,
    retrans: u8,
    id: SockId,
    expires: u32,
    rqueue: u32,
    wqueue: u32,
    uid: u32,
    inode: u32,
}

/// What the kernel says about the socket `local` -> `remote`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    /// Found: its owner's uid and its inode.
    Found { uid: u32, inode: u64 },
    /// The kernel has no such socket.
    Absent,
}

/// Ask for the TCP socket whose own address is `local` and whose peer is
/// `remote`. An error means the interface could not be used (then the
/// caller falls back to the socket tables in /proc).
pub fn lookup(local: SocketAddr, remote: SocketAddr) -> std::io::Result<Lookup> {
    let (family, src, dst) = match (local.ip(), remote.ip()) {
        (IpAddr::V4(l), IpAddr::V4(r)) => (libc::AF_INET, [u32::from_ne_bytes(l.octets()), 0, 0, 0], [u32::from_ne_bytes(r.octets()), 0, 0, 0]),
        (l, r) => (libc::AF_INET6, words(v6(l)), words(v6(r))),
    };
    let id = SockId {
        sport: local.port().to_be(),
        dport: remote.port().to_be(),
        src,
        dst,
        interface: 0,
        cookie: [INET_DIAG_NOCOOKIE; 2],
    };
    let request = Request {
        len: std::mem::size_of::<Request>() as u32,
        kind: SOCK_DIAG_BY_FAMILY,
        flags: libc::NLM_F_REQUEST as u16,
        seq: 1,
        pid: 0,
        family: family as u8,
        protocol: libc::IPPROTO_TCP as u8,
        ext: 0,
        pad: 0,
        states: !0,
        id,
    };
    // SAFETY: a plain socket(2) call; the descriptor is owned below.
    let fd = unsafe { libc::socket(libc::AF_NETLINK, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, libc::NETLINK_SOCK_DIAG) };
    if fd < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: socket(2) just returned this descriptor to us.
    let fd = unsafe { OwnedFd::from_raw_fd(fd) };
    // SAFETY: request is a repr(C) value of the size given; the kernel reads it.
    let sent = unsafe { libc::send(fd.as_raw_fd(), &request as *const Request as *const libc::c_void, std::mem::size_of::<Request>(), 0) };
    if sent < 0 {
        return Err(std::io::Error::last_os_error());
    }
    let mut buf = [0u8; 8192];
    // SAFETY: buf is ours and as large as we say.
    let n = unsafe { libc::recv(fd.as_raw_fd(), buf.as_mut_ptr() as *mut libc::c_void, buf.len(), 0) };
    if n < 0 {
        return Err(std::io::Error::last_os_error());
    }
    parse(&buf[..n as usize], &id)
}

/// The first message of the answer: an inet_diag_msg, or an error code.
fn parse(buf: &[u8], asked: &SockId) -> std::io::Result<Lookup> {
    const HEADER: usize = 16;
    let short = || std::io::Error::other("a short sock_diag answer");
    let kind = u16::from_ne_bytes(buf.get(4..6).ok_or_else(short)?.try_into().unwrap());
    if kind == libc::NLMSG_ERROR as u16 {
        let code = i32::from_ne_bytes(buf.get(HEADER..HEADER + 4).ok_or_else(short)?.try_into().unwrap());
        return match -code {
            libc::ENOENT => Ok(Lookup::Absent),
            0 => Ok(Lookup::Absent),
            e => Err(std::io::Error::from_raw_os_error(e)),
        };
    }
    if kind != SOCK_DIAG_BY_FAMILY || buf.len() < HEADER + std::mem::size_of::<Answer>() {
        return Err(short());
    }
    // SAFETY: the buffer holds at least an Answer past the header, and
    // read_unaligned copes with any alignment.
    let answer: Answer = unsafe { std::ptr::read_unaligned(buf[HEADER..].as_ptr() as *const Answer) };
    // The kernel falls back to a listening socket on the same port when no
    // connection matches: that is not the peer.
    let same = answer.id.sport == asked.sport && answer.id.dport == asked.dport && answer.id.dst == asked.dst;
    if answer.state == TCP_LISTEN || !same {
        return Ok(Lookup::Absent);
    }
    Ok(Lookup::Found { uid: answer.uid, inode: answer.inode as u64 })
}

fn v6(ip: IpAddr) -> [u8; 16] {
    match ip {
        IpAddr::V4(a) => a.to_ipv6_mapped().octets(),
        IpAddr::V6(a) => a.octets(),
    }
}

fn words(b: [u8; 16]) -> [u32; 4] {
    std::array::from_fn(|i| u32::from_ne_bytes(b[i * 4..i * 4 + 4].try_into().unwrap()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_client_end_of_a_connection_is_found_and_a_stranger_is_not() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let server = listener.local_addr().unwrap();
        let client = std::net::TcpStream::connect(server).unwrap();
        let (_accepted, peer) = listener.accept().unwrap();
        let found = lookup(peer, server).unwrap();
        let inode = std::fs::read_link(format!("/proc/self/fd/{}", client.as_raw_fd())).unwrap();
        match found {
            Lookup::Found { uid, inode: i } => {
                assert_eq!(uid, nix::unistd::geteuid().as_raw());
                assert_eq!(inode.to_string_lossy(), format!("socket:[{i}]"));
            }
            Lookup::Absent => panic!("the client end of {peer} -> {server} was not found"),
        }
        // No connection from this port: not found (not the listener either).
        let stranger = SocketAddr::new(peer.ip(), if peer.port() == 65535 { 65534 } else { peer.port() + 1 });
        assert_eq!(lookup(stranger, server).unwrap(), Lookup::Absent);
        assert_eq!(lookup(server, "127.0.0.1:9".parse().unwrap()).unwrap(), Lookup::Absent, "a listener is not a peer");
    }
}
