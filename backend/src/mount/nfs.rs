//! `nfs` mounts: an NFS export mounted by the kernel NFS client, with
//! mount(2) and the text options the kernel parses (what mount.nfs does,
//! without mount.nfs).
//!
//! The server fills in three options itself and refuses them from the
//! client: `vers=` (from `version`, default 4.2), `addr=` (the server's
//! address, resolved here with getaddrinfo) and, for NFSv4, `clientaddr=`:
//! the address of THIS node that the server can call back, i.e. the local
//! address of the route to the server (found by connecting a UDP socket
//! to it, which sends nothing).

use super::{make_mountpoint, remove_mountpoint, Mounted, Simple};
use crate::dirs::Dirs;
use crate::error::{Error, Result};
use crate::kernel::mount::{self as km, kernel_has_filesystem, parse_options};
use imageapi_generated::models;
use nix::mount::MsFlags;
use std::net::{IpAddr, SocketAddr, ToSocketAddrs, UdpSocket};

const VERSIONS: &[&str] = &["3", "4", "4.0", "4.1", "4.2"];
/// Options the server owns (`nfsvers=` is `vers=` by another name).
const OWNED: &[&str] = &["addr", "clientaddr", "vers", "nfsvers"];
const NFS_PORT: u16 = 2049;
/// How long a mount may wait for the server. A hard mount (the kernel's
/// default) of a server that never answers would wait for minutes.
const MOUNT_DEADLINE: std::time::Duration = std::time::Duration::from_secs(60);

/// Check everything about `spec` that can be checked without the network.
pub fn check(at: &str, spec: &models::MountNfs) -> Result<()> {
    crate::spec::host(&format!("{at}.host"), &spec.host)?;
    if !spec.path.starts_with('/') || spec.path.contains(['\0', '\n', '\r']) {
        return Err(Error::invalid(format!("{at}.path: \"{}\" is not an absolute export path", spec.path.escape_debug())));
    }
    version(at, spec)?;
    for (i, opt) in spec.options.iter().flatten().enumerate() {
        let at = format!("{at}.options[{i}]");
        if opt.is_empty() || opt.contains([',', '\0', '\n', '\r', ' ', '\t']) {
            return Err(Error::invalid(format!(
                "{at}: \"{}\" is not one option (no commas, spaces or line breaks; give each option as its own element)",
                opt.escape_debug()
            )));
        }
        let name = opt.split('=').next().unwrap_or_default();
        if OWNED.contains(&name) {
            return Err(Error::invalid(format!(
                "{at}: \"{name}=\" is filled in by the server (addr= and clientaddr= from the host, vers= from version)"
            )));
        }
    }
    parse_options(spec.options.as_deref().unwrap_or_default()).map(drop)
}

fn version<'a>(at: &str, spec: &'a models::MountNfs) -> Result<&'a str> {
    let v = spec.version.as_deref().unwrap_or("4.2");
    if !VERSIONS.contains(&v) {
        return Err(Error::invalid(format!("{at}.version: \"{}\" is not one of {}", v.escape_debug(), VERSIONS.join(", "))));
    }
    Ok(v)
}

pub fn mount(id: u64, spec: &models::MountNfs, dirs: &Dirs) -> Result<Box<dyn Mounted>> {
    // 1. Nothing is done on a kernel without the NFS client.
    if !kernel_has_filesystem("nfs") && !kernel_has_filesystem("nfs4") {
        return Err(Error::unsupported(
            "nfs mounts need the kernel NFS client, which this kernel lacks (no nfs in /proc/filesystems, and no module of this kernel provides it): load the nfs module",
        ));
    }
    let vers = version("mount.nfs", spec)?;
    let source = format!("{}:{}", bracketed(&spec.host), spec.path);
    // 2. The server's address, and ours as the server sees it.
    let server = resolve(&spec.host)?;
    let client = if vers.starts_with('4') { Some(local_address_towards(server)?) } else { None };
    // 3. Flags (ro, nosuid, ...) apart from the NFS options.
    let user = parse_options(spec.options.as_deref().unwrap_or_default())?;
    let data = data(vers, server.ip(), client, &user.data);
    let mut flags = user.flags;
    if spec.ro.unwrap_or(false) {
        flags |= MsFlags::MS_RDONLY;
    }
    let fstype = if vers.starts_with('4') { "nfs4" } else { "nfs" };
    let target = dirs.mountpoint(id);
    make_mountpoint(&target, true)?;
    // 4. A server that never answers ends the wait at the deadline.
    match km::mount_within(&source, &target, fstype, flags, &data, MOUNT_DEADLINE) {
        Ok(()) => {}
        Err(failure) => {
            remove_mountpoint(&target);
            let step = format!("mounting {source} (NFS {vers}, options {data}) on {}", target.display());
            return Err(match failure {
                km::Abandoned::Failed(errno) => Error::kernel(step, errno),
                km::Abandoned::TimedOut => Error::internal(format!(
                    "{step}: the server did not answer within {} s; the mount was abandoned",
                    MOUNT_DEADLINE.as_secs()
                )),
            });
        }
    }
    log::info!("mounted {source} (NFS {vers}) on {}", target.display());
    Ok(Box::new(Simple { mountpoint: target }))
}

/// The option string: ours first, then the client's.
fn data(vers: &str, server: IpAddr, client: Option<IpAddr>, user: &str) -> String {
    let mut opts = vec![format!("vers={vers}"), format!("addr={server}")];
    if let Some(c) = client {
        opts.push(format!("clientaddr={c}"));
    }
    if !user.is_empty() {
        opts.push(user.to_string());
    }
    opts.join(",")
}

fn bracketed(host: &str) -> String {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    match bare.contains(':') {
        true => format!("[{bare}]"),
        false => bare.to_string(),
    }
}

/// The first address getaddrinfo gives for `host`.
fn resolve(host: &str) -> Result<SocketAddr> {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    (bare, NFS_PORT)
        .to_socket_addrs()
        .map_err(|e| Error::new(crate::error::Kind::Unprocessable, format!("resolving NFS server \"{host}\": {e}")))?
        .next()
        .ok_or_else(|| Error::new(crate::error::Kind::Unprocessable, format!("resolving NFS server \"{host}\": no address")))
}

/// The local address of the route to `server`: connect(2) on a UDP socket
/// picks the source address without sending a packet.
fn local_address_towards(server: SocketAddr) -> Result<IpAddr> {
    let any: SocketAddr = if server.is_ipv4() { "0.0.0.0:0".parse().unwrap() } else { "[::]:0".parse().unwrap() };
    let sock = UdpSocket::bind(any).map_err(|e| Error::io("opening a UDP socket to find the client address", &e))?;
    sock.connect(server).map_err(|e| Error::io(format!("finding the route to NFS server {server}"), &e))?;
    let local = sock.local_addr().map_err(|e| Error::io("reading the client address", &e))?;
    Ok(local.ip())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(json: &str) -> models::MountNfs {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn the_server_fills_in_vers_addr_and_our_own_clientaddr() {
        let server = resolve("127.0.0.1").unwrap();
        assert_eq!(server.to_string(), "127.0.0.1:2049");
        let client = local_address_towards(server).unwrap();
        assert_eq!(client.to_string(), "127.0.0.1");
        assert_eq!(
            data("4.2", server.ip(), Some(client), "hard,timeo=600"),
            "vers=4.2,addr=127.0.0.1,clientaddr=127.0.0.1,hard,timeo=600"
        );
        assert_eq!(data("3", "10.1.2.3".parse().unwrap(), None, ""), "vers=3,addr=10.1.2.3");
        assert_eq!(bracketed("fd00::1"), "[fd00::1]");
        let s = spec(r#"{"host":"nfs.example","path":"/export","options":["noatime","nconnect=4"]}"#);
        check("mount.nfs", &s).unwrap();
        assert_eq!(version("m", &s).unwrap(), "4.2");
    }

    #[test]
    fn clientaddr_is_the_local_end_of_the_route_not_the_server() {
        // Any address this node has a route to will do: the answer must be
        // one of our addresses, never the server's.
        let server: SocketAddr = "127.0.0.53:2049".parse().unwrap();
        assert_eq!(local_address_towards(server).unwrap().to_string(), "127.0.0.1");
    }

    #[test]
    fn owned_and_malformed_options_are_refused() {
        for (json, want) in [
            (r#"{"host":"h","path":"/e","options":["addr=1.2.3.4"]}"#, "options[0]: \"addr=\" is filled in"),
            (r#"{"host":"h","path":"/e","options":["ro","clientaddr=1.2.3.4"]}"#, "options[1]: \"clientaddr=\""),
            (r#"{"host":"h","path":"/e","options":["vers=3"]}"#, "\"vers=\""),
            (r#"{"host":"h","path":"/e","options":["nfsvers=3"]}"#, "\"nfsvers=\""),
            (r#"{"host":"h","path":"/e","options":["soft,addr=1.2.3.4"]}"#, "not one option"),
            (r#"{"host":"h","path":"/e","options":["soft\nx"]}"#, "not one option"),
            (r#"{"host":"h","path":"/e","options":["bind"]}"#, "not allowed"),
            (r#"{"host":"h","path":"/e","version":"5"}"#, "version"),
            (r#"{"host":"h,addr=x","path":"/e"}"#, "host"),
            (r#"{"host":"h","path":"export"}"#, "path"),
        ] {
            let err = check("mount.nfs", &spec(json)).unwrap_err();
            assert_eq!(err.kind.status(), 400, "{json}");
            assert!(err.message.contains(want), "{json}: {}", err.message);
        }
    }
}
