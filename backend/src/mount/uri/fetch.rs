//! Downloading for `uri` mounts: one GET over HTTP or HTTPS (rustls with
//! the ring provider, Mozilla's roots), streamed through a bounded channel
//! from a download thread to whoever writes it into the ramdisk, like
//! `curl | tar`: the network and the unpacking overlap.
//!
//! The download thread counts bytes against the size limit, hashes them
//! when a sha256 was asked for, logs progress and throughput, and checks
//! that a body with a Content-Length arrived whole.

use crate::error::{Error, Kind, Result};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::sync::mpsc::{sync_channel, Receiver};
use std::time::{Duration, Instant};

/// Bytes per message between the threads, and messages in flight.
const CHUNK: usize = 1 << 20;
const IN_FLIGHT: usize = 16;
/// The longest a whole download may take, head and body: a source that
/// drips keeps its slot (and its ramdisk) this long at most.
pub const DEADLINE: Duration = Duration::from_secs(30 * 60);
/// How often progress is logged.
const PROGRESS_EVERY: Duration = Duration::from_secs(2);

/// A response whose body is about to be read.
pub struct Source {
    pub url: String,
    /// The Content-Length, when the server sent one.
    pub length: Option<u64>,
    body: ureq::BodyReader<'static>,
}

/// What the download thread saw.
#[derive(Debug)]
pub struct Received {
    pub bytes: u64,
    /// Lower-case hex, when a digest was asked for.
    pub sha256: Option<String>,
    pub elapsed: Duration,
}

/// Most redirects followed before the download is refused.
const MAX_REDIRECTS: usize = 10;

/// Send the request and read the response head, following redirects to
/// http:// and https:// URLs only.
pub fn open(url: &str) -> Result<Source> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_connect(Some(Duration::from_secs(30)))
        .timeout_recv_response(Some(Duration::from_secs(60)))
        // A transfer that stalls fails instead of holding the request forever.
        .timeout_per_read(Some(Duration::from_secs(60)))
        .timeout_global(Some(DEADLINE))
        // Redirects are followed below, where their target is checked.
        .max_redirects(0)
        .user_agent(concat!("imageapi/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut current = url.to_string();
    for _ in 0..=MAX_REDIRECTS {
        // The bytes as stored: a .tar.gz must not be un-gzipped on the way.
        let response = agent.get(&current).header("accept-encoding", "identity").call().map_err(|e| match e {
            ureq::Error::StatusCode(code) => {
                Error::new(Kind::Unprocessable, format!("downloading {url}: the server answered HTTP {code}"))
            }
            e => Error::internal(format!("downloading {url}: {e}")),
        })?;
        if response.status().is_redirection() {
            let location = response.headers().get("location").and_then(|l| l.to_str().ok());
            current = redirect_target(url, &current, location)?;
            continue;
        }
        let body = response.into_body();
        return Ok(Source { url: url.to_string(), length: body.content_length(), body: body.into_reader() });
    }
    Err(Error::new(Kind::Unprocessable, format!("downloading {url}: more than {MAX_REDIRECTS} redirects")))
}

/// Where a redirect from `current` leads: an absolute http:// or https://
/// URL without credentials, or an error that says why not.
fn redirect_target(url: &str, current: &str, location: Option<&str>) -> Result<String> {
    let refused = |why: String| Error::new(Kind::Unprocessable, format!("downloading {url}: {why}"));
    let location = location.ok_or_else(|| refused(format!("{current} redirects without a Location")))?;
    let next = url::Url::parse(current)
        .and_then(|base| base.join(location))
        .map_err(|_| refused(format!("{current} redirects to \"{}\", which is not a URL", location.escape_debug())))?;
    if !matches!(next.scheme(), "http" | "https") {
        return Err(refused(format!("{current} redirects to {next}; only http:// and https:// URLs are followed")));
    }
    if !next.username().is_empty() || next.password().is_some() {
        return Err(refused(format!("{current} redirects to a URL holding credentials; it is not followed")));
    }
    Ok(next.to_string())
}

impl Source {
    /// The body as it comes, for a small answer read whole by the caller.
    pub fn into_reader(self) -> impl Read {
        self.body
    }

    /// Stream the body to `sink` through the download thread. At most
    /// `limit` bytes are accepted. The error of the download thread wins
    /// over the sink's, which usually only sees the stream end early;
    /// but when the sink failed first (a bad archive entry), its error is
    /// the cause and the download's "stopped reading" only the effect.
    pub fn pump<T>(self, limit: u64, want_sha256: bool, what: &str, sink: impl FnOnce(&mut dyn Read) -> Result<T>) -> Result<(T, Received)> {
        let (tx, rx) = sync_channel::<Vec<u8>>(IN_FLIGHT);
        let Source { url, length, mut body } = self;
        // Set when the writer hung up first: its own error is the cause.
        let writer_stopped = std::sync::atomic::AtomicBool::new(false);
        let stopped = &writer_stopped;
        std::thread::scope(|scope| {
            let download = scope.spawn(move || {
                let start = Instant::now();
                let mut hasher = want_sha256.then(Sha256::new);
                let (mut bytes, mut logged) = (0u64, start);
                loop {
                    let mut chunk = vec![0u8; CHUNK];
                    let n = read_some(&mut body, &mut chunk).map_err(|e| Error::internal(format!("downloading {url}: {e}")))?;
                    if n == 0 {
                        break;
                    }
                    chunk.truncate(n);
                    bytes += n as u64;
                    if bytes > limit {
                        return Err(Error::new(Kind::Unprocessable, format!("downloading {url}: it is larger than the size limit of {limit} bytes")));
                    }
                    if let Some(h) = hasher.as_mut() {
                        h.update(&chunk);
                    }
                    if tx.send(chunk).is_err() {
                        // The writer stopped: its error says why.
                        stopped.store(true, std::sync::atomic::Ordering::Relaxed);
                        return Err(Error::internal(format!("downloading {url}: the writer stopped reading")));
                    }
                    if logged.elapsed() >= PROGRESS_EVERY {
                        logged = Instant::now();
                        log::info!("{what}: {}", progress(bytes, length, start.elapsed()));
                    }
                }
                if let Some(len) = length.filter(|len| *len != bytes) {
                    return Err(Error::internal(format!("downloading {url}: the transfer ended after {bytes} of {len} bytes")));
                }
                let elapsed = start.elapsed();
                log::info!("{what}: downloaded {}", progress(bytes, length, elapsed));
                Ok(Received { bytes, sha256: hasher.map(|h| hex(&h.finalize())), elapsed })
            });
            let mut reader = ChannelReader { rx, buf: Vec::new(), pos: 0 };
            // Whatever the sink left unread (a tar's padding, a bad archive)
            // is drained so the digest and the length cover the whole body.
            let written = sink(&mut reader).and_then(|v| {
                std::io::copy(&mut reader, &mut std::io::sink()).map(|_| v).map_err(|e| Error::internal(e.to_string()))
            });
            drop(reader);
            let received = download.join().unwrap_or_else(|_| Err(Error::internal("the download thread panicked")));
            match (written, received) {
                (Ok(v), Ok(r)) => Ok((v, r)),
                (Err(e), Err(_)) if writer_stopped.load(std::sync::atomic::Ordering::Relaxed) => Err(e),
                (_, Err(e)) => Err(e),
                (Err(e), Ok(_)) => Err(e),
            }
        })
    }
}

/// Fill as much of `buf` as one or more reads give, stopping at EOF.
fn read_some(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match r.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
        // Hand over what we have rather than wait on a slow network.
        if filled >= buf.len() / 4 {
            break;
        }
    }
    Ok(filled)
}

/// The writer's end of the channel, as a reader.
struct ChannelReader {
    rx: Receiver<Vec<u8>>,
    buf: Vec<u8>,
    pos: usize,
}

impl Read for ChannelReader {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if self.pos == self.buf.len() {
            match self.rx.recv() {
                Ok(chunk) => (self.buf, self.pos) = (chunk, 0),
                // The download ended (or failed: its thread reports that).
                Err(_) => return Ok(0),
            }
        }
        let n = out.len().min(self.buf.len() - self.pos);
        out[..n].copy_from_slice(&self.buf[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

fn progress(bytes: u64, length: Option<u64>, elapsed: Duration) -> String {
    let mib = |b: u64| b as f64 / (1 << 20) as f64;
    let rate = mib(bytes) / elapsed.as_secs_f64().max(1e-3);
    match length {
        Some(len) if len > 0 => format!(
            "{:.1} of {:.1} MiB ({:.0}%) in {:.1} s, {rate:.1} MiB/s",
            mib(bytes),
            mib(len),
            bytes as f64 * 100.0 / len as f64,
            elapsed.as_secs_f64()
        ),
        _ => format!("{:.1} MiB in {:.1} s, {rate:.1} MiB/s", mib(bytes), elapsed.as_secs_f64()),
    }
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
