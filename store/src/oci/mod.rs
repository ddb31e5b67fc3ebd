//! Importing an OCI image as the squashfs file of a store image: from an
//! OCI image layout directory, or a tar archive (`docker save`, old or new
//! form, or an OCI layout in a tar) given as a path or uploaded.
//!
//! The import runs in the request that asks for it, as the other ways of
//! adding a file do, and the image is `uploading` meanwhile. In the
//! image's directory, which only root can enter:
//! 1. an uploaded archive is spooled to `oci-archive` (it is read at
//!    random: a `docker save` archive may name its layers before or after
//!    them);
//! 2. the image is chosen ([`image`]), and its layers are applied in order
//!    to `oci-staging/root` ([`unpack`]), each blob verified as it is read;
//! 3. `mksquashfs` makes `oci.squashfs` of the tree, which the store then
//!    takes as the image's file (hashed, renamed, recorded with the
//!    image's configuration) like any other.
//!
//! Whatever fails, or a dropped request, removes all three; so does the
//! next start after a crash ([`remove_leftovers`]), and the manifest never
//! vouched for a file, so an interrupted import never becomes an image.

mod image;
mod source;
mod unpack;

pub use source::Source;

use crate::error::{Error, Result};
use crate::{manifest, Expect, Ingest, Manifest, Store};
use image::{Compression, Layer};
use source::Verified;
use std::fs::File;
use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};

/// The largest archive taken, and the most bytes of file contents unpacked
/// from its layers, unless the client says otherwise.
pub const DEFAULT_LIMIT: u64 = 4 << 30;
const SPOOL: &str = "oci-archive";
const STAGING: &str = "oci-staging";
const SQUASHFS: &str = "oci.squashfs";

/// An import under way: the image is busy until it is finished or dropped.
pub struct OciImport {
    ingest: Option<Ingest>,
    dir: PathBuf,
    limit: u64,
    spool: Option<File>,
    spooled: u64,
    done: bool,
}

impl Store {
    /// Start importing an OCI image into the unactivated squashfs image
    /// `uuid`, with `limit` (default [`DEFAULT_LIMIT`]) on the archive and
    /// on what its layers unpack to.
    pub fn begin_oci(&self, uuid: &str, limit: Option<u64>) -> Result<OciImport> {
        manifest::check_uuid(uuid)?;
        let m = self.get(uuid)?;
        if m.kind != "squashfs" {
            return Err(Error::invalid(format!(
                "image {uuid} is of type {}; an OCI import makes a squashfs file, so create the image with type squashfs",
                m.kind
            )));
        }
        let limit = match limit {
            Some(0) => return Err(Error::invalid("size_limit must be at least 1 byte")),
            Some(n) => n,
            None => DEFAULT_LIMIT,
        };
        let ingest = self.begin_ingest(uuid, Expect::default())?;
        let dir = self.image_dir(uuid);
        remove_leftovers(&dir);
        Ok(OciImport { ingest: Some(ingest), dir, limit, spool: None, spooled: 0, done: false })
    }
}

impl OciImport {
    /// Write the next bytes of an uploaded archive.
    pub fn spool(&mut self, data: &[u8]) -> Result<()> {
        if self.spooled + data.len() as u64 > self.limit {
            return Err(Error::invalid(format!("the archive is larger than the size limit of {} bytes; nothing was kept", self.limit)));
        }
        let path = self.dir.join(SPOOL);
        if self.spool.is_none() {
            self.spool = Some(File::create(&path).map_err(|e| Error::io(format!("creating {}", path.display()), &e))?);
        }
        let file = self.spool.as_mut().expect("just opened");
        file.write_all(data).map_err(|e| Error::io(format!("writing {}", path.display()), &e))?;
        self.spooled += data.len() as u64;
        Ok(())
    }

    /// Import the archive spooled so far.
    pub fn import_spooled(mut self, tag: Option<&str>) -> Result<Manifest> {
        if self.spool.take().is_none() {
            return Err(Error::invalid("the uploaded archive is empty"));
        }
        let path = self.dir.join(SPOOL);
        let file = File::open(&path).map_err(|e| Error::io(format!("opening {}", path.display()), &e))?;
        let source = Source::tar(file, "the uploaded archive")?;
        self.import(source, tag)
    }

    /// Import the image `tag` (or the only one) of `source`.
    pub fn import(mut self, source: Source, tag: Option<&str>) -> Result<Manifest> {
        if tag.is_some_and(|t| t.is_empty() || t.len() > 512) {
            return Err(Error::invalid("tag must be 1 to 512 bytes"));
        }
        let plan = image::plan(&source, tag)?;
        let top = self.dir.join(STAGING);
        let root = top.join("root");
        make_dir(&top, 0o700)?;
        make_dir(&root, 0o755)?;
        let mut staging = unpack::Staging::open(&root, self.limit)?;
        for (i, layer) in plan.layers.iter().enumerate() {
            apply_layer(&source, &mut staging, i + 1, layer)?;
        }
        drop((staging, source));
        let out = self.dir.join(SQUASHFS);
        squash(&root, &out)?;
        let _ = std::fs::remove_dir_all(&top);
        let _ = std::fs::remove_file(self.dir.join(SPOOL));
        let mut ingest = self.ingest.take().expect("the ingest lives until the import ends");
        let adopted = ingest.adopt(&out);
        if let Err(e) = adopted {
            let _ = std::fs::remove_file(&out);
            return Err(e);
        }
        ingest.set_oci(plan.config);
        self.done = true;
        ingest.finish()
    }
}

impl Drop for OciImport {
    fn drop(&mut self) {
        if !self.done {
            drop(self.spool.take());
            remove_leftovers(&self.dir);
        }
        // The image stops being busy only now, with nothing of ours left.
        drop(self.ingest.take());
    }
}

/// Remove what an import left in the image directory `dir`.
pub fn remove_leftovers(dir: &Path) {
    if std::fs::remove_dir_all(dir.join(STAGING)).is_ok() {
        log::info!("store: {}: removed the staging tree of an OCI import", dir.display());
    }
    for name in [SPOOL, SQUASHFS] {
        if std::fs::remove_file(dir.join(name)).is_ok() {
            log::info!("store: {}: removed {name}, left by an OCI import", dir.display());
        }
    }
}

fn make_dir(path: &Path, mode: u32) -> Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    let step = |e: std::io::Error| Error::io(format!("creating {}", path.display()), &e);
    std::fs::DirBuilder::new().mode(mode).create(path).map_err(step)?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).map_err(step)
}

/// Apply one layer, verifying its blob (or, for `docker save`'s layers,
/// the uncompressed tar) as it is read.
fn apply_layer(src: &Source, staging: &mut unpack::Staging, n: usize, layer: &Layer) -> Result<()> {
    let what = format!("layer {n} ({})", layer.name);
    let (reader, _) = src.open(&layer.name)?.ok_or_else(|| source::missing(&layer.name, &format!("layer {n}")))?;
    if layer.check_uncompressed {
        let mut tar = Verified::new(decoder(reader, Compression::Sniff, &what)?, layer.check.clone(), what);
        let applied = staging.apply(n, &mut tar);
        return settle(applied, tar);
    }
    let mut blob = Verified::new(reader, layer.check.clone(), what.clone());
    let applied = decoder(&mut blob, layer.compression, &what).and_then(|mut tar| staging.apply(n, &mut tar));
    settle(applied, blob)
}

/// A verification failure explains a failed layer better than the tar
/// error it caused (a blob that is not what it should be is the cause).
fn settle<R: Read>(applied: Result<()>, blob: Verified<R>) -> Result<()> {
    match applied {
        Ok(()) => blob.finish(),
        Err(e) => Err(blob.finish().err().unwrap_or(e)),
    }
}

fn decoder<'a>(reader: impl Read + 'a, compression: Compression, what: &str) -> Result<Box<dyn Read + 'a>> {
    let mut buffered = std::io::BufReader::with_capacity(1 << 16, reader);
    let compression = match compression {
        Compression::Sniff => {
            let head = buffered.fill_buf().map_err(|e| Error::invalid(format!("reading {what}: {e}")))?;
            if head.starts_with(&[0x1f, 0x8b]) {
                Compression::Gzip
            } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
                Compression::Zstd
            } else {
                Compression::None
            }
        }
        c => c,
    };
    Ok(match compression {
        Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(buffered)),
        Compression::Zstd => Box::new(zstd::stream::read::Decoder::with_buffer(buffered).map_err(|e| Error::invalid(format!("reading {what}: {e}")))?),
        Compression::None | Compression::Sniff => Box::new(buffered),
    })
}

/// `mksquashfs` of the tree `root` (owners, modes and xattrs kept) into `out`.
fn squash(root: &Path, out: &Path) -> Result<()> {
    let run = std::process::Command::new("mksquashfs")
        .arg(root)
        .arg(out)
        .args(["-noappend", "-quiet", "-no-progress"])
        .stdin(std::process::Stdio::null())
        .output();
    match run {
        Ok(o) if o.status.success() => Ok(()),
        Ok(o) => Err(Error::internal(format!(
            "mksquashfs failed ({}): {}",
            o.status,
            String::from_utf8_lossy(&o.stderr).trim()
        ))),
        Err(e) => Err(Error::io("running mksquashfs (squashfs-tools)", &e)),
    }
}
