//! Who may use a TCP listener: the peer check every accepted http and
//! https connection passes before a request is served.
//!
//! The server runs anything as root, so a TCP client is as powerful as
//! root. Containers share the node's network namespace by default, which
//! makes 127.0.0.1 (and every address of the node) reachable by every user
//! of every container. The check therefore asks the kernel who owns the
//! connecting socket instead of trusting the address:
//!
//! - a **local peer** is a socket of this network namespace: the kernel
//!   holds the client's end, whose local address is the peer address and
//!   whose remote address is ours; sock_diag finds it (see
//!   [`crate::sock_diag`]), or where that interface is missing the socket
//!   tables `/proc/net/tcp` and `/proc/net/tcp6` do. Its owner (the uid that created the socket) must be
//!   root, a uid named with `--allow-local-user`, or a user in a group named
//!   with `--allow-local-group`. A peer address of the node whose socket is
//!   not found is refused (it cannot be told apart from an unprivileged one);
//! - a **remote peer** is any other: with `--allow-remote-network` it must
//!   come from one of those networks, without it every remote peer passes
//!   (TLS with `--tls-ca` is then what keeps strangers out).
//!
//! A refused peer gets one 403 answer saying why, and the log names the
//! socket's owner and, where one is found, the process holding it.

use ipnet::IpNet;
use std::net::{IpAddr, SocketAddr};

/// Who is served besides root, and from where.
#[derive(Debug, Clone, Default)]
pub struct Policy {
    pub users: Vec<u32>,
    pub groups: Vec<u32>,
    /// Empty: every remote peer.
    pub networks: Vec<IpNet>,
}

/// What the kernel told about a peer, and whether it may be served.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Served; the text says who it is, for the connection's log line.
    Allowed(String),
    /// Refused; the sentence for the client and the log.
    Refused(String),
}

/// The client end of a local connection as the kernel's socket table shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Owner {
    uid: u32,
    inode: u64,
}

impl Policy {
    /// Judge the connection from `peer` to our address `local`. Reads the
    /// kernel's socket table (blocking, but procfs answers at once).
    pub fn check(&self, peer: SocketAddr, local: SocketAddr) -> Verdict {
        let (peer, local) = (canonical(peer), canonical(local));
        match find_owner(peer, local) {
            Some(owner) => self.judge_local(peer, owner),
            None if is_local_address(peer.ip()) => Verdict::Refused(format!(
                "the connection from {peer} comes from this node, but the kernel shows no socket of it to tell who owns it; \
                 refused (use the unix socket)"
            )),
            None => self.judge_remote(peer),
        }
    }

    fn judge_local(&self, peer: SocketAddr, owner: Owner) -> Verdict {
        // Only a refusal looks for the process too: that walks /proc.
        if owner.uid == 0 || self.users.contains(&owner.uid) {
            return Verdict::Allowed(format!("{peer}, uid {}", owner.uid));
        }
        if !self.groups.is_empty() && groups_of(owner.uid).iter().any(|g| self.groups.contains(g)) {
            return Verdict::Allowed(format!("{peer}, uid {}, by its group", owner.uid));
        }
        let who = describe_owner(owner);
        Verdict::Refused(format!(
            "the connection from {peer} belongs to {who}: this server runs everything as root, so only root \
             (or a user or group named with --allow-local-user or --allow-local-group) may use it from this node"
        ))
    }

    fn judge_remote(&self, peer: SocketAddr) -> Verdict {
        if self.networks.is_empty() || self.networks.iter().any(|n| n.contains(&peer.ip())) {
            return Verdict::Allowed(peer.to_string());
        }
        let nets: Vec<String> = self.networks.iter().map(|n| n.to_string()).collect();
        Verdict::Refused(format!("{} is not in the networks this server accepts (--allow-remote-network {})", peer.ip(), nets.join(", ")))
    }
}

/// IPv4-mapped IPv6 addresses (a v4 client of a dual-stack listener) as IPv4.
fn canonical(a: SocketAddr) -> SocketAddr {
    SocketAddr::new(a.ip().to_canonical(), a.port())
}

/// Loopback, or an address of one of this namespace's interfaces.
fn is_local_address(ip: IpAddr) -> bool {
    if ip.is_loopback() || ip.is_unspecified() {
        return true;
    }
    let Ok(addrs) = nix::ifaddrs::getifaddrs() else { return true };
    addrs.filter_map(|a| a.address).any(|a| {
        let mine = a.as_sockaddr_in().map(|s| IpAddr::V4(s.ip())).or_else(|| a.as_sockaddr_in6().map(|s| IpAddr::V6(s.ip())));
        mine.map(|m| m.to_canonical()) == Some(ip)
    })
}

/// The client end of the connection `peer` -> `local`: asked of sock_diag
/// (IPv4 first, then as an IPv4-mapped IPv6 socket), or where that cannot
/// be used, found in the socket tables.
fn find_owner(peer: SocketAddr, local: SocketAddr) -> Option<Owner> {
    use crate::sock_diag::{lookup, Lookup};
    let mapped = |a: SocketAddr| match a.ip() {
        IpAddr::V4(v4) => Some(SocketAddr::new(IpAddr::V6(v4.to_ipv6_mapped()), a.port())),
        IpAddr::V6(_) => None,
    };
    let mut asked = vec![(peer, local)];
    if let (Some(p), Some(l)) = (mapped(peer), mapped(local)) {
        asked.push((p, l));
    }
    let mut diag_works = true;
    for (p, l) in asked {
        match lookup(p, l) {
            Ok(Lookup::Found { uid, inode }) => return Some(Owner { uid, inode }),
            Ok(Lookup::Absent) => {}
            Err(e) => {
                log::debug!("sock_diag cannot look up {p} -> {l} ({e}); reading /proc/net/tcp instead");
                diag_works = false;
            }
        }
    }
    if diag_works {
        return None;
    }
    find_in_tables(peer, local)
}

/// The client end of the connection `peer` -> `local` in the socket tables.
fn find_in_tables(peer: SocketAddr, local: SocketAddr) -> Option<Owner> {
    ["/proc/net/tcp", "/proc/net/tcp6"].iter().find_map(|table| {
        let text = std::fs::read_to_string(table).ok()?;
        text.lines().skip(1).find_map(|line| parse_line(line).filter(|(l, r, _)| *l == peer && *r == local).map(|(_, _, o)| o))
    })
}

/// One line of /proc/net/tcp{,6}: local address, remote address, owner.
/// Addresses are hex words in the kernel's byte order, ports hex numbers.
fn parse_line(line: &str) -> Option<(SocketAddr, SocketAddr, Owner)> {
    let f: Vec<&str> = line.split_whitespace().collect();
    let local = parse_address(f.get(1)?)?;
    let remote = parse_address(f.get(2)?)?;
    let uid = f.get(7)?.parse().ok()?;
    let inode = f.get(9)?.parse().ok()?;
    Some((local, remote, Owner { uid, inode }))
}

fn parse_address(s: &str) -> Option<SocketAddr> {
    let (addr, port) = s.split_once(':')?;
    let port = u16::from_str_radix(port, 16).ok()?;
    let word = |i: usize| u32::from_str_radix(addr.get(i * 8..i * 8 + 8)?, 16).ok().map(u32::to_ne_bytes);
    let ip = match addr.len() {
        8 => IpAddr::from(word(0)?),
        32 => {
            let mut b = [0u8; 16];
            for i in 0..4 {
                b[i * 4..i * 4 + 4].copy_from_slice(&word(i)?);
            }
            IpAddr::from(b)
        }
        _ => return None,
    };
    Some(SocketAddr::new(ip.to_canonical(), port))
}

/// "uid 1000 (pid 4242)": the socket's owner and, if found, a process holding it.
fn describe_owner(owner: Owner) -> String {
    match holder_of(owner.inode) {
        Some(pid) => format!("uid {} (pid {pid})", owner.uid),
        None => format!("uid {}", owner.uid),
    }
}

/// A process with the socket inode open, found by its `/proc/<pid>/fd`.
/// One search at a time: a flood of refused connections must not become a
/// flood of walks through /proc (the others go without a pid).
fn holder_of(inode: u64) -> Option<u32> {
    use std::sync::atomic::{AtomicBool, Ordering};
    static SEARCHING: AtomicBool = AtomicBool::new(false);
    if inode == 0 || SEARCHING.swap(true, Ordering::Acquire) {
        return None;
    }
    let found = search_proc(inode);
    SEARCHING.store(false, Ordering::Release);
    found
}

fn search_proc(inode: u64) -> Option<u32> {
    let target = format!("socket:[{inode}]");
    std::fs::read_dir("/proc").ok()?.flatten().find_map(|p| {
        let pid: u32 = p.file_name().to_str()?.parse().ok()?;
        let fds = std::fs::read_dir(p.path().join("fd")).ok()?;
        fds.flatten().any(|fd| std::fs::read_link(fd.path()).is_ok_and(|l| l.as_os_str() == target.as_str())).then_some(pid)
    })
}

/// The user's primary and supplementary groups, from the user database.
fn groups_of(uid: u32) -> Vec<u32> {
    let Ok(Some(user)) = nix::unistd::User::from_uid(uid.into()) else { return vec![] };
    let Ok(name) = std::ffi::CString::new(user.name.as_bytes()) else { return vec![user.gid.as_raw()] };
    match nix::unistd::getgrouplist(&name, user.gid) {
        Ok(groups) => groups.into_iter().map(|g| g.as_raw()).collect(),
        Err(_) => vec![user.gid.as_raw()],
    }
}

/// A user by name or number, for `--allow-local-user`.
pub fn user_id(name: &str) -> Result<u32, String> {
    if let Ok(uid) = name.parse::<u32>() {
        return Ok(uid);
    }
    match nix::unistd::User::from_name(name) {
        Ok(Some(u)) => Ok(u.uid.as_raw()),
        Ok(None) => Err(format!("--allow-local-user {name}: there is no such user")),
        Err(e) => Err(format!("--allow-local-user {name}: looking it up: {e}")),
    }
}

/// A group by name or number, for `--allow-local-group`.
pub fn group_id(name: &str) -> Result<u32, String> {
    if let Ok(gid) = name.parse::<u32>() {
        return Ok(gid);
    }
    match nix::unistd::Group::from_name(name) {
        Ok(Some(g)) => Ok(g.gid.as_raw()),
        Ok(None) => Err(format!("--allow-local-group {name}: there is no such group")),
        Err(e) => Err(format!("--allow-local-group {name}: looking it up: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn socket_table_lines_are_parsed() {
        let v4 = "   3: 0100007F:A2C8 0100007F:1F90 01 00000000:00000000 00:00000000 00000000  1000        0 123456 1 0000000000000000 20 4 30 10 -1";
        let (l, r, o) = parse_line(v4).unwrap();
        assert_eq!(l, "127.0.0.1:41672".parse().unwrap());
        assert_eq!(r, "127.0.0.1:8080".parse().unwrap());
        assert_eq!(o, Owner { uid: 1000, inode: 123456 });
        // ::ffff:127.0.0.1 in a tcp6 line reads as the IPv4 address.
        let v6 = "   0: 0000000000000000FFFF00000100007F:A2C8 00000000000000000000000001000000:1F90 01 00000000:00000000 00:00000000 00000000     0        0 77 1";
        let (l, r, o) = parse_line(v6).unwrap();
        assert_eq!(l, "127.0.0.1:41672".parse().unwrap());
        assert_eq!(r, "[::1]:8080".parse().unwrap());
        assert_eq!(o.uid, 0);
        assert!(parse_line("  sl  local_address rem_address   st tx_queue").is_none());
    }

    #[test]
    fn remote_peers_are_judged_by_the_allow_list() {
        let open = Policy::default();
        assert!(matches!(open.judge_remote("192.0.2.7:5000".parse().unwrap()), Verdict::Allowed(_)));
        let listed = Policy { networks: vec!["10.1.0.0/16".parse().unwrap()], ..Policy::default() };
        assert!(matches!(listed.judge_remote("10.1.2.3:5000".parse().unwrap()), Verdict::Allowed(_)));
        match listed.judge_remote("10.2.0.1:5000".parse().unwrap()) {
            Verdict::Refused(why) => assert!(why.contains("10.2.0.1") && why.contains("10.1.0.0/16"), "{why}"),
            v => panic!("{v:?}"),
        }
    }

    #[test]
    fn local_peers_are_judged_by_their_owner() {
        let peer = "127.0.0.1:4000".parse().unwrap();
        let p = Policy { users: vec![1234], ..Policy::default() };
        assert!(matches!(p.judge_local(peer, Owner { uid: 0, inode: 0 }), Verdict::Allowed(_)));
        assert!(matches!(p.judge_local(peer, Owner { uid: 1234, inode: 0 }), Verdict::Allowed(_)));
        match p.judge_local(peer, Owner { uid: 1000, inode: 0 }) {
            Verdict::Refused(why) => assert!(why.contains("uid 1000"), "{why}"),
            v => panic!("{v:?}"),
        }
    }

    #[test]
    fn a_named_group_admits_its_members_by_the_user_database() {
        // nobody (65534) is in nogroup (65534) on Debian; skip elsewhere.
        let Ok(Some(nobody)) = nix::unistd::User::from_uid(65534.into()) else { return };
        let peer = "127.0.0.1:4000".parse().unwrap();
        let p = Policy { groups: vec![nobody.gid.as_raw()], ..Policy::default() };
        assert!(matches!(p.judge_local(peer, Owner { uid: 65534, inode: 0 }), Verdict::Allowed(why) if why.contains("group")));
        let other = Policy { groups: vec![nobody.gid.as_raw().wrapping_add(4242)], ..Policy::default() };
        assert!(matches!(other.judge_local(peer, Owner { uid: 65534, inode: 0 }), Verdict::Refused(_)));
    }

    #[test]
    fn our_own_connection_is_found_with_our_uid() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let client = std::net::TcpStream::connect(listener.local_addr().unwrap()).unwrap();
        let (_server_end, peer) = listener.accept().unwrap();
        for owner in [find_owner(peer, listener.local_addr().unwrap()), find_in_tables(peer, listener.local_addr().unwrap())] {
            let owner = owner.expect("the client socket is found");
            assert_eq!(owner.uid, nix::unistd::geteuid().as_raw());
            assert_eq!(holder_of(owner.inode), Some(std::process::id()));
        }
        drop(client);
    }
}
