//! Where an OCI image's files are read from: an OCI image layout directory
//! (each file opened with `openat2(RESOLVE_BENEATH)` or its fallback, so no name or
//! symlink of the layout leads outside it), or a tar archive (`docker
//! save`, or an OCI layout in a tar) indexed once and read in place.
//!
//! Blobs are read through [`Verified`], which counts and hashes what goes
//! through it: a blob longer than its descriptor says fails as soon as it
//! is, and one whose sha256 differs fails at its end, before anything made
//! from it is kept.

use crate::error::{Error, Result};
use sha2::Digest;
use std::collections::HashMap;
use std::fs::File;
use std::io::Read;
use std::os::fd::AsRawFd;
use std::os::unix::fs::{FileExt, OpenOptionsExt};

/// The most entries a tar source may index.
const MAX_TAR_ENTRIES: usize = 1 << 16;
/// The largest JSON document (index, manifest, configuration) read.
pub const MAX_JSON: u64 = 4 << 20;

pub enum Source {
    /// An OCI image layout directory, opened.
    Dir(File),
    /// A tar archive: its regular files by name, as (offset, size).
    Tar { file: File, entries: HashMap<String, (u64, u64)> },
}

/// What a blob must be: its sha256 (hex) and, when known, its size.
#[derive(Debug, Clone)]
pub struct Check {
    pub sha256: String,
    pub size: Option<u64>,
}

impl Source {
    /// Index the tar archive `file` (`what` names it in messages).
    pub fn tar(file: File, what: &str) -> Result<Source> {
        let mut magic = [0u8; 4];
        let n = file.read_at(&mut magic, 0).map_err(|e| Error::io(format!("reading {what}"), &e))?;
        if n >= 2 && magic[..2] == [0x1f, 0x8b] || n == 4 && magic == [0x28, 0xb5, 0x2f, 0xfd] {
            return Err(Error::invalid(format!("{what} is compressed; give the tar archive itself (as docker save writes it)")));
        }
        let not_tar = |e: std::io::Error| Error::invalid(format!("{what} is not a readable tar archive: {e}"));
        let mut entries = HashMap::new();
        let mut links = Vec::new();
        let mut archive = tar::Archive::new(&file);
        for entry in archive.entries_with_seek().map_err(not_tar)? {
            let entry = entry.map_err(not_tar)?;
            let kind = entry.header().entry_type();
            let name = entry.path().map_err(not_tar)?.to_string_lossy().trim_start_matches("./").trim_start_matches('/').to_string();
            if kind.is_file() {
                entries.insert(name, (entry.raw_file_position(), entry.size()));
            } else if kind.is_symlink() || kind.is_hard_link() {
                let target = entry.link_name().map_err(not_tar)?.unwrap_or_default().to_string_lossy().into_owned();
                links.push((name, target, kind.is_symlink()));
            }
            if entries.len() + links.len() > MAX_TAR_ENTRIES {
                return Err(Error::invalid(format!("{what} has more than {MAX_TAR_ENTRIES} entries; it is not an image archive")));
            }
        }
        // docker save writes a layer it has already written as a link to
        // the first copy: the link names the same bytes.
        for _ in 0..4 {
            for (name, target, symbolic) in &links {
                let base = if *symbolic { name.rsplit_once('/').map_or("", |(dir, _)| dir) } else { "" };
                if let Some(at) = inside(base, target).and_then(|t| entries.get(&t).copied()) {
                    entries.entry(name.clone()).or_insert(at);
                }
            }
        }
        Ok(Source::Tar { file, entries })
    }

    /// Open the file `name` of the source: its reader and size, or `None`
    /// when there is no such file.
    pub fn open(&self, name: &str) -> Result<Option<(Box<dyn Read + '_>, u64)>> {
        match self {
            Source::Tar { file, entries } => Ok(entries.get(name).map(|&(offset, size)| {
                let reader: Box<dyn Read> = Box::new(Slice { file, at: offset, end: offset + size });
                (reader, size)
            })),
            Source::Dir(dir) => {
                // Found without being opened, so a FIFO or device node of
                // the layout is refused before anything reads it.
                let Some(found) = open_beneath(dir, name)? else { return Ok(None) };
                let meta = found.metadata().map_err(|e| Error::io(format!("examining {name} of the layout"), &e))?;
                if !meta.is_file() {
                    return Err(Error::invalid(format!("{name} of the OCI layout is not a regular file")));
                }
                let file = File::options()
                    .read(true)
                    .custom_flags(libc::O_NOCTTY | libc::O_CLOEXEC)
                    .open(format!("/proc/self/fd/{}", found.as_raw_fd()))
                    .map_err(|e| Error::io(format!("opening {name} of the layout"), &e))?;
                Ok(Some((Box::new(file), meta.len())))
            }
        }
    }

    pub fn has(&self, name: &str) -> Result<bool> {
        Ok(self.open(name)?.is_some())
    }

    /// Read the JSON document `name` (verified against `check` if given).
    pub fn json<T: serde::de::DeserializeOwned>(&self, name: &str, check: Option<&Check>, what: &str) -> Result<T> {
        let (reader, size) = self.open(name)?.ok_or_else(|| missing(name, what))?;
        if size > MAX_JSON {
            return Err(Error::invalid(format!("{what} ({name}) is {size} bytes, more than the {MAX_JSON} a JSON document of an image may have")));
        }
        let mut text = Vec::new();
        match check {
            Some(c) => {
                let mut v = Verified::new(reader, c.clone(), what.to_string());
                v.read_to_end(&mut text).map_err(|e| v.error(&e))?;
                v.finish()?;
            }
            None => {
                reader.take(MAX_JSON).read_to_end(&mut text).map_err(|e| Error::io(format!("reading {name}"), &e))?;
            }
        }
        serde_json::from_slice(&text).map_err(|e| Error::invalid(format!("{what} ({name}) is not valid: {e}")))
    }
}

/// `target` seen from the directory `base` of the archive, as a name of
/// the archive; `None` when it climbs out of it.
fn inside(base: &str, target: &str) -> Option<String> {
    let mut parts: Vec<&str> = if target.starts_with('/') { Vec::new() } else { base.split('/').filter(|p| !p.is_empty()).collect() };
    for part in target.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

pub fn missing(name: &str, what: &str) -> Error {
    Error::invalid(format!("the image has no {name} ({what}): the archive or layout is incomplete"))
}

/// `sha256:<hex>` as its hex; other algorithms and malformed digests are refused.
pub fn sha256_of(digest: &str) -> Result<String> {
    match digest.split_once(':') {
        Some(("sha256", hex)) if hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()) => Ok(hex.to_string()),
        Some((algo @ ("sha384" | "sha512"), _)) => Err(Error::invalid(format!("digest \"{digest}\" uses {algo}; only sha256 digests are supported"))),
        _ => Err(Error::invalid(format!("\"{}\" is not a sha256 digest (sha256:<64 lower-case hex digits>)", digest.escape_debug()))),
    }
}

/// The bytes `at..end` of a file, read in place (no shared file offset).
struct Slice<'a> {
    file: &'a File,
    at: u64,
    end: u64,
}

impl Read for Slice<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let want = buf.len().min((self.end - self.at) as usize);
        if want == 0 {
            return Ok(0);
        }
        let n = self.file.read_at(&mut buf[..want], self.at)?;
        if n == 0 {
            return Err(std::io::Error::new(std::io::ErrorKind::UnexpectedEof, "the archive ends inside a file"));
        }
        self.at += n as u64;
        Ok(n)
    }
}

/// Open `name` beneath the directory `dir`: `None` when it does not exist,
/// refused when the name or a symlink on the way leads outside.
fn open_beneath(dir: &File, name: &str) -> Result<Option<File>> {
    use std::os::fd::AsFd;
    let flags = libc::O_PATH;
    match imageapi_confine::open(dir.as_fd(), std::ffi::OsStr::new(name), flags, imageapi_confine::Scope::Beneath).map_err(nix::errno::Errno::from_raw) {
        Ok(f) => Ok(Some(f)),
        Err(nix::errno::Errno::ENOENT) => Ok(None),
        Err(nix::errno::Errno::EXDEV | nix::errno::Errno::ELOOP) => Err(Error::invalid(format!("{name} of the OCI layout leads outside the layout directory"))),
        Err(nix::errno::Errno::EAGAIN) => Err(Error::internal(format!("opening {name} of the OCI layout: the lookup kept being raced"))),
        Err(e) => Err(Error::internal(format!("opening {name} of the OCI layout: {e}"))),
    }
}

/// A reader that counts and hashes what it passes on (see the module).
pub struct Verified<R> {
    inner: R,
    hasher: sha2::Sha256,
    read: u64,
    check: Check,
    what: String,
    too_long: bool,
}

impl<R: Read> Verified<R> {
    pub fn new(inner: R, check: Check, what: String) -> Verified<R> {
        Verified { inner, hasher: sha2::Sha256::new(), read: 0, check, what, too_long: false }
    }

    /// The error to answer for a failed read through this reader: the
    /// blob's own fault when it was longer than its descriptor said.
    pub fn error(&self, e: &dyn std::fmt::Display) -> Error {
        match (self.too_long, self.check.size) {
            (true, Some(size)) => Error::invalid(format!("{} is longer than the {size} bytes its descriptor says; nothing was kept", self.what)),
            _ => Error::invalid(format!("reading {}: {e}", self.what)),
        }
    }

    /// Read what is left and compare the size and the sha256.
    pub fn finish(mut self) -> Result<()> {
        std::io::copy(&mut self, &mut std::io::sink()).map_err(|e| self.error(&e))?;
        if let Some(size) = self.check.size {
            if self.read != size {
                return Err(Error::invalid(format!("{} is {} bytes, not the {size} its descriptor says; nothing was kept", self.what, self.read)));
            }
        }
        let got = crate::digests::hex(&std::mem::take(&mut self.hasher).finalize());
        if got != self.check.sha256 {
            return Err(Error::invalid(format!(
                "{} has sha256 {got}, not the {} it should have; nothing was kept",
                self.what, self.check.sha256
            )));
        }
        Ok(())
    }
}

impl<R: Read> Read for Verified<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        if self.check.size.is_some_and(|s| self.read > s) {
            self.too_long = true;
            return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "longer than its descriptor says"));
        }
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_of_an_archive_name_the_files_they_point_to() {
        let mut b = tar::Builder::new(Vec::new());
        let mut h = tar::Header::new_gnu();
        h.set_size(5);
        h.set_mode(0o644);
        b.append_data(&mut h, "aaa/layer.tar", &b"layer"[..]).unwrap();
        let mut link = |name: &str, target: &str, kind: tar::EntryType| {
            let mut h = tar::Header::new_gnu();
            h.set_entry_type(kind);
            h.set_size(0);
            b.append_link(&mut h, name, target).unwrap();
        };
        link("bbb/layer.tar", "../aaa/layer.tar", tar::EntryType::Symlink);
        link("ccc/layer.tar", "bbb/layer.tar", tar::EntryType::Link);
        link("ddd/layer.tar", "../../etc/passwd", tar::EntryType::Symlink);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.tar");
        std::fs::write(&path, b.into_inner().unwrap()).unwrap();
        let src = Source::tar(File::open(&path).unwrap(), "a.tar").unwrap();
        for name in ["aaa/layer.tar", "bbb/layer.tar", "ccc/layer.tar"] {
            let (mut r, size) = src.open(name).unwrap().unwrap();
            let mut text = String::new();
            r.read_to_string(&mut text).unwrap();
            assert_eq!((text.as_str(), size), ("layer", 5), "{name}");
        }
        assert!(src.open("ddd/layer.tar").unwrap().is_none());
        assert_eq!(inside("a/b", "../../../x"), None);
        assert_eq!(inside("a/b", "/c/./d"), Some("c/d".into()));
    }
}
