//! Command-line flags, compatible with the original server's so existing
//! unit files keep working.

use clap::{Parser, ValueEnum};
use std::path::PathBuf;

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

    /// Address of the https listener (default: --host).
    #[arg(long, env = "TLS_HOST")]
    pub tls_host: Option<String>,

    /// Port of the https listener.
    #[arg(long, env = "TLS_PORT", default_value_t = 0)]
    pub tls_port: u16,

    /// Server certificate (PEM) for https.
    #[arg(long, env = "TLS_CERTIFICATE")]
    pub tls_certificate: Option<PathBuf>,

    /// Private key (PEM) of the server certificate.
    #[arg(long, env = "TLS_PRIVATE_KEY")]
    pub tls_key: Option<PathBuf>,

    /// CA (PEM) that client certificates must be signed by (turns on mTLS).
    #[arg(long, env = "TLS_CA_CERTIFICATE")]
    pub tls_ca: Option<PathBuf>,

    /// Where mountpoints, overlay layers, logs and state live.
    #[arg(long, default_value = "/var/run/imageapi")]
    pub run_dir: PathBuf,

    /// Where the object graph is saved (default: the run directory).
    #[arg(long)]
    pub state_dir: Option<PathBuf>,

    /// On SIGTERM/SIGINT, remove every object (stop containers, unmount,
    /// detach) before exiting, as for a node shutdown. Without it, objects
    /// stay in place and the next start re-adopts them.
    #[arg(long)]
    pub teardown_on_exit: bool,
}

impl Flags {
    pub fn schemes(&self) -> Vec<Scheme> {
        if self.scheme.is_empty() {
            vec![Scheme::Unix]
        } else {
            self.scheme.clone()
        }
    }

    pub fn state_file(&self) -> PathBuf {
        self.state_dir.as_ref().unwrap_or(&self.run_dir).join("state.json")
    }

    /// Refuse combinations the server cannot honour, before anything starts.
    pub fn check(&self) -> Result<(), String> {
        if self.schemes().contains(&Scheme::Https) {
            return Err("--scheme https is not supported by this build yet; use http on a trusted network or the unix socket".into());
        }
        // Overlay options separate paths with ':' and ','.
        let run_dir = self.run_dir.to_string_lossy();
        if run_dir.contains([',', ':', '\n']) {
            return Err(format!("--run-dir {run_dir}: the path must not contain ',' or ':' (overlayfs options cannot hold them)"));
        }
        Ok(())
    }
}
