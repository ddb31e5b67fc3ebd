//! Adding an image's file: the bytes are written to `file.partial` as they
//! arrive, with their checksums computed on the way (see [`crate::digests`]);
//! only a complete file that matches what the client expected is renamed to `file` and
//! recorded in the manifest. An [`Ingest`] dropped before it finished
//! (client gone, mismatch, error) removes its partial file.

use crate::digests::Digests;
use crate::error::{Cause, Error, Result};
use crate::manifest::{self, Manifest, State};
use crate::{Busy, Store};
use bytes::Bytes;
use std::fs::File;
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// What the client says the file is; each given value is verified.
#[derive(Debug, Default, Clone)]
pub struct Expect {
    pub sha256: Option<String>,
    pub sha1: Option<String>,
    pub size: Option<u64>,
}

impl Expect {
    /// Check the forms of the expected values (hex of the right length).
    pub fn check(&self) -> Result<()> {
        let hex = |what: &str, v: &Option<String>, len: usize| match v {
            Some(v) if v.len() != len || !v.bytes().all(|b| b.is_ascii_hexdigit()) => {
                Err(Error::invalid(format!("{what} \"{v}\" is not {len} hexadecimal digits")))
            }
            _ => Ok(()),
        };
        hex("sha256", &self.sha256, 64)?;
        hex("sha1", &self.sha1, 40)
    }
}

pub struct Ingest {
    store: Store,
    uuid: String,
    partial: PathBuf,
    file: Option<File>,
    /// Until finish; `None` afterwards.
    digests: Option<Digests>,
    written: u64,
    done: Arc<AtomicU64>,
    total: Arc<AtomicU64>,
    expect: Expect,
    finished: bool,
    /// A background download: a failure leaves the image `failed`.
    download: bool,
    /// Why it did not finish, for a download's `error`.
    failure: Option<String>,
    /// Recorded with the file: the configuration of an imported OCI image.
    oci: Option<crate::OciConfig>,
}

impl Store {
    /// Start adding the file of an unactivated (or failed) image. Until the
    /// returned [`Ingest`] finishes or is dropped, the image is `uploading`
    /// and nothing else can change it.
    pub fn begin_ingest(&self, uuid: &str, expect: Expect) -> Result<Ingest> {
        self.begin(uuid, expect, false)
    }

    /// Like [`Store::begin_ingest`] for a download in the background: the
    /// image is `downloading`, saved so (a restart finds it failed), until
    /// the [`Ingest`] finishes or [`Ingest::fail`]s.
    pub fn begin_download(&self, uuid: &str, expect: Expect) -> Result<Ingest> {
        self.begin(uuid, expect, true)
    }

    fn begin(&self, uuid: &str, expect: Expect, download: bool) -> Result<Ingest> {
        self.available()?;
        manifest::check_uuid(uuid)?;
        expect.check()?;
        let done = Arc::new(AtomicU64::new(0));
        let total = Arc::new(AtomicU64::new(u64::MAX));
        let dir = self.image_dir(uuid);
        {
            let mut images = self.lock();
            let entry = images.get_mut(uuid).ok_or_else(|| crate::no_image(uuid))?;
            if entry.busy.is_some() {
                return Err(Error::busy(format!("image {uuid} is {}; only one file can arrive at a time", crate::render(entry).state.name())));
            }
            if !matches!(entry.manifest.state, State::Unactivated | State::Failed) {
                return Err(Error::busy(format!(
                    "image {uuid} is {}: only an unactivated image takes a file",
                    entry.manifest.state.name()
                ))
                .because(Cause::FileImmutable));
            }
            // 1. Forget a previous file first, on disk too: a crash from
            //    here on must find a manifest that vouches for no file.
            if entry.manifest.has_file() || entry.manifest.error.is_some() || entry.manifest.oci.is_some() {
                let mut m = entry.manifest.clone();
                (m.size, m.sha256, m.sha1, m.error, m.state) = (None, None, None, None, State::Unactivated);
                (m.content_md5, m.oci) = (None, None);
                manifest::save(&dir.join("manifest.json"), &m)?;
                entry.manifest = m;
                let _ = std::fs::remove_file(dir.join("file"));
            }
            if download {
                let mut m = entry.manifest.clone();
                m.state = State::Downloading;
                manifest::save(&dir.join("manifest.json"), &m)?;
                entry.manifest = m;
            }
            entry.busy = Some(Busy::Ingest(done.clone(), total.clone()));
        }
        // 2. The partial file; the Ingest owns the busy mark from here on.
        let partial = dir.join("file.partial");
        let mut ingest = Ingest {
            store: self.clone(),
            uuid: uuid.to_string(),
            partial: partial.clone(),
            file: None,
            digests: None,
            written: 0,
            done,
            total,
            expect,
            finished: false,
            download,
            failure: None,
            oci: None,
        };
        ingest.digests = Some(Digests::new()?);
        ingest.file = Some(File::create(&partial).map_err(|e| Error::io(format!("creating {}", partial.display()), &e))?);
        Ok(ingest)
    }
}

impl Ingest {
    pub fn uuid(&self) -> &str {
        &self.uuid
    }

    /// The size the source announced, for progress.
    pub fn set_total(&self, total: u64) {
        self.total.store(total, Ordering::Relaxed);
    }

    /// Give up: the partial file goes and the image is `failed` with `why`.
    pub fn fail(mut self, why: &str) {
        self.mark_failed(why);
    }

    fn mark_failed(&mut self, why: &str) {
        drop(self.file.take());
        let _ = std::fs::remove_file(&self.partial);
        let _ = std::fs::remove_file(self.store.image_dir(&self.uuid).join("file"));
        self.finished = true;
        let dir = self.store.image_dir(&self.uuid);
        let mut images = self.store.lock();
        if let Some(entry) = images.get_mut(&self.uuid) {
            let mut m = entry.manifest.clone();
            (m.state, m.error) = (State::Failed, Some(why.to_string()));
            if let Err(e) = manifest::save(&dir.join("manifest.json"), &m) {
                log::error!("store: image {}: saving its failure: {e}", self.uuid);
            }
            entry.manifest = m;
            entry.busy = None;
        }
        log::info!("store: image {}: adding its file failed: {why}", self.uuid);
    }

    /// Write the next bytes of the file (copied once, to be shared by the
    /// digests; [`Ingest::write_bytes`] takes them without a copy).
    pub fn write(&mut self, data: &[u8]) -> Result<()> {
        self.write_bytes(Bytes::copy_from_slice(data))
    }

    /// Write the next bytes of the file while the digests read them.
    pub fn write_bytes(&mut self, data: Bytes) -> Result<()> {
        self.count(&data)?;
        let file = self.file.as_mut().expect("the file is open until finish");
        file.write_all(&data).map_err(|e| Error::io(format!("writing {}", self.partial.display()), &e))?;
        self.written += data.len() as u64;
        self.done.store(self.written, Ordering::Relaxed);
        Ok(())
    }

    /// Check the next bytes of the file against the expected size, and
    /// hand them to the digests.
    fn count(&mut self, data: &Bytes) -> Result<()> {
        if let Some(size) = self.expect.size {
            if self.written + data.len() as u64 > size {
                return Err(Error::invalid(format!("the file of image {} is larger than the expected {size} bytes", self.uuid)).because(Cause::BadFile));
            }
        }
        self.digests.as_mut().expect("the digests run until finish").update(data)?;
        Ok(())
    }

    /// Take the complete file at `path` (in the image's directory, written
    /// by a tool) as the file: it is hashed by reading it, then renamed in
    /// place of the partial file.
    pub fn adopt(&mut self, path: &std::path::Path) -> Result<()> {
        use std::io::Read;
        let step = |what: &str, e: std::io::Error| Error::io(format!("{what} {}", path.display()), &e);
        let mut file = File::open(path).map_err(|e| step("opening", e))?;
        loop {
            let mut buf = bytes::BytesMut::zeroed(1 << 20);
            let n = file.read(&mut buf).map_err(|e| step("reading", e))?;
            if n == 0 {
                break;
            }
            buf.truncate(n);
            self.count(&buf.freeze())?;
            self.written += n as u64;
            self.done.store(self.written, Ordering::Relaxed);
        }
        drop(self.file.take());
        std::fs::rename(path, &self.partial).map_err(|e| step("renaming", e))?;
        self.file = Some(File::options().write(true).open(&self.partial).map_err(|e| Error::io(format!("opening {}", self.partial.display()), &e))?);
        Ok(())
    }

    /// Record `oci` in the manifest with the file.
    pub fn set_oci(&mut self, oci: crate::OciConfig) {
        self.oci = Some(oci);
    }

    /// The file is complete: verify it, make it durable and record it.
    pub fn finish(mut self) -> Result<Manifest> {
        let result = self.complete();
        if let Err(e) = &result {
            self.failure = Some(e.message.clone());
        }
        result
    }

    fn complete(&mut self) -> Result<Manifest> {
        let sums = self.digests.take().expect("the digests run until finish").finish()?;
        let (sha256, sha1, md5) = (sums.sha256, sums.sha1, sums.md5);
        // 1. Exactly what the client expected, or nothing is kept.
        let mismatch = |what: &str, want: &str, got: &str| {
            Error::invalid(format!("the file of image {} has {what} {got}, not the expected {want}; it was not kept", self.uuid)).because(Cause::BadFile)
        };
        if let Some(want) = &self.expect.size {
            if *want != self.written {
                return Err(mismatch("size", &want.to_string(), &self.written.to_string()));
            }
        }
        if let Some(want) = &self.expect.sha256 {
            if !want.eq_ignore_ascii_case(&sha256) {
                return Err(mismatch("sha256", want, &sha256));
            }
        }
        if let Some(want) = &self.expect.sha1 {
            if !want.eq_ignore_ascii_case(&sha1) {
                return Err(mismatch("sha1", want, &sha1));
            }
        }
        if self.written == 0 {
            return Err(Error::invalid(format!("the file of image {} is empty; it was not kept", self.uuid)).because(Cause::BadFile));
        }
        // 2. On disk before it gets its name.
        let file = self.file.take().expect("the file is open until finish");
        file.sync_all().map_err(|e| Error::io(format!("syncing {}", self.partial.display()), &e))?;
        drop(file);
        let dir = self.store.image_dir(&self.uuid);
        std::fs::rename(&self.partial, dir.join("file")).map_err(|e| Error::io(format!("renaming {}", self.partial.display()), &e))?;
        manifest::sync_dir(&dir)?;
        // 3. The manifest vouches for it last.
        let mut images = self.store.lock();
        let entry = images.get_mut(&self.uuid).ok_or_else(|| crate::no_image(&self.uuid))?;
        let mut m = entry.manifest.clone();
        (m.size, m.sha256, m.sha1, m.error) = (Some(self.written), Some(sha256), Some(sha1), None);
        m.content_md5 = Some(md5);
        m.oci = self.oci.take();
        if m.state == State::Downloading {
            m.state = State::Unactivated;
        }
        // A failure after the new manifest took its place leaves it there:
        // the file is the image's then, as a restart would find it.
        if let Some(e) = manifest::save_or_check(&dir.join("manifest.json"), &m)? {
            log::warn!("store: image {}: {e}; the new manifest is in place all the same", self.uuid);
        }
        entry.manifest = m.clone();
        entry.busy = None;
        self.finished = true;
        log::info!("store: image {}: file of {} bytes stored, sha256 {}", self.uuid, self.written, m.sha256.as_deref().unwrap_or(""));
        Ok(m)
    }
}

impl Drop for Ingest {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        if self.download {
            let why = self.failure.take().unwrap_or_else(|| "the download stopped before it was complete".into());
            self.mark_failed(&why);
            return;
        }
        drop(self.file.take());
        let _ = std::fs::remove_file(&self.partial);
        let _ = std::fs::remove_file(self.store.image_dir(&self.uuid).join("file"));
        if let Some(entry) = self.store.lock().get_mut(&self.uuid) {
            entry.busy = None;
        }
        log::info!("store: image {}: the file that was arriving was dropped after {} bytes", self.uuid, self.written);
    }
}
