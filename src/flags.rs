//! Command-line flags, compatible with the original server's so existing
//! unit files keep working: the same names, environment variables, defaults
//! and value syntax (durations like `30s` or `3m0s`, sizes like `1MiB`).

use clap::{Parser, ValueEnum};
use std::path::PathBuf;
use std::time::Duration;

/// The values of `--user-namespaces`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum UserNamespaces {
    Listed,
    Default,
    Always,
}

impl From<UserNamespaces> for imageapi_backend::container::UserPolicy {
    fn from(u: UserNamespaces) -> Self {
        match u {
            UserNamespaces::Listed => Self::Listed,
            UserNamespaces::Default => Self::Default,
            UserNamespaces::Always => Self::Always,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Scheme {
    Http,
    Https,
    Unix,
}

#[derive(Debug, Parser)]
#[command(name = "imageapi-server", version, about = "Attach, mount and run system images over a REST API")]
pub struct Flags {
    /// Listeners to enable (repeatable). Without any, only the unix socket.
    #[arg(long = "scheme", value_enum)]
    pub scheme: Vec<Scheme>,

    /// Address of the http listener.
    #[arg(long, env = "HOST", default_value = "localhost")]
    pub host: String,

    /// Port of the http listener (0: any free port).
    #[arg(long, env = "PORT", default_value_t = 0)]
    pub port: u16,

    /// Path of the unix socket.
    #[arg(long, default_value = "/var/run/imageapi.sock")]
    pub socket_path: PathBuf,

    /// Group whose members may use the unix socket (mode 0660); without
    /// it the socket is root's alone (mode 0600).
    #[arg(long, env = "IMAGEAPI_SOCKET_GROUP")]
    pub socket_group: Option<String>,

    /// Address of the https listener (default: --host).
    #[arg(long, env = "TLS_HOST")]
    pub tls_host: Option<String>,

    /// Port of the https listener (0: any free port).
    #[arg(long, env = "TLS_PORT", default_value_t = 0)]
    pub tls_port: u16,

    /// Server certificate chain (PEM) for https.
    #[arg(long, env = "TLS_CERTIFICATE")]
    pub tls_certificate: Option<PathBuf>,

    /// Private key (PEM) of the server certificate.
    #[arg(long, env = "TLS_PRIVATE_KEY")]
    pub tls_key: Option<PathBuf>,

    /// CA (PEM) that client certificates must be signed by: turns on mutual
    /// TLS, and clients without such a certificate are refused.
    #[arg(long, env = "TLS_CA_CERTIFICATE")]
    pub tls_ca: Option<PathBuf>,

    /// Longest time to read a request's headers, and then its body (0: no limit).
    #[arg(long, default_value = "30s", value_parser = duration)]
    pub read_timeout: Duration,

    /// Longest time a response write may stall on a client that does not read (0: no limit).
    #[arg(long, default_value = "60s", value_parser = duration)]
    pub write_timeout: Duration,

    /// TCP keep-alive period of accepted connections; 0 also turns off HTTP keep-alive.
    #[arg(long, default_value = "3m", value_parser = duration)]
    pub keep_alive: Duration,

    /// Most connections served at once per listener; more wait in the
    /// backlog (0: an equal share of half of --max-open-files for each
    /// listener).
    #[arg(long, default_value_t = 0)]
    pub listen_limit: usize,

    /// Largest request line and headers, e.g. 64KiB or 1MiB.
    #[arg(long, default_value = "1MiB", value_parser = byte_size)]
    pub max_header_size: usize,

    /// How long an idle keep-alive connection is kept open (0: --read-timeout).
    #[arg(long, default_value = "10s", value_parser = duration)]
    pub cleanup_timeout: Duration,

    /// On SIGTERM, how long requests in flight may take before the server goes on to exit.
    #[arg(long, default_value = "15s", value_parser = duration)]
    pub graceful_timeout: Duration,

    /// Like --keep-alive, for the https listener (default: --keep-alive).
    #[arg(long, value_parser = duration)]
    pub tls_keep_alive: Option<Duration>,

    /// Like --listen-limit, for the https listener (default: --listen-limit).
    #[arg(long)]
    pub tls_listen_limit: Option<usize>,

    /// Like --read-timeout, for the https listener (default: --read-timeout).
    #[arg(long, value_parser = duration)]
    pub tls_read_timeout: Option<Duration>,

    /// Like --write-timeout, for the https listener (default: --write-timeout).
    #[arg(long, value_parser = duration)]
    pub tls_write_timeout: Option<Duration>,

    /// Where mountpoints, overlay layers, logs and state live.
    #[arg(long, default_value = "/var/run/imageapi")]
    pub run_dir: PathBuf,

    /// Where the object graph is saved (default: the run directory).
    #[arg(long)]
    pub state_dir: Option<PathBuf>,

    /// Where the image store keeps manifests and files (default: `images`
    /// under the state directory). Put it on a disk on a node that serves
    /// images to others.
    #[arg(long, env = "IMAGEAPI_STORE_DIR")]
    pub store_dir: Option<PathBuf>,
    /// Port of the image store's serve listener (files, listings, IMGAPI);
    /// without it there is none.
    #[arg(long, env = "IMAGEAPI_SERVE_PORT")]
    pub serve_port: Option<u16>,
    /// Address of the serve listener.
    #[arg(long, env = "IMAGEAPI_SERVE_HOST", default_value = "0.0.0.0")]
    pub serve_host: String,
    /// Most connections the serve listener serves at once; more wait in
    /// the backlog (0: a share of --max-open-files, see --listen-limit;
    /// each of its connections counts as two descriptors).
    #[arg(long, env = "IMAGEAPI_SERVE_LISTEN_LIMIT", default_value_t = 0)]
    pub serve_listen_limit: usize,
    /// Users who may write through IMGAPI on the serve listener: an
    /// htpasswd file with bcrypt hashes (`--add-serve-user NAME` makes
    /// one; `htpasswd -nB NAME` too, without refusing long passwords).
    #[arg(long, env = "IMAGEAPI_SERVE_USERS")]
    pub serve_users: Option<PathBuf>,
    /// Add user NAME to the --serve-users file (made if missing), or
    /// change its password, with the password read from the first line
    /// of stdin; then exit. Passwords longer than 72 bytes are refused:
    /// bcrypt checks only the first 72.
    #[arg(long, value_name = "NAME", requires = "serve_users")]
    pub add_serve_user: Option<String>,
    /// On SIGTERM/SIGINT, remove every object (stop containers, unmount,
    /// detach) before exiting, as for a node shutdown. Without it, objects
    /// stay in place and the next start re-adopts them.
    #[arg(long)]
    pub teardown_on_exit: bool,

    /// Most objects (attachments, mounts and containers together) the
    /// server holds; a request for another is refused with 409.
    #[arg(long, default_value_t = imageapi_backend::limits::DEFAULT_MAX_OBJECTS)]
    pub max_objects: usize,

    /// Most file descriptors the server may hold (0, or more than its
    /// RLIMIT_NOFILE: that limit); a new object is refused with 409 when
    /// fewer than 32 would remain.
    #[arg(long, default_value_t = 0)]
    pub max_open_files: usize,

    /// A user (name or uid) whose processes on this node may use the http
    /// and https listeners besides root's (repeatable).
    #[arg(long, value_name = "USER")]
    pub allow_local_user: Vec<String>,

    /// A group (name or gid) whose members' processes on this node may use
    /// the http and https listeners (repeatable).
    #[arg(long, value_name = "GROUP")]
    pub allow_local_group: Vec<String>,

    /// A network (CIDR, e.g. 10.0.0.0/8) whose hosts may use the http and
    /// https listeners (repeatable); without it, every remote host may.
    #[arg(long, value_name = "CIDR", value_parser = network)]
    pub allow_remote_network: Vec<ipnet::IpNet>,

    /// Which containers get a user namespace, their root an unprivileged
    /// host id range: `listed` (those whose `namespaces` name `user`),
    /// `default` (also every container whose definition gives no
    /// `namespaces`), `always` (every container). For nodes that run
    /// images they do not trust.
    #[arg(long, value_enum, default_value = "listed", value_name = "WHICH")]
    pub user_namespaces: UserNamespaces,

    /// A name the http and https listeners answer to besides IP
    /// addresses, localhost, the node's hostname and --host (repeatable;
    /// `*.example.com` for every name below example.com). A request for
    /// another `Host` is refused with 403.
    #[arg(long, value_name = "NAME")]
    pub allowed_host: Vec<String>,

    /// An origin (`https://ui.example.com`, `http://10.0.0.9:8080`) whose
    /// web pages may send requests (repeatable). Without it, a request
    /// carrying a browser's `Origin` is served only from the server's own
    /// origin (Swagger UI at /imageapi/v1/docs/).
    #[arg(long, value_name = "ORIGIN")]
    pub allowed_origin: Vec<String>,

    /// Answer the hot reads (GET of the lists) through the generated
    /// router too, as every other request: for checking that the fast
    /// way answers the same.
    #[arg(long, hide = true)]
    pub no_fast_reads: bool,
}

/// How one listener treats its connections.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub read_timeout: Option<Duration>,
    pub write_timeout: Option<Duration>,
    pub idle_timeout: Option<Duration>,
    pub keep_alive: Option<Duration>,
    pub listen_limit: Option<usize>,
    pub max_header_size: usize,
}

impl Flags {
    pub fn schemes(&self) -> Vec<Scheme> {
        if self.scheme.is_empty() {
            return vec![Scheme::Unix];
        }
        let mut schemes = Vec::new();
        for s in &self.scheme {
            if !schemes.contains(s) {
                schemes.push(*s);
            }
        }
        schemes
    }

    /// The limits of the listener for `scheme`.
    pub fn limits(&self, scheme: Scheme) -> Limits {
        let tls = scheme == Scheme::Https;
        let pick = |tls_value: Option<Duration>, plain: Duration| nonzero(if tls { tls_value.unwrap_or(plain) } else { plain });
        let read_timeout = pick(self.tls_read_timeout, self.read_timeout);
        let listen_limit = if tls { self.tls_listen_limit.unwrap_or(self.listen_limit) } else { self.listen_limit };
        Limits {
            read_timeout,
            write_timeout: pick(self.tls_write_timeout, self.write_timeout),
            idle_timeout: nonzero(self.cleanup_timeout).or(read_timeout),
            keep_alive: pick(self.tls_keep_alive, self.keep_alive),
            listen_limit: (listen_limit > 0).then_some(listen_limit),
            max_header_size: self.max_header_size,
        }
    }

    /// Who may use the TCP listeners (see [`crate::peer`]).
    pub fn peer_policy(&self) -> Result<crate::peer::Policy, String> {
        Ok(crate::peer::Policy {
            users: self.allow_local_user.iter().map(|u| crate::peer::user_id(u)).collect::<Result<_, _>>()?,
            groups: self.allow_local_group.iter().map(|g| crate::peer::group_id(g)).collect::<Result<_, _>>()?,
            networks: self.allow_remote_network.clone(),
        })
    }

    /// The names and origins the listeners answer to (see [`crate::guard`]).
    pub fn guard_policy(&self) -> Result<crate::guard::Policy, String> {
        let mut hosts = self.allowed_host.clone();
        // The addresses the listeners were told to use name the server too.
        hosts.extend([Some(&self.host), self.tls_host.as_ref()].into_iter().flatten().filter(|h| !h.is_empty() && !h.contains(':')).cloned());
        // So do the names of the https certificate: a client that checks
        // them reaches the server by one of them.
        if let (true, Some(cert)) = (self.schemes().contains(&Scheme::Https), &self.tls_certificate) {
            hosts.extend(crate::tls::dns_names(cert));
        }
        crate::guard::Policy::new(&hosts, &self.allowed_origin)
    }

    pub fn store_dir(&self) -> PathBuf {
        self.store_dir.clone().unwrap_or_else(|| self.state_dir.as_ref().unwrap_or(&self.run_dir).join("images"))
    }

    pub fn state_file(&self) -> PathBuf {
        self.state_dir.as_ref().unwrap_or(&self.run_dir).join("state.json")
    }

    /// Refuse combinations the server cannot honour, before anything starts.
    pub fn check(&self) -> Result<(), String> {
        if self.schemes().contains(&Scheme::Https) && (self.tls_certificate.is_none() || self.tls_key.is_none()) {
            return Err("--scheme https needs --tls-certificate and --tls-key".into());
        }
        if !self.schemes().contains(&Scheme::Https) && self.tls_ca.is_some() {
            return Err("--tls-ca only applies to --scheme https".into());
        }
        self.peer_policy()?;
        self.guard_policy()?;
        if self.serve_users.is_some() && self.serve_port.is_none() && self.add_serve_user.is_none() {
            return Err("--serve-users only applies with --serve-port".into());
        }
        if self.max_header_size < 1024 {
            return Err(format!("--max-header-size {}: at least 1KiB is needed for a request line and a few headers", self.max_header_size));
        }
        // Overlay options separate paths with ':' and ','.
        let run_dir = self.run_dir.to_string_lossy();
        if run_dir.contains([',', ':', '\n']) {
            return Err(format!("--run-dir {run_dir}: the path must not contain ',' or ':' (overlayfs options cannot hold them)"));
        }
        Ok(())
    }
}

fn nonzero(d: Duration) -> Option<Duration> {
    (!d.is_zero()).then_some(d)
}

/// A duration as the original wrote them: `30s`, `1m`, `3m0s`, `1h30m`,
/// `500ms`, or `0`.
fn duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    if s == "0" {
        return Ok(Duration::ZERO);
    }
    humantime::parse_duration(s).map_err(|e| format!("\"{s}\" is not a duration such as 30s, 1m or 3m0s: {e}"))
}

/// A network in CIDR notation; a bare address is that one host.
fn network(s: &str) -> Result<ipnet::IpNet, String> {
    let s = s.trim();
    s.parse::<ipnet::IpNet>()
        .or_else(|_| s.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
        .map_err(|_| format!("\"{s}\" is not a network such as 10.0.0.0/8, 192.0.2.7 or fd00::/8"))
}

/// A size as the original wrote them: `1048576`, `64KB`, `64KiB`, `1MiB`.
fn byte_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, unit) = t.split_at(split);
    let n: usize = digits.parse().map_err(|_| format!("\"{s}\" is not a size such as 65536, 64KiB or 1MiB"))?;
    let factor: usize = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1000,
        "kib" => 1 << 10,
        "m" | "mb" => 1000 * 1000,
        "mib" => 1 << 20,
        "g" | "gb" => 1000 * 1000 * 1000,
        "gib" => 1 << 30,
        _ => return Err(format!("\"{s}\": unknown size unit \"{unit}\" (use B, KB, KiB, MB, MiB, GB or GiB)")),
    };
    n.checked_mul(factor).ok_or_else(|| format!("\"{s}\" is too large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_use_the_original_syntax() {
        assert_eq!(duration("30s"), Ok(Duration::from_secs(30)));
        assert_eq!(duration("1m"), Ok(Duration::from_secs(60)));
        assert_eq!(duration("3m0s"), Ok(Duration::from_secs(180)));
        assert_eq!(duration("1h30m"), Ok(Duration::from_secs(5400)));
        assert_eq!(duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(duration("0"), Ok(Duration::ZERO));
        assert!(duration("soon").is_err());
        assert!(duration("30").is_err());
    }

    #[test]
    fn sizes_use_the_original_syntax() {
        assert_eq!(byte_size("1MiB"), Ok(1 << 20));
        assert_eq!(byte_size("64KB"), Ok(64_000));
        assert_eq!(byte_size("8192"), Ok(8192));
        assert!(byte_size("1XB").is_err());
        assert!(byte_size("99999999999999999999GiB").is_err());
    }

    #[test]
    fn https_needs_a_certificate_and_tls_ca_needs_https() {
        let f = Flags::parse_from(["x", "--scheme", "https"]);
        assert!(f.check().unwrap_err().contains("--tls-certificate"));
        let f = Flags::parse_from(["x", "--tls-ca", "/ca.pem"]);
        assert!(f.check().unwrap_err().contains("--tls-ca"));
        let f = Flags::parse_from(["x", "--scheme", "https", "--tls-certificate", "c", "--tls-key", "k"]);
        assert!(f.check().is_ok());
    }

    #[test]
    fn the_https_certificates_names_are_answered_to() {
        let dir = tempfile::tempdir().unwrap();
        let cert = rcgen::generate_simple_self_signed(vec!["node17.cluster.example".into(), "*.nodes.example".into()]).unwrap();
        let pem = dir.path().join("server.pem");
        std::fs::write(&pem, cert.cert.pem()).unwrap();
        let pem = pem.to_str().unwrap();
        let f = Flags::parse_from(["x", "--scheme", "https", "--tls-certificate", pem, "--tls-key", "k"]);
        let policy = f.guard_policy().unwrap();
        assert!(policy.answers_to("node17.cluster.example") && policy.answers_to("n1.nodes.example"));
        assert!(!policy.answers_to("other.example"));
        // Only for https: the certificate names nothing else.
        let f = Flags::parse_from(["x", "--scheme", "http", "--tls-certificate", pem]);
        assert!(!f.guard_policy().unwrap().answers_to("node17.cluster.example"));
    }

    #[test]
    fn tls_limits_fall_back_to_the_plain_ones() {
        let f = Flags::parse_from(["x", "--read-timeout", "5s", "--tls-write-timeout", "7s", "--keep-alive", "0"]);
        let l = f.limits(Scheme::Https);
        assert_eq!(l.read_timeout, Some(Duration::from_secs(5)));
        assert_eq!(l.write_timeout, Some(Duration::from_secs(7)));
        assert_eq!(l.keep_alive, None);
        assert_eq!(f.limits(Scheme::Http).write_timeout, Some(Duration::from_secs(60)));
    }
}
