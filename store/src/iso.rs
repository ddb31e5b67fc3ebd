//! The contents of ISO images, read from the ISO file itself in userspace
//! (the `cdfs` crate: ISO 9660 with Rock Ridge names, or Joliet names when
//! there is no Rock Ridge), so a node serves an installer DVD's tree over
//! HTTP without mounting it (and without an iso9660 driver).
//!
//! `cdfs` keeps the file in an `Rc`, so every lookup and every transfer
//! opens the ISO on one blocking thread of its own.
//!
//! A file recorded as one extent (not interleaved, not multi-extent: what
//! mkisofs and xorriso write for files under 4 GiB) is a plain range of the
//! ISO file; the serve listener sends it like a stored file. Any other is
//! read through `cdfs`, 2 KiB block by block.

use crate::error::{Error, Result};
use crate::http::Body;
use bytes::Bytes;
use cdfs::{DirectoryEntry, ExtraAttributes, ISO9660};
use http_body_util::{BodyExt, StreamBody};
use hyper::body::Frame;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

/// The file flag of a directory record whose file goes on in the next record.
const MULTI_EXTENT: u8 = 1 << 7;

/// What a path inside an ISO names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    Dir(Vec<Child>),
    /// `at`: the file's offset in the ISO when it is one contiguous extent.
    File { size: u64, at: Option<u64> },
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Child {
    pub name: String,
    pub dir: bool,
    pub size: u64,
}

/// The path's segments, refused when one could mean anything but a name.
fn segments(inner: &str) -> Result<Vec<&str>> {
    let parts: Vec<&str> = inner.split('/').filter(|p| !p.is_empty()).collect();
    if parts.iter().any(|p| *p == "." || *p == ".." || p.contains('\0')) {
        return Err(Error::not_found(format!("\"{inner}\" is not a path inside the ISO")));
    }
    Ok(parts)
}

fn open(iso: &Path) -> Result<ISO9660<std::fs::File>> {
    let file = std::fs::File::open(iso).map_err(|e| Error::io(format!("opening {}", iso.display()), &e))?;
    ISO9660::new(file).map_err(|e| Error::invalid(format!("{} is not a readable ISO 9660 image: {e}", iso.display())))
}

fn find(fs: &ISO9660<std::fs::File>, inner: &str) -> Result<DirectoryEntry<std::fs::File>> {
    let path = segments(inner)?.join("/");
    match fs.open(&path) {
        Ok(Some(e)) => Ok(e),
        Ok(None) => Err(Error::not_found(format!("the ISO has no \"{inner}\""))),
        Err(e) => Err(Error::invalid(format!("reading \"{inner}\" in the ISO: {e}"))),
    }
}

/// Look `inner` up in the ISO at `iso`.
pub fn lookup(iso: &Path, inner: &str) -> Result<Node> {
    let fs = open(iso)?;
    match find(&fs, inner)? {
        DirectoryEntry::File(f) => {
            let h = f.header();
            let (size, at) = (f.size() as u64, h.extent_loc as u64 * cdfs::BLOCK_SIZE as u64);
            let plain = h.file_unit_size == 0 && h.interleave_gap_size == 0 && h.file_flags.bits() & MULTI_EXTENT == 0;
            let inside = std::fs::metadata(iso).is_ok_and(|m| at + size <= m.len());
            Ok(Node::File { size, at: (plain && inside).then_some(at) })
        }
        DirectoryEntry::Directory(d) => {
            let mut children = Vec::new();
            for entry in d.contents() {
                let entry = entry.map_err(|e| Error::invalid(format!("listing \"{inner}\" in the ISO: {e}")))?;
                let name = entry.identifier().to_string();
                if name == "." || name == ".." || name.is_empty() || name == "\0" || name == "\u{1}" {
                    continue;
                }
                match &entry {
                    DirectoryEntry::Directory(_) => children.push(Child { name, dir: true, size: 0 }),
                    DirectoryEntry::File(f) => children.push(Child { name, dir: false, size: f.size() as u64 }),
                    // Symbolic links are not followed: the tree serves files and directories.
                    DirectoryEntry::Symlink(_) => {}
                }
            }
            children.sort_by(|a, b| a.name.cmp(&b.name));
            Ok(Node::Dir(children))
        }
        DirectoryEntry::Symlink(_) => Err(Error::not_found(format!("\"{inner}\" in the ISO is a symbolic link, which is not followed"))),
    }
}

/// The bytes `start..end` of the file `inner` of the ISO, read ahead of
/// the network by a blocking thread; a read error ends the body early.
pub fn body(iso: PathBuf, inner: String, start: u64, end: u64) -> Body {
    let (tx, rx) = tokio::sync::mpsc::channel::<Bytes>(4);
    tokio::task::spawn_blocking(move || {
        let send = || -> Result<()> {
            let fs = open(&iso)?;
            let DirectoryEntry::File(file) = find(&fs, &inner)? else { return Err(Error::not_found("not a file")) };
            let mut reader = file.read();
            reader.seek(SeekFrom::Start(start)).map_err(|e| Error::io("seeking in the ISO", &e))?;
            let mut at = start;
            while at < end {
                let mut buf = vec![0u8; ((end - at) as usize).min(256 << 10)];
                let n = reader.read(&mut buf).map_err(|e| Error::io("reading the ISO", &e))?;
                if n == 0 {
                    break;
                }
                buf.truncate(n);
                at += n as u64;
                if tx.blocking_send(Bytes::from(buf)).is_err() {
                    break;
                }
            }
            Ok(())
        };
        if let Err(e) = send() {
            log::warn!("serving {inner} from {}: {e}", iso.display());
        }
    });
    let stream = futures_util::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|b| (Ok(Frame::data(b)), rx)) });
    StreamBody::new(stream).boxed()
}

