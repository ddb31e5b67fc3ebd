//! Listeners: TCP for http, and the unix socket. Each accepted connection
//! is served by hyper's HTTP/1 server on its own task.

use crate::flags::{Flags, Scheme};
use crate::http::Service;
use hyper::server::conn::http1;
use hyper_util::rt::TokioIo;
use std::os::unix::fs::PermissionsExt;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{TcpListener, UnixListener};

pub enum Listener {
    Tcp(TcpListener),
    Unix(UnixListener),
}

pub async fn open(flags: &Flags) -> Result<Vec<Listener>, String> {
    let mut listeners = Vec::new();
    for scheme in flags.schemes() {
        match scheme {
            Scheme::Http => {
                let addr = format!("{}:{}", flags.host, flags.port);
                let l = TcpListener::bind(&addr).await.map_err(|e| format!("listening on {addr}: {e}"))?;
                let local = l.local_addr().map_err(|e| e.to_string())?;
                log::warn!("serving plain http on http://{local}: anyone who can reach it can mount and run anything");
                log::info!("listening on http://{local}");
                listeners.push(Listener::Tcp(l));
            }
            Scheme::Unix => {
                if let Some(l) = crate::systemd::activated_unix_listener() {
                    l.set_nonblocking(true).map_err(|e| format!("using the activated socket: {e}"))?;
                    let l = UnixListener::from_std(l).map_err(|e| format!("using the activated socket: {e}"))?;
                    log::info!("listening on the unix socket systemd passed in");
                    listeners.push(Listener::Unix(l));
                    continue;
                }
                let path = &flags.socket_path;
                remove_stale_socket(path)?;
                let l = UnixListener::bind(path).map_err(|e| format!("listening on {}: {e}", path.display()))?;
                std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
                    .map_err(|e| format!("restricting {}: {e}", path.display()))?;
                log::info!("listening on unix:{}", path.display());
                listeners.push(Listener::Unix(l));
            }
            Scheme::Https => unreachable!("refused by Flags::check"),
        }
    }
    Ok(listeners)
}

/// A socket file nobody answers on is a leftover of an earlier run.
fn remove_stale_socket(path: &std::path::Path) -> Result<(), String> {
    use std::os::unix::fs::FileTypeExt;
    match std::fs::symlink_metadata(path) {
        Err(_) => Ok(()),
        Ok(m) if !m.file_type().is_socket() => {
            Err(format!("{} exists and is not a socket; refusing to replace it", path.display()))
        }
        Ok(_) => match std::os::unix::net::UnixStream::connect(path) {
            Ok(_) => Err(format!("{} is in use by another server", path.display())),
            Err(_) => std::fs::remove_file(path).map_err(|e| format!("removing stale {}: {e}", path.display())),
        },
    }
}

impl Listener {
    pub async fn serve(self, service: Service) {
        loop {
            let accepted = match &self {
                Listener::Tcp(l) => l.accept().await.map(|(s, _)| Box::new(s) as Box<dyn Io>),
                Listener::Unix(l) => l.accept().await.map(|(s, _)| Box::new(s) as Box<dyn Io>),
            };
            match accepted {
                Ok(stream) => {
                    let service = service.clone();
                    tokio::spawn(async move {
                        if let Err(e) = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await {
                            log::debug!("connection ended: {e}");
                        }
                    });
                }
                Err(e) => {
                    // Out of descriptors and the like: back off instead of spinning.
                    log::warn!("accepting a connection: {e}");
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                }
            }
        }
    }
}

trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}
