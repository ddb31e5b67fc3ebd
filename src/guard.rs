//! Requests a web browser could be made to send. A page from anywhere,
//! opened by a browser on the cluster's network, can send requests to the
//! API's TCP listeners: cross-site ones (a form, or a `fetch` that needs
//! no preflight) and, by rebinding a name of its own to the node's
//! address, ones the browser takes for same-origin. Before anything else
//! of a request is looked at, the server refuses:
//!
//! 1. a `Host` it does not answer to (403): an IP literal, `localhost`
//!    (and `*.localhost`), the node's hostname, the names given with
//!    `--host`/`--tls-host`, the https certificate's and those of
//!    `--allowed-host` are served; a rebound name is none of these.
//! 2. an `Origin` that is not allowed (403): one of `--allowed-origin`, or
//!    the request's own origin (same scheme, and host and port equal to an
//!    allowed `Host` of the request), which is what Swagger UI at
//!    `/imageapi/v1/docs/` sends. Clients that are not browsers send no
//!    `Origin` and are not affected.
//! 3. a write (POST, PUT, PATCH, DELETE) whose `Content-Type` is not JSON
//!    (415), but for the uploads, which take their own types: a browser
//!    sends `text/plain`, forms and multipart bodies to any site without
//!    asking it first. A write without a `Content-Type` passes.
//!
//! On the unix socket no browser connects: its clients send any `Host`
//! (curl `localhost`, Go the socket's path), so `Host` is checked there
//! only for a request that carries an `Origin` (a browser's request passed
//! on by a proxy); `Origin` and `Content-Type` are checked as everywhere.

use hyper::header::{HeaderMap, CONTENT_TYPE, HOST, ORIGIN};
use hyper::{Method, Request, StatusCode};
use std::net::IpAddr;

/// Operations whose bodies are not JSON: (method, path after the base path).
const UPLOADS: [(Method, &str); 2] = [(Method::PUT, "/images/file"), (Method::PUT, "/images/oci")];

/// The names and origins a server answers to, the same for every listener.
#[derive(Debug, Default)]
pub struct Policy {
    /// Lowercase names without a trailing dot; `*.example.com` for every
    /// name below example.com.
    hosts: Vec<String>,
    /// `scheme://host[:port]`, lowercase, without a default port.
    origins: Vec<String>,
}

/// What a listener is, for the checks that depend on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    Http,
    Https,
    Unix,
}

/// Why a request is refused: its status and a sentence for the client.
#[derive(Debug, PartialEq, Eq)]
pub struct Refusal {
    pub status: StatusCode,
    pub message: String,
}

impl Policy {
    /// `hosts` (from `--allowed-host`, `--host`, `--tls-host`) and the
    /// node's own hostname; `origins` from `--allowed-origin`.
    pub fn new(hosts: &[String], origins: &[String]) -> Result<Policy, String> {
        let mut policy = Policy::default();
        for node in node_names() {
            policy.hosts.push(normal_name(&node));
            if let Some((short, _)) = node.split_once('.') {
                policy.hosts.push(normal_name(short));
            }
        }
        for h in hosts {
            let name = normal_name(h);
            if name.is_empty() || name.contains(['/', ':', ' ']) && name.parse::<IpAddr>().is_err() {
                return Err(format!("--allowed-host {h:?} is not a host name such as node1.example.com or *.example.com (no scheme, no port)"));
            }
            policy.hosts.push(name);
        }
        for o in origins {
            let normal = parse_origin(o).ok_or_else(|| format!("--allowed-origin {o:?} is not an origin such as https://ui.example.com or http://10.0.0.9:8080"))?;
            policy.origins.push(normal.serialize());
        }
        Ok(policy)
    }

    /// Whether the server answers to `host` (a name or an IP literal, no port).
    pub(crate) fn answers_to(&self, host: &str) -> bool {
        // IP literals first, without allocating: what most requests carry.
        let bare = host.trim().trim_end_matches('.');
        if bare.parse::<IpAddr>().is_ok() || bare.starts_with('[') && bare.ends_with(']') && bare[1..bare.len() - 1].parse::<IpAddr>().is_ok() {
            return true;
        }
        let host = normal_name(host);
        if host == "localhost" || host.ends_with(".localhost") {
            return true;
        }
        self.hosts.iter().any(|h| match h.strip_prefix("*.") {
            Some(suffix) => host.strip_suffix(suffix).is_some_and(|rest| rest.ends_with('.') && rest.len() > 1),
            None => *h == host,
        })
    }

    /// Refuse `req` if a browser could have been made to send it (see the
    /// module's header). Only headers are read: nothing has been made yet.
    pub fn check<B>(&self, transport: Transport, base: &str, req: &Request<B>) -> Result<(), Refusal> {
        let headers = req.headers();
        let origin = headers.get(ORIGIN).map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        let host = request_host(req);
        if transport != Transport::Unix || origin.is_some() {
            if let Some((name, _)) = host {
                if !self.answers_to(name) {
                    return Err(forbidden(format!(
                        "this server does not answer to the host name {name}: use its address, localhost or its hostname, or start it with --allowed-host {name}"
                    )));
                }
            }
        }
        if let Some(origin) = origin {
            self.check_origin(transport, &origin, host)?;
        }
        check_content_type(req.method(), req.uri().path(), base, headers)
    }

    fn check_origin(&self, transport: Transport, origin: &str, host: Option<(&str, Option<u16>)>) -> Result<(), Refusal> {
        let refuse = || {
            forbidden(format!(
                "requests from web pages of {origin} are refused: this API takes requests from its own pages and from the origins of --allowed-origin"
            ))
        };
        let Some(parsed) = parse_origin(origin) else { return Err(refuse()) };
        if self.origins.contains(&parsed.serialize()) {
            return Ok(());
        }
        // The request's own origin: the scheme of the listener (a proxy in
        // front of the unix socket may speak either), and the same host and port.
        let scheme_matches = match transport {
            Transport::Http => parsed.scheme == "http",
            Transport::Https => parsed.scheme == "https",
            Transport::Unix => true,
        };
        let same = host.is_some_and(|(name, port)| {
            let port = port.or(match transport {
                Transport::Http => Some(80),
                Transport::Https => Some(443),
                Transport::Unix => Some(parsed.default_port()),
            });
            normal_name(name) == parsed.host && port == Some(parsed.port())
        });
        if scheme_matches && same {
            Ok(())
        } else {
            Err(refuse())
        }
    }
}

/// 415 for a write (an operation of the API other than GET and HEAD)
/// whose body is declared as something else than JSON, the uploads apart.
/// A method the path has no operation for is the router's to refuse (405).
fn check_content_type(method: &Method, path: &str, base: &str, headers: &HeaderMap) -> Result<(), Refusal> {
    if matches!(*method, Method::GET | Method::HEAD) || !crate::schema::has_operation(method.as_str(), path) {
        return Ok(());
    }
    let relative = path.strip_prefix(base).unwrap_or(path);
    if UPLOADS.iter().any(|(m, p)| m == method && *p == relative) {
        return Ok(());
    }
    let Some(value) = headers.get(CONTENT_TYPE) else { return Ok(()) };
    let text = String::from_utf8_lossy(value.as_bytes());
    if is_json(&text) {
        return Ok(());
    }
    // `curl -d` declares its body a form: taken at its body (which must be
    // JSON) unless a browser sent it. A browser marks every request it
    // makes with Sec-Fetch-* (and a POST with Origin); an HTML form cannot
    // make a form-encoded body JSON, but fetch() can, and marks it.
    let media = text.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if media == "application/x-www-form-urlencoded" && !from_browser(headers) {
        return Ok(());
    }
    Err(Refusal {
        status: StatusCode::UNSUPPORTED_MEDIA_TYPE,
        message: format!("{method} {path} takes a JSON body (Content-Type: application/json), not {}", text.trim()),
    })
}

/// Whether a browser sent the request: it carries `Origin` or a
/// `Sec-Fetch-*` header, which no other client sends by itself.
fn from_browser(headers: &HeaderMap) -> bool {
    headers.contains_key(ORIGIN) || headers.keys().any(|k| k.as_str().starts_with("sec-fetch-"))
}

/// `application/json` or `application/<something>+json`, with any parameters.
pub fn is_json(content_type: &str) -> bool {
    let media = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    media == "application/json" || media.strip_prefix("application/").is_some_and(|s| s.ends_with("+json"))
}

fn forbidden(message: String) -> Refusal {
    Refusal { status: StatusCode::FORBIDDEN, message }
}

/// The host and port the request names: the authority of an absolute
/// URI, or the `Host` header. None for a request without either (HTTP/1.0).
/// A Host that is not text (no browser sends one) answers to no name.
fn request_host<B>(req: &Request<B>) -> Option<(&str, Option<u16>)> {
    if let Some(a) = req.uri().authority() {
        return Some((a.host(), a.port_u16()));
    }
    let value = req.headers().get(HOST)?;
    Some(split_host_port(value.to_str().unwrap_or("\u{fffd}").trim()))
}

/// `name:port`, `[v6]:port`, `name`: the host (v6 with its brackets) and the port.
fn split_host_port(s: &str) -> (&str, Option<u16>) {
    if s.starts_with('[') {
        if let Some(end) = s.find(']') {
            let port = s[end + 1..].strip_prefix(':').and_then(|p| p.parse().ok());
            return (&s[..=end], port);
        }
    }
    match s.rsplit_once(':') {
        Some((h, p)) if !h.contains(':') => (h, p.parse().ok()),
        _ => (s, None),
    }
}

/// The node's hostname, and its full name as the resolver gives it (what
/// `hostname -f` prints: from /etc/hosts or DNS, looked up once at start).
fn node_names() -> Vec<String> {
    let hostname = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default().trim().to_string();
    if hostname.is_empty() {
        return Vec::new();
    }
    let mut names = vec![hostname.clone()];
    if let Some(full) = canonical_name(&hostname).filter(|f| *f != hostname) {
        names.push(full);
    }
    names
}

fn canonical_name(host: &str) -> Option<String> {
    let c_host = std::ffi::CString::new(host).ok()?;
    // SAFETY: a zeroed addrinfo is a valid "no hints" value; only flags are set.
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_flags = libc::AI_CANONNAME;
    hints.ai_socktype = libc::SOCK_STREAM;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: the strings and hints outlive the call; `res` is freed below.
    if unsafe { libc::getaddrinfo(c_host.as_ptr(), std::ptr::null(), &hints, &mut res) } != 0 || res.is_null() {
        return None;
    }
    // SAFETY: getaddrinfo succeeded: `res` points to a list whose first
    // entry carries the canonical name (or null), valid until freeaddrinfo.
    let name = unsafe {
        let canon = (*res).ai_canonname;
        let name = (!canon.is_null()).then(|| std::ffi::CStr::from_ptr(canon).to_string_lossy().into_owned());
        libc::freeaddrinfo(res);
        name
    };
    name.filter(|n| !n.is_empty())
}

/// Lowercase, without a trailing dot.
fn normal_name(name: &str) -> String {
    name.trim().trim_end_matches('.').to_ascii_lowercase()
}

struct Origin {
    scheme: String,
    host: String,
    port: Option<u16>,
}

impl Origin {
    fn default_port(&self) -> u16 {
        if self.scheme == "https" {
            443
        } else {
            80
        }
    }
    fn port(&self) -> u16 {
        self.port.unwrap_or(self.default_port())
    }
    fn serialize(&self) -> String {
        match self.port {
            Some(p) if p != self.default_port() => format!("{}://{}:{p}", self.scheme, self.host),
            _ => format!("{}://{}", self.scheme, self.host),
        }
    }
}

/// An origin as browsers send it: `http` or `https`, a host, a port maybe,
/// nothing else (`null`, paths and other schemes are not origins here).
fn parse_origin(s: &str) -> Option<Origin> {
    let s = s.trim();
    let (scheme, rest) = s.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if !matches!(scheme.as_str(), "http" | "https") || rest.is_empty() || rest.contains(['/', '?', '#', '@', ' ']) {
        return None;
    }
    let (host, port) = split_host_port(rest);
    if host.is_empty() || rest.ends_with(':') && port.is_none() || rest.contains(':') && !host.starts_with('[') && port.is_none() {
        return None;
    }
    Some(Origin { scheme, host: normal_name(&host), port })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> Policy {
        let mut p = Policy::new(&["node1.example.com".into(), "*.cluster.example".into()], &["https://ui.example.com".into()]).unwrap();
        p.hosts.push("thisnode".into());
        p
    }

    fn req(method: &str, path: &str, headers: &[(&str, &str)]) -> Request<()> {
        let mut b = Request::builder().method(method).uri(path);
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        b.body(()).unwrap()
    }

    fn status(p: &Policy, t: Transport, r: &Request<()>) -> u16 {
        match p.check(t, "/imageapi/v1", r) {
            Ok(()) => 200,
            Err(e) => {
                assert!(!e.message.is_empty());
                e.status.as_u16()
            }
        }
    }

    #[test]
    fn hosts_the_server_answers_to() {
        let p = policy();
        for host in ["127.0.0.1:8080", "10.1.2.3", "[::1]:8080", "[fe80::1]", "localhost:1", "LOCALHOST.", "a.localhost", "node1.example.com:8080", "Node1.Example.Com.", "x.cluster.example", "thisnode"] {
            assert_eq!(status(&p, Transport::Http, &req("GET", "/imageapi/v1/mount", &[("host", host)])), 200, "{host}");
        }
        for host in ["rebind.attacker.example", "cluster.example", "example.com", "x", "127.0.0.1.nip.io"] {
            assert_eq!(status(&p, Transport::Http, &req("GET", "/imageapi/v1/mount", &[("host", host)])), 403, "{host}");
        }
        // The unix socket: any Host, unless a browser's Origin comes along.
        assert_eq!(status(&p, Transport::Unix, &req("GET", "/imageapi/v1/mount", &[("host", "x")])), 200);
        let proxied = req("POST", "/imageapi/v1/mount", &[("host", "evil.example"), ("origin", "http://evil.example")]);
        assert_eq!(status(&p, Transport::Unix, &proxied), 403);
    }

    #[test]
    fn origins_the_server_takes() {
        let p = policy();
        let post = |t, host: &str, origin: &str| status(&p, t, &req("POST", "/imageapi/v1/mount", &[("host", host), ("origin", origin), ("content-type", "application/json")]));
        assert_eq!(post(Transport::Http, "127.0.0.1:8080", "http://127.0.0.1:8080"), 200);
        assert_eq!(post(Transport::Http, "node1.example.com", "http://node1.example.com:80"), 200);
        assert_eq!(post(Transport::Http, "[::1]:8080", "http://[::1]:8080"), 200);
        assert_eq!(post(Transport::Https, "127.0.0.1:8443", "https://127.0.0.1:8443"), 200);
        assert_eq!(post(Transport::Http, "127.0.0.1:8080", "https://ui.example.com:443"), 200);
        assert_eq!(post(Transport::Http, "127.0.0.1:8080", "http://evil.example"), 403);
        assert_eq!(post(Transport::Http, "127.0.0.1:8080", "http://127.0.0.1:9090"), 403);
        assert_eq!(post(Transport::Http, "127.0.0.1:8080", "https://127.0.0.1:8080"), 403);
        assert_eq!(post(Transport::Http, "127.0.0.1:8080", "null"), 403);
        assert_eq!(post(Transport::Http, "127.0.0.1:8080", "http://127.0.0.1:8080/path"), 403);
        assert_eq!(post(Transport::Https, "127.0.0.1:8443", "http://127.0.0.1:8443"), 403);
    }

    #[test]
    fn writes_take_json_but_uploads_keep_their_types() {
        let p = policy();
        let write = |method: &str, path: &str, ct: Option<&str>| {
            let mut h = vec![("host", "127.0.0.1")];
            if let Some(ct) = ct {
                h.push(("content-type", ct));
            }
            status(&p, Transport::Http, &req(method, path, &h))
        };
        assert_eq!(write("POST", "/imageapi/v1/mount", Some("application/json")), 200);
        assert_eq!(write("POST", "/imageapi/v1/mount", Some("application/json; charset=utf-8")), 200);
        assert_eq!(write("POST", "/imageapi/v1/mount", Some("application/merge-patch+json")), 200);
        assert_eq!(write("POST", "/imageapi/v1/mount", None), 200);
        assert_eq!(write("DELETE", "/imageapi/v1/mount?id=1", None), 200);
        assert_eq!(write("POST", "/imageapi/v1/mount", Some("text/plain")), 415);
        // curl -d's type, from a client that is not a browser: taken at its body.
        assert_eq!(write("POST", "/imageapi/v1/mount", Some("application/x-www-form-urlencoded")), 200);
        assert_eq!(write("POST", "/imageapi/v1/mount", Some("multipart/form-data; boundary=x")), 415);
        assert_eq!(write("PATCH", "/imageapi/v1/container?name=x&state=exited", Some("text/plain;charset=UTF-8")), 415);
        assert_eq!(write("POST", "/container", Some("application/octet-stream")), 415);
        assert_eq!(write("PUT", "/imageapi/v1/images/file?uuid=x", Some("application/octet-stream")), 200);
        assert_eq!(write("PUT", "/imageapi/v1/images/oci?uuid=x", Some("application/x-tar")), 200);
        assert_eq!(write("GET", "/imageapi/v1/mount", Some("text/plain")), 200);
        // Methods the API has no operation for are the router's (405).
        assert_eq!(write("TRACE", "/imageapi/v1/images/file", Some("application/octet-stream")), 200);
        assert_eq!(write("PATCH", "/imageapi/v1/images/oci", Some("application/x-tar")), 200);
    }

    #[test]
    fn flags_are_checked() {
        assert!(Policy::new(&["http://x".into()], &[]).is_err());
        assert!(Policy::new(&["x:80".into()], &[]).is_err());
        assert!(Policy::new(&[], &["ui.example.com".into()]).is_err());
        assert!(Policy::new(&[], &["https://ui.example.com/".into()]).is_err());
        assert!(Policy::new(&["10.0.0.1".into()], &["http://10.0.0.9:8080".into()]).is_ok());
    }
}
