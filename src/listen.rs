//! Listeners: plain TCP for http, TCP with TLS for https, and the unix
//! socket. Each accepted connection is served by hyper's HTTP/1 server on
//! its own task, within the listener's [`Limits`]: at most `listen_limit`
//! connections at once (its share of the descriptors, see
//! [`crate::budget`]), headers and bodies read within `read_timeout`,
//! responses that stall longer than `write_timeout` abandoned, idle
//! connections closed, and every connection drained on shutdown. Every
//! TCP connection first passes the peer check of [`crate::peer`]: a
//! refused peer gets a 403 to every request and nothing else.

use crate::flags::{Flags, Limits, Scheme};
use crate::http::Service;
use crate::peer::{Policy, Verdict};
use crate::socket::{self, SocketFile};
use crate::stall::WriteStall;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use std::sync::Arc;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{TcpListener, TcpStream, UnixListener};
use tokio::sync::{mpsc, watch, Semaphore};
use tokio_rustls::TlsAcceptor;

pub struct Listener {
    kind: Kind,
    limits: Limits,
    /// `http://127.0.0.1:8080`, `unix:/var/run/imageapi.sock`, for the log.
    name: String,
    /// Who may connect (TCP listeners).
    peers: Arc<Policy>,
}

enum Kind {
    Tcp(TcpListener),
    Tls(TcpListener, TlsAcceptor),
    /// The socket file is ours to remove unless systemd passed the socket in.
    Unix(UnixListener, Option<Arc<SocketFile>>),
}

pub async fn open(flags: &Flags, budget: &crate::budget::Budget) -> Result<Vec<Listener>, String> {
    let mut listeners = Vec::new();
    let peers = Arc::new(flags.peer_policy()?);
    for scheme in flags.schemes() {
        let mut limits = flags.limits(scheme);
        limits.listen_limit = budget.api.iter().find(|(s, _)| *s == scheme).map(|(_, n)| *n).or(limits.listen_limit);
        let listener = match scheme {
            Scheme::Http => {
                let l = bind_tcp(&flags.host, flags.port).await?;
                let name = format!("http://{}", l.local_addr().map_err(|e| e.to_string())?);
                log::warn!("serving plain http on {name}: any root process on this node, and anyone who can reach it from elsewhere, can mount and run anything as root");
                Listener { kind: Kind::Tcp(l), limits, name, peers: peers.clone() }
            }
            Scheme::Https => {
                let (cert, key) = (flags.tls_certificate.as_deref(), flags.tls_key.as_deref());
                let config = crate::tls::server_config(
                    cert.expect("checked by Flags::check"),
                    key.expect("checked by Flags::check"),
                    flags.tls_ca.as_deref(),
                )?;
                let host = flags.tls_host.as_deref().unwrap_or(&flags.host);
                let l = bind_tcp(host, flags.tls_port).await?;
                let name = format!("https://{}", l.local_addr().map_err(|e| e.to_string())?);
                if flags.tls_ca.is_none() {
                    log::warn!("{name} accepts any client: without --tls-ca anyone who can reach it can mount and run anything as root");
                }
                Listener { kind: Kind::Tls(l, TlsAcceptor::from(config)), limits, name, peers: peers.clone() }
            }
            Scheme::Unix => {
                if let Some(l) = crate::systemd::activated_unix_listener() {
                    // systemd made the socket, with its mode and group, and removes it.
                    l.set_nonblocking(true).map_err(|e| format!("using the activated socket: {e}"))?;
                    let l = UnixListener::from_std(l).map_err(|e| format!("using the activated socket: {e}"))?;
                    let name = "unix:(the socket systemd passed in)".to_string();
                    Listener { kind: Kind::Unix(l, None), limits, name, peers: peers.clone() }
                } else {
                    let file = socket::bind(&flags.socket_path, flags.socket_group.as_deref())?;
                    let l = UnixListener::from_std(file.listener.try_clone().map_err(|e| e.to_string())?)
                        .map_err(|e| format!("listening on {}: {e}", file.path().display()))?;
                    let name = format!("unix:{}", file.path().display());
                    Listener { kind: Kind::Unix(l, Some(Arc::new(file))), limits, name, peers: peers.clone() }
                }
            }
        };
        log::info!("listening on {}", listener.name);
        if let Some(n) = listener.limits.listen_limit {
            log::info!("{}: at most {n} connections at once", listener.name);
        }
        listeners.push(listener);
    }
    Ok(listeners)
}

/// The image store's serve listener, if --serve-port asks for one: served
/// on its own task by the store until the process ends.
pub async fn serve_store(flags: &Flags, max_connections: Option<usize>, store: imageapi_store::Store) -> Result<(), String> {
    let Some(port) = flags.serve_port else { return Ok(()) };
    let users = flags.serve_users.as_deref().map(imageapi_store::Users::load).transpose()?;
    let l = bind_tcp(&flags.serve_host, port).await?;
    let name = format!("http://{}", l.local_addr().map_err(|e| e.to_string())?);
    let max_connections = max_connections.unwrap_or(usize::MAX >> 4);
    log::info!(
        "serving the image store on {name} (read-only{}; at most {max_connections} connections at once)",
        if users.is_some() { "; IMGAPI writes for the users file" } else { "" }
    );
    let config = imageapi_store::serve::Config { users, read_timeout: flags.limits(Scheme::Http).read_timeout, max_connections, name };
    tokio::spawn(imageapi_store::serve::serve(l, store, Arc::new(config)));
    Ok(())
}

async fn bind_tcp(host: &str, port: u16) -> Result<TcpListener, String> {
    // A bare IPv6 address needs brackets to take a port.
    let addr = if host.contains(':') && !host.starts_with('[') { format!("[{host}]:{port}") } else { format!("{host}:{port}") };
    TcpListener::bind(&addr).await.map_err(|e| format!("listening on {addr}: {e}"))
}

/// Tells connections to finish, and waits until they have.
pub struct Drain {
    stop: watch::Sender<bool>,
    alive: mpsc::Receiver<()>,
    token: Option<DrainToken>,
}

/// Held by every listener and connection task; its clones going away is
/// how [`Drain::wait`] knows they ended.
#[derive(Clone)]
pub struct DrainToken {
    stop: watch::Receiver<bool>,
    _alive: mpsc::Sender<()>,
}

impl Drain {
    pub fn new() -> Drain {
        let (stop, stop_rx) = watch::channel(false);
        let (alive_tx, alive) = mpsc::channel(1);
        Drain { stop, alive, token: Some(DrainToken { stop: stop_rx, _alive: alive_tx }) }
    }

    pub fn token(&self) -> DrainToken {
        self.token.clone().expect("tokens are handed out before wait")
    }

    /// Stop accepting, let requests in flight finish, and wait up to
    /// `grace` for every connection to close. False if some did not.
    pub async fn wait(mut self, grace: std::time::Duration) -> bool {
        let _ = self.stop.send(true);
        self.token = None;
        tokio::time::timeout(grace, self.alive.recv()).await.is_ok()
    }
}

impl DrainToken {
    async fn stopped(&mut self) {
        let _ = self.stop.wait_for(|s| *s).await;
    }
}

impl Listener {
    pub async fn serve(self, service: Service, mut drain: DrainToken) {
        let transport = match self.kind {
            Kind::Tcp(_) => crate::guard::Transport::Http,
            Kind::Tls(..) => crate::guard::Transport::Https,
            Kind::Unix(..) => crate::guard::Transport::Unix,
        };
        let service = service.with_read_timeout(self.limits.read_timeout).on(transport);
        let slots = self.limits.listen_limit.map(|n| (n, Arc::new(Semaphore::new(n))));
        let mut full = crate::budget::FullWarning::new();
        let flag = if transport == crate::guard::Transport::Https { "--tls-listen-limit" } else { "--listen-limit" };
        loop {
            // A connection slot first: beyond the limit, clients wait in the backlog.
            let slot = match &slots {
                Some((limit, s)) => match s.clone().try_acquire_owned() {
                    Ok(permit) => Some(permit),
                    Err(_) => {
                        full.full(&self.name, *limit, flag);
                        tokio::select! {
                            permit = s.clone().acquire_owned() => Some(permit.expect("the semaphore is never closed")),
                            _ = drain.stopped() => break,
                        }
                    }
                },
                None => None,
            };
            let accepted = tokio::select! {
                a = self.accept() => a,
                _ = drain.stopped() => break,
            };
            let (stream, peer) = match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of descriptors and the like: back off instead of spinning.
                    log::warn!("{}: accepting a connection: {e}", self.name);
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                    continue;
                }
            };
            let (service, limits, drain) = (service.clone(), self.limits, drain.clone());
            let tls = match &self.kind {
                Kind::Tls(_, acceptor) => Some(acceptor.clone()),
                _ => None,
            };
            let name = self.name.clone();
            let peers = self.peers.clone();
            tokio::spawn(async move {
                let _slot = slot;
                // Who is calling, before a byte of the request is read.
                let (service, peer) = match &stream {
                    Stream::Tcp(tcp) => match check_peer(&peers, tcp).await {
                        Verdict::Allowed(who) => (service, who),
                        Verdict::Refused(why) => {
                            log::warn!("{name}: refusing {peer}: {why}");
                            (service.refusing(why), peer)
                        }
                    },
                    Stream::Unix(_) => (service, peer),
                };
                match (stream, tls) {
                    (Stream::Tcp(tcp), Some(acceptor)) => {
                        let handshake = acceptor.accept(tcp);
                        let tls = match limits.read_timeout {
                            Some(t) => tokio::time::timeout(t, handshake).await.unwrap_or_else(|_| {
                                Err(std::io::Error::new(std::io::ErrorKind::TimedOut, "no handshake within --read-timeout"))
                            }),
                            None => handshake.await,
                        };
                        match tls {
                            Ok(tls) => {
                                let client_cert = tls.get_ref().1.peer_certificates().is_some_and(|c| !c.is_empty());
                                log::info!("{name}: connection from {peer}{}", if client_cert { " (client certificate verified)" } else { "" });
                                serve_connection(tls, service, limits, drain).await
                            }
                            Err(e) => log::info!("{name}: TLS handshake with {peer} failed: {e}"),
                        }
                    }
                    (Stream::Tcp(tcp), None) => {
                        log::info!("{name}: connection from {peer}");
                        serve_connection(tcp, service, limits, drain).await
                    }
                    (Stream::Unix(unix), _) => {
                        log::info!("{name}: connection from {peer}");
                        serve_connection(unix, service, limits, drain).await
                    }
                }
            });
        }
        if let Kind::Unix(_, Some(file)) = &self.kind {
            file.remove();
        }
        log::debug!("{}: no longer accepting connections", self.name);
    }

    async fn accept(&self) -> std::io::Result<(Stream, String)> {
        match &self.kind {
            Kind::Tcp(l) | Kind::Tls(l, _) => {
                let (s, addr) = l.accept().await?;
                if let Some(period) = self.limits.keep_alive {
                    tcp_keepalive(&s, period);
                }
                Ok((Stream::Tcp(s), addr.to_string()))
            }
            Kind::Unix(l, _) => {
                let (s, _) = l.accept().await?;
                // Who is calling, as the kernel saw it when they connected.
                let peer = match s.peer_cred() {
                    Ok(c) => format!("pid {} uid {} gid {}", c.pid().map_or("?".into(), |p| p.to_string()), c.uid(), c.gid()),
                    Err(e) => format!("an unknown peer ({e})"),
                };
                Ok((Stream::Unix(s), peer))
            }
        }
    }
}

/// The peer check reads procfs: off the async workers.
async fn check_peer(peers: &Arc<Policy>, tcp: &TcpStream) -> Verdict {
    let (peer, local) = match (tcp.peer_addr(), tcp.local_addr()) {
        (Ok(p), Ok(l)) => (p, l),
        (Err(e), _) | (_, Err(e)) => return Verdict::Refused(format!("the connection's addresses are unknown: {e}")),
    };
    let peers = peers.clone();
    tokio::task::spawn_blocking(move || peers.check(peer, local))
        .await
        .unwrap_or_else(|e| Verdict::Refused(format!("checking the peer {peer}: {e}")))
}

enum Stream {
    Tcp(TcpStream),
    Unix(tokio::net::UnixStream),
}

/// Probe idle TCP peers so a vanished client's connection is pruned.
fn tcp_keepalive(s: &TcpStream, period: std::time::Duration) {
    use nix::sys::socket::{setsockopt, sockopt};
    let secs = period.as_secs().clamp(1, i32::MAX as u64) as u32;
    if let Err(e) = setsockopt(s, sockopt::KeepAlive, &true).and_then(|_| setsockopt(s, sockopt::TcpKeepIdle, &secs)) {
        log::debug!("setting TCP keep-alive: {e}");
    }
}

/// Serve HTTP/1 on one connection until it ends or the server drains it.
async fn serve_connection<I>(io: I, service: Service, limits: Limits, mut drain: DrainToken)
where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let _open = crate::idle::Open::new();
    let mut builder = http1::Builder::new();
    // hyper runs one timer from the moment it waits for a request until the
    // request's headers are in: it bounds both a slow client and an idle
    // keep-alive connection, so it takes the shorter of the two limits.
    let header_timeout = match (limits.read_timeout, limits.idle_timeout) {
        (Some(r), Some(i)) => Some(r.min(i)),
        (r, i) => r.or(i),
    };
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(header_timeout)
        .max_header_size(limits.max_header_size)
        .max_buf_size(limits.max_header_size.max(8192) + 8192)
        .keep_alive(limits.keep_alive.is_some());
    let conn = builder.serve_connection(TokioIo::new(WriteStall::new(io, limits.write_timeout)), service);
    tokio::pin!(conn);
    let result = tokio::select! {
        r = conn.as_mut() => r,
        _ = drain.stopped() => {
            // Finish the request in flight, then close.
            conn.as_mut().graceful_shutdown();
            conn.await
        }
    };
    if let Err(e) = result {
        log::debug!("connection ended: {e}");
    }
}
