//! Transports and their limits, against the real server binary: https
//! with and without client certificates, the unix socket's permissions,
//! stale-socket handling and peer credentials, and what a slow, huge or
//! greedy client gets. Each test runs its own server on its own temporary
//! directory and free ports.

mod transport_support;

use rcgen::{BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, KeyPair, KeyUsagePurpose};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::sync::Arc;
use std::time::{Duration, Instant};
use transport_support::{http, parse, request, Server};

// ---- https -----------------------------------------------------------------

struct Ca {
    cert: rcgen::Certificate,
    key: KeyPair,
}

impl Ca {
    fn new(name: &str) -> Ca {
        let mut p = CertificateParams::new(Vec::<String>::new()).unwrap();
        p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        p.distinguished_name.push(DnType::CommonName, name);
        p.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::DigitalSignature];
        let key = KeyPair::generate().unwrap();
        Ca { cert: p.self_signed(&key).unwrap(), key }
    }

    /// A certificate and key (PEM) for `names`, for a server or a client.
    fn issue(&self, names: &[&str], client: bool) -> (String, String) {
        let mut p = CertificateParams::new(names.iter().map(|n| n.to_string()).collect::<Vec<_>>()).unwrap();
        p.distinguished_name.push(DnType::CommonName, names.first().copied().unwrap_or("client"));
        p.extended_key_usages = vec![if client { ExtendedKeyUsagePurpose::ClientAuth } else { ExtendedKeyUsagePurpose::ServerAuth }];
        let key = KeyPair::generate().unwrap();
        (p.signed_by(&key, &self.cert, &self.key).unwrap().pem(), key.serialize_pem())
    }
}

/// A CA, a server certificate for 127.0.0.1 written next to the server,
/// and the flags that use them.
struct Pki {
    ca: Ca,
    dir: tempfile::TempDir,
}

impl Pki {
    fn new() -> Pki {
        let ca = Ca::new("imageapi test CA");
        let dir = tempfile::tempdir().unwrap();
        let (cert, key) = ca.issue(&["localhost", "127.0.0.1"], false);
        std::fs::write(dir.path().join("server.pem"), cert).unwrap();
        std::fs::write(dir.path().join("server.key"), key).unwrap();
        std::fs::write(dir.path().join("ca.pem"), ca.cert.pem()).unwrap();
        Pki { ca, dir }
    }

    fn path(&self, name: &str) -> String {
        self.dir.path().join(name).display().to_string()
    }

    fn server(&self, mtls: bool) -> Server {
        let (cert, key, ca) = (self.path("server.pem"), self.path("server.key"), self.path("ca.pem"));
        let mut args = vec!["--scheme", "https", "--scheme", "http", "--tls-host", "127.0.0.1", "--tls-certificate", &cert, "--tls-key", &key];
        if mtls {
            args.extend(["--tls-ca", &ca]);
        }
        Server::start(&args)
    }
}

/// GET /mount over TLS, trusting `ca`, presenting `client` if given. Err
/// when the handshake or the exchange fails.
fn tls_get(server: &Server, ca: &Ca, client: Option<(String, String)>) -> Result<transport_support::Reply, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut roots = rustls::RootCertStore::empty();
    roots.add(CertificateDer::from_pem_slice(ca.cert.pem().as_bytes()).unwrap()).unwrap();
    let builder = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots);
    let config = match client {
        Some((cert, key)) => builder
            .with_client_auth_cert(
                vec![CertificateDer::from_pem_slice(cert.as_bytes()).unwrap()],
                PrivateKeyDer::from_pem_slice(key.as_bytes()).unwrap(),
            )
            .unwrap(),
        None => builder.with_no_client_auth(),
    };
    let conn = rustls::ClientConnection::new(Arc::new(config), ServerName::try_from("127.0.0.1").unwrap()).unwrap();
    let tcp = TcpStream::connect(server.https.unwrap()).unwrap();
    tcp.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut tls = rustls::StreamOwned::new(conn, tcp);
    let req = "GET /imageapi/v1/mount HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    tls.write_all(req.as_bytes()).map_err(|e| format!("writing: {e}"))?;
    let mut raw = Vec::new();
    tls.read_to_end(&mut raw).map_err(|e| format!("reading: {e}"))?;
    parse(&raw).ok_or_else(|| format!("no HTTP response: {:?}", String::from_utf8_lossy(&raw)))
}

#[test]
fn mtls_serves_only_clients_with_a_certificate_from_the_ca() {
    let pki = Pki::new();
    let server = pki.server(true);

    // No certificate: the server ends the handshake, nothing is served.
    let err = tls_get(&server, &pki.ca, None).unwrap_err();
    assert!(err.contains("CertificateRequired") || err.contains("reading"), "{err}");
    // A certificate from another CA: refused the same way.
    let rogue = Ca::new("someone else's CA").issue(&["intruder"], true);
    let err = tls_get(&server, &pki.ca, Some(rogue)).unwrap_err();
    assert!(err.contains("UnknownCA") || err.contains("reading") || err.contains("BadCertificate"), "{err}");
    // A certificate from our CA: served.
    let reply = tls_get(&server, &pki.ca, Some(pki.ca.issue(&["operator"], true))).unwrap();
    assert_eq!(reply.status, 200, "{reply:?}");
    assert_eq!(reply.json(), serde_json::json!([]));

    let log = server.log();
    assert!(log.contains("TLS handshake with 127.0.0.1"), "{log}");
    assert!(log.contains("(client certificate verified)"), "{log}");
    assert!(server.answers(), "the server stopped answering after refused handshakes");
}

#[test]
fn https_without_tls_ca_serves_any_client_and_says_so() {
    let pki = Pki::new();
    let server = pki.server(false);
    let reply = tls_get(&server, &pki.ca, None).unwrap();
    assert_eq!(reply.status, 200, "{reply:?}");
    assert!(server.log().contains("accepts any client"), "{}", server.log());
    // Plain http on the TLS port is not served.
    let mut s = TcpStream::connect(server.https.unwrap()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(b"GET /imageapi/v1/mount HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    assert!(!String::from_utf8_lossy(&raw).contains("200 OK"));
}

#[test]
fn https_refuses_to_start_without_a_usable_certificate() {
    let dir = tempfile::tempdir().unwrap();
    let (code, log) = Server::run_to_exit(&["--scheme", "https"], &dir);
    assert_eq!(code, 2, "{log}");
    assert!(log.contains("--tls-certificate"), "{log}");
    let missing = dir.path().join("nope.pem").display().to_string();
    let (code, log) = Server::run_to_exit(&["--scheme", "https", "--tls-certificate", &missing, "--tls-key", &missing], &dir);
    assert_eq!(code, 1, "{log}");
    assert!(log.contains("nope.pem"), "{log}");
}

// ---- the unix socket ---------------------------------------------------------

fn unix_get(path: &std::path::Path) -> transport_support::Reply {
    let s = std::os::unix::net::UnixStream::connect(path).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    request(s, "GET", "/imageapi/v1/attach", None)
}

#[test]
fn unix_socket_is_roots_alone_and_logs_who_calls() {
    let mut server = Server::start(&[]);
    let meta = std::fs::symlink_metadata(&server.socket).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    assert_eq!((meta.uid(), meta.gid()), (0, 0));

    assert_eq!(unix_get(&server.socket).status, 200);
    let me = format!("connection from pid {} uid 0 gid 0", std::process::id());
    assert!(server.log().contains(&me), "{}", server.log());

    // A clean stop removes the socket.
    assert_eq!(server.stop(), 0, "{}", server.log());
    assert!(!server.socket.exists());
}

#[test]
fn socket_group_opens_the_socket_to_that_group_only() {
    let group = nix::unistd::Group::from_gid(nix::unistd::Gid::from_raw(1)).unwrap().expect("a group with gid 1");
    let server = Server::start(&["--socket-group", &group.name]);
    let meta = std::fs::symlink_metadata(&server.socket).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o660);
    assert_eq!((meta.uid(), meta.gid()), (0, 1));
    assert_eq!(unix_get(&server.socket).status, 200);

    let dir = tempfile::tempdir().unwrap();
    let (code, log) = Server::run_to_exit(&["--socket-group", "no-such-group-here"], &dir);
    assert_eq!(code, 1, "{log}");
    assert!(log.contains("no such group"), "{log}");
}

#[test]
fn a_stale_socket_is_replaced_but_a_live_one_or_another_file_is_not() {
    // A socket file nobody listens on, as a crashed server leaves it.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("imageapi.sock");
    drop(std::os::unix::net::UnixListener::bind(&path).unwrap());
    let server = Server::start_with(&[], &[], dir);
    assert_eq!(unix_get(&server.socket).status, 200);
    assert!(server.log().contains("replacing the stale socket"), "{}", server.log());
    assert_eq!(std::fs::symlink_metadata(&server.socket).unwrap().permissions().mode() & 0o777, 0o600);

    // A second server on the same path stops, and the first keeps serving.
    let socket = server.socket.display().to_string();
    let other = tempfile::tempdir().unwrap();
    let (code, log) = Server::run_to_exit(&["--socket-path", &socket], &other);
    assert_eq!(code, 1, "{log}");
    assert!(log.contains("in use by another server"), "{log}");
    assert_eq!(unix_get(&server.socket).status, 200);

    // A file that is not a socket is never replaced.
    let plain = other.path().join("not-a-socket");
    std::fs::write(&plain, "keep me").unwrap();
    let (code, log) = Server::run_to_exit(&["--socket-path", &plain.display().to_string()], &other);
    assert_eq!(code, 1, "{log}");
    assert!(log.contains("is not a socket"), "{log}");
    assert_eq!(std::fs::read_to_string(&plain).unwrap(), "keep me");
}

#[test]
fn a_symlink_at_the_lock_file_is_never_followed() {
    let dir = tempfile::tempdir().unwrap();
    let victim = dir.path().join("victim");
    std::os::unix::fs::symlink(&victim, dir.path().join("imageapi.sock.lock")).unwrap();
    let (code, log) = Server::run_to_exit(&[], &dir);
    assert_eq!(code, 1, "{log}");
    assert!(log.contains("symbolic link"), "{log}");
    assert!(!victim.exists(), "the server created the file the lock file's symlink names");
}

// ---- limits --------------------------------------------------------------------

#[test]
fn a_64_mib_body_is_refused_without_being_buffered() {
    const SIZE: usize = 64 << 20;
    let server = Server::start(&["--scheme", "http"]);

    // Declared up front: refused before a byte of it is read.
    let mut s = TcpStream::connect(server.http.unwrap()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(s, "POST /imageapi/v1/attach HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {SIZE}\r\n\r\n").unwrap();
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let reply = parse(&raw).expect("an answer before the body was sent");
    assert!(reply.assert_error(413).contains("larger than 1048576 bytes"));

    // Streamed without a length: refused once it passes 1 MiB, while the
    // client is still sending.
    let s = TcpStream::connect(server.http.unwrap()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let mut writer = s.try_clone().unwrap();
    let sender = std::thread::spawn(move || {
        let mut sent = 0usize;
        let chunk = vec![b' '; 64 << 10];
        let _ = writer.write_all(b"POST /imageapi/v1/mount HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n");
        while sent < SIZE {
            if writer.write_all(format!("{:x}\r\n", chunk.len()).as_bytes()).is_err()
                || writer.write_all(&chunk).is_err()
                || writer.write_all(b"\r\n").is_err()
            {
                break;
            }
            sent += chunk.len();
        }
        sent
    });
    let mut raw = Vec::new();
    let mut buf = [0u8; 4096];
    // Read until the whole answer is in; a reset after it is fine.
    while let Ok(n) = (&s).read(&mut buf) {
        if n == 0 {
            break;
        }
        raw.extend_from_slice(&buf[..n]);
        if parse(&raw).is_some_and(|r| r.body.ends_with('}')) {
            break;
        }
    }
    drop(s);
    let reply = parse(&raw).expect("an answer to the streamed body");
    reply.assert_error(413);
    let sent = sender.join().unwrap();
    assert!(sent < SIZE, "the server read all {sent} bytes");

    // Nothing like 64 MiB was ever held, and the server goes on.
    assert!(server.peak_memory() < 48 << 20, "peak memory {} bytes", server.peak_memory());
    assert!(server.answers());
}

#[test]
fn a_2000_deep_definition_is_refused_and_the_server_stays_up() {
    let server = Server::start(&["--scheme", "http"]);
    let nest = |depth: usize| {
        let mut json = r#"{"kind":"bind","bind":{"path":"/","base":"root"}}"#.to_string();
        for _ in 0..depth {
            json = format!(r#"{{"kind":"overlay","overlay":{{"lower":[{json}]}}}}"#);
        }
        json
    };
    // Deeper than any JSON parser here will follow.
    let message = http(&server, "POST", "/imageapi/v1/mount", Some(&nest(2000))).assert_error(400);
    assert!(message.contains("recursion limit"), "{message}");
    // Parseable, but deeper than the backend takes definitions.
    let message = http(&server, "POST", "/imageapi/v1/mount", Some(&nest(20))).assert_error(400);
    assert!(message.contains("nested more than"), "{message}");
    assert!(server.answers());
    assert_eq!(http(&server, "GET", "/imageapi/v1/mount", None).json(), serde_json::json!([]));
}

#[test]
fn oversized_headers_are_refused() {
    let server = Server::start(&["--scheme", "http", "--max-header-size", "8KiB"]);
    let mut s = TcpStream::connect(server.http.unwrap()).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let big = "a".repeat(16 << 10);
    let _ = write!(s, "GET /imageapi/v1/mount HTTP/1.1\r\nHost: localhost\r\nX-Big: {big}\r\n\r\n");
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    assert!(String::from_utf8_lossy(&raw).starts_with("HTTP/1.1 431"), "{:?}", String::from_utf8_lossy(&raw));
    assert!(server.answers());
}

/// Read until the server closes the connection; how long that took.
fn time_to_close(mut s: &TcpStream) -> Duration {
    let start = Instant::now();
    s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    let mut buf = [0u8; 4096];
    loop {
        match s.read(&mut buf) {
            Ok(0) | Err(_) => return start.elapsed(),
            Ok(_) => {}
        }
    }
}

#[test]
fn slow_clients_are_cut_off() {
    let server = Server::start(&["--scheme", "http", "--read-timeout", "1s"]);
    // Headers that never end.
    let mut s = TcpStream::connect(server.http.unwrap()).unwrap();
    s.write_all(b"GET /imageapi/v1/mount HTTP/1.1\r\nHost: localhost\r\n").unwrap();
    assert!(time_to_close(&s) < Duration::from_secs(5));
    // A body that never arrives.
    let mut s = TcpStream::connect(server.http.unwrap()).unwrap();
    s.write_all(b"POST /imageapi/v1/mount HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\n{\"kind\":").unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    parse(&raw).expect("an answer").assert_error(408);
    assert!(server.answers());
}

#[test]
fn idle_keep_alive_connections_are_closed() {
    let server = Server::start(&["--scheme", "http", "--cleanup-timeout", "1s"]);
    let mut s = TcpStream::connect(server.http.unwrap()).unwrap();
    s.write_all(b"GET /imageapi/v1/mount HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
    let mut buf = [0u8; 4096];
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let n = s.read(&mut buf).unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
    // Kept alive for the next request, then closed when none comes.
    let idle = time_to_close(&s);
    assert!(idle >= Duration::from_millis(800) && idle < Duration::from_secs(5), "closed after {idle:?}");
}

#[test]
fn listen_limit_bounds_the_connections_served_at_once() {
    let server = Server::start(&["--scheme", "http", "--listen-limit", "1"]);
    // The only slot is taken by a client that says nothing.
    let hog = TcpStream::connect(server.http.unwrap()).unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let mut s = TcpStream::connect(server.http.unwrap()).unwrap();
    s.write_all(b"GET /imageapi/v1/mount HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
    s.set_read_timeout(Some(Duration::from_millis(1500))).unwrap();
    let mut buf = [0u8; 4096];
    assert!(s.read(&mut buf).is_err(), "served beyond --listen-limit");
    // Once it leaves, the waiting client is served.
    drop(hog);
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let n = s.read(&mut buf).unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 200"));
}

#[test]
fn a_wrong_method_gets_405_with_allow() {
    let server = Server::start(&["--scheme", "http"]);
    let reply = http(&server, "PUT", "/imageapi/v1/mount", None);
    reply.assert_error(405);
    let allow = reply.head.lines().find_map(|l| l.strip_prefix("allow: ")).unwrap_or_else(|| panic!("{reply:?}"));
    assert!(allow.contains("GET") && allow.contains("POST") && allow.contains("DELETE"), "{allow}");
}
