//! The checksums of a file as it arrives: sha256 (the ETag, and what a
//! `uri` mount checks), sha1 (IMGAPI's `files[].sha1`) and md5 (IMGAPI's
//! `Content-MD5`, which `sdc-clients` checks on every download). Each is
//! computed on a thread of its own, fed the very chunks the file is written
//! from (shared `Bytes`, not copies), so adding a file costs the slowest of
//! the three digests instead of their sum, and the disk writes overlap them.
//! sha2 and sha1 use the CPU's SHA extensions when it has them.

use crate::error::{Error, Result};
use bytes::Bytes;
use sha1::Digest;
use std::sync::mpsc::{sync_channel, SyncSender};
use std::thread::JoinHandle;

/// Chunks queued for each digest before the writer waits for it.
const DEPTH: usize = 8;

/// The three digests of a file, each on its own thread.
pub struct Digests {
    lanes: [Lane; 3],
}

struct Lane {
    tx: Option<SyncSender<Bytes>>,
    thread: Option<JoinHandle<Vec<u8>>>,
}

/// The finished checksums: sha256 and sha1 in hex, md5 in base64 (as
/// `Content-MD5` carries it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sums {
    pub sha256: String,
    pub sha1: String,
    pub md5: String,
}

fn lane<D: Digest + Send + 'static>(name: &str) -> Result<Lane> {
    let (tx, rx) = sync_channel::<Bytes>(DEPTH);
    let thread = std::thread::Builder::new()
        .name(format!("store-{name}"))
        .spawn(move || {
            let mut d = D::new();
            for chunk in rx {
                d.update(&chunk);
            }
            d.finalize().to_vec()
        })
        .map_err(|e| Error::internal(format!("starting the {name} thread: {e}")))?;
    Ok(Lane { tx: Some(tx), thread: Some(thread) })
}

impl Digests {
    pub fn new() -> Result<Digests> {
        Ok(Digests { lanes: [lane::<sha2::Sha256>("sha256")?, lane::<sha1::Sha1>("sha1")?, lane::<md5::Md5>("md5")?] })
    }

    /// Hand the next chunk to every digest; waits while one is [`DEPTH`]
    /// chunks behind.
    pub fn update(&mut self, chunk: &Bytes) -> Result<()> {
        for lane in &self.lanes {
            let sent = lane.tx.as_ref().map(|tx| tx.send(chunk.clone()));
            if !matches!(sent, Some(Ok(()))) {
                return Err(Error::internal("a checksum thread of the store stopped"));
            }
        }
        Ok(())
    }

    /// Wait for the digests of everything given.
    pub fn finish(mut self) -> Result<Sums> {
        let mut out = Vec::with_capacity(3);
        for lane in &mut self.lanes {
            drop(lane.tx.take());
            let thread = lane.thread.take().expect("each lane is finished once");
            out.push(thread.join().map_err(|_| Error::internal("a checksum thread of the store panicked"))?);
        }
        use base64::Engine;
        Ok(Sums { sha256: hex(&out[0]), sha1: hex(&out[1]), md5: base64::engine::general_purpose::STANDARD.encode(&out[2]) })
    }
}

impl Drop for Digests {
    /// Abandoned: the threads see their queues close, finish what is queued
    /// (at most [`DEPTH`] chunks) and end; nobody waits for them.
    fn drop(&mut self) {
        for lane in &mut self.lanes {
            drop(lane.tx.take());
        }
    }
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_digests_across_chunks() {
        let mut d = Digests::new().unwrap();
        for part in [&b"The quick brown fox "[..], b"jumps over ", b"the lazy dog"] {
            d.update(&Bytes::copy_from_slice(part)).unwrap();
        }
        let sums = d.finish().unwrap();
        assert_eq!(sums.sha256, "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592");
        assert_eq!(sums.sha1, "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12");
        assert_eq!(sums.md5, "nhB9nTcrtoJr2B01QqQZ1g==");
    }

    #[test]
    fn empty_input() {
        let sums = Digests::new().unwrap().finish().unwrap();
        assert_eq!(sums.sha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(sums.md5, "1B2M2Y8AsgTpgAmY7PhCfg==");
    }
}
