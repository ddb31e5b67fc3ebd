//! The image store seen from the object graph: the store's operations for
//! the API, with who uses each image (loopback attachments with `base:
//! image`) filled in from the graph, and files added (or OCI images
//! imported) from paths on the node or inside a mount, opened with the same
//! confinement as loopback files.

use crate::attach::Attachment;
use crate::error::{Error, Result};
use crate::kernel::path;
use crate::Backend;
use imageapi_generated::models;
use imageapi_store::{Expect, Filter, Manifest, NewImage};

/// A loopback attachment of a stored image: the device, and the store's
/// hold on the image for as long as the device lives (from before it is
/// in the graph, so a delete racing its creation still answers 409).
#[derive(Debug)]
pub struct Held {
    pub inner: Box<dyn Attachment>,
    pub _hold: imageapi_store::Hold,
}

impl Attachment for Held {
    fn device_file(&self) -> &std::path::Path {
        self.inner.device_file()
    }
    fn read_only(&self) -> bool {
        self.inner.read_only()
    }
    fn describe(&self, model: &mut models::Attach) {
        self.inner.describe(model)
    }
    fn detach(&mut self, force: bool) -> Result<()> {
        self.inner.detach(force)
    }
    fn identity(&self) -> serde_json::Value {
        self.inner.identity()
    }
}

impl Backend {
    pub fn store(&self) -> &imageapi_store::Store {
        &self.store
    }

    pub fn create_image(&self, model: &models::Image) -> Result<models::Image> {
        let new = NewImage {
            name: model.name.clone(),
            version: model.version.clone(),
            kind: model.r#type.to_string(),
            os: model.os.clone(),
            description: model.description.clone(),
            tags: model.tags.clone().unwrap_or_default().into_iter().collect(),
            imgapi: None,
        };
        let m = self.store.create(new)?;
        self.image_model(m)
    }

    pub fn list_images(&self, filter: Filter) -> Result<Vec<models::Image>> {
        self.store.list(&filter)?.into_iter().map(|m| self.image_model(m)).collect()
    }

    pub fn set_image_state(&self, uuid: &str, action: &str) -> Result<models::Image> {
        let m = self.store.set_state(uuid, action)?;
        self.image_model(m)
    }

    /// Delete an image nothing uses (the store asks the graph itself).
    pub fn delete_image(&self, uuid: &str) -> Result<models::Image> {
        let m = self.store.delete(uuid)?;
        self.image_model(m)
    }

    /// Copy an image's file from the node or from inside a mount.
    pub fn import_image_file(&self, uuid: &str, source: &models::ImageSource) -> Result<models::Image> {
        imageapi_store::manifest::check_uuid(uuid)?;
        let expect = Expect { sha256: source.sha256.clone(), sha1: source.sha1.clone(), size: None };
        expect.check()?;
        let (found, what) = self.find_source(&source.path, source.base, source.mount_id)?;
        let kind = kind_of(&found, &what)?;
        if kind != Kind::File {
            return Err(Error::invalid(format!("source.path: {what} is {}, not a regular file", kind.name())));
        }
        let file = path::reopen(&found, libc::O_RDONLY).map_err(|e| path::open_error(&what, e))?;
        // Copy it through the store, which hashes and verifies it.
        let mut ingest = self.store.begin_ingest(uuid, expect)?;
        let mut reader = std::io::BufReader::with_capacity(1 << 20, file);
        loop {
            use std::io::BufRead;
            let chunk = reader.fill_buf().map_err(|e| Error::io(format!("reading {what}"), &e))?;
            if chunk.is_empty() {
                break;
            }
            let n = chunk.len();
            ingest.write(chunk)?;
            reader.consume(n);
        }
        let m = ingest.finish()?;
        self.image_model(m)
    }

    /// Import an OCI image (a layout directory, or a tar archive) from the
    /// node or from inside a mount as the image's squashfs file.
    pub fn import_image_oci(&self, uuid: &str, source: &models::ImageOciSource) -> Result<models::Image> {
        imageapi_store::manifest::check_uuid(uuid)?;
        let (found, what) = self.find_source(&source.path, source.base, source.mount_id)?;
        let flags = match kind_of(&found, &what)? {
            Kind::Dir => libc::O_RDONLY | libc::O_DIRECTORY,
            Kind::File => libc::O_RDONLY,
            other => {
                return Err(Error::invalid(format!(
                    "source.path: {what} is {}, neither a directory (an OCI layout) nor a regular file (a tar archive)",
                    other.name()
                )))
            }
        };
        let file = path::reopen(&found, flags).map_err(|e| path::open_error(&what, e))?;
        let import = self.store.begin_oci(uuid, source.size_limit.map(|n| n as u64))?;
        let source_of = if flags & libc::O_DIRECTORY != 0 {
            imageapi_store::oci::Source::Dir(file)
        } else {
            imageapi_store::oci::Source::tar(file, &what)?
        };
        let m = import.import(source_of, source.tag.as_deref())?;
        self.image_model(m)
    }

    /// Import an OCI image archive given in memory (the generated router's
    /// upload; the server streams uploads before the router sees them).
    pub fn upload_image_oci_bytes(&self, uuid: &str, data: &[u8], tag: Option<&str>, limit: Option<u64>) -> Result<models::Image> {
        let mut import = self.store.begin_oci(uuid, limit)?;
        import.spool(data)?;
        let m = import.import_spooled(tag)?;
        self.image_model(m)
    }

    /// Find a source path the way a loopback file is found: absolute on
    /// the node, or confined to the mount it names, and without opening it
    /// (`O_PATH`: a FIFO, socket or device node is never opened, so none
    /// can block the request or act on being opened). Returns the
    /// descriptor and how messages name the file.
    fn find_source(&self, path_in: &str, base: models::MountBindBase, mount_id: Option<i64>) -> Result<(std::fs::File, String)> {
        let base = match (base, mount_id) {
            (models::MountBindBase::Root, None) => None,
            (models::MountBindBase::Root, Some(_)) => {
                return Err(Error::invalid("source: base is \"root\" but mount_id was given (use base \"mount\")"))
            }
            (models::MountBindBase::Mount, Some(id)) => {
                let id = crate::spec::object_id("mount", id)?;
                Some(self.read().mountpoint(id)?)
            }
            (models::MountBindBase::Mount, None) => return Err(Error::invalid("source: base is \"mount\" but no mount_id was given")),
        };
        if base.is_none() && !path_in.starts_with('/') {
            return Err(Error::invalid(format!("source.path: \"{path_in}\" must be an absolute path when base is \"root\"")));
        }
        if path_in.contains(['\0', '\n', '\r']) {
            return Err(Error::invalid("source.path: must not contain NUL or line breaks"));
        }
        let what = path::describe(base.as_deref(), path_in);
        let file = match &base {
            Some(root) => path::open_in_root(root, path_in, libc::O_PATH),
            None => path::open_on_root(path_in, libc::O_PATH),
        }
        .map_err(|e| path::open_error(&what, e))?;
        Ok((file, what))
    }

    /// Start downloading an image's file in the background, with the
    /// checks and limits of a `uri` mount and the fetcher it uses.
    pub fn download_image_file(&self, uuid: &str, source: &models::ImageDownload) -> Result<models::Image> {
        imageapi_store::manifest::check_uuid(uuid)?;
        let as_uri = models::MountUri {
            url: source.url.clone(),
            sha256: source.sha256.clone(),
            format: Some(models::MountUriFormat::File),
            size_limit: source.size_limit,
            image: None,
        };
        crate::mount::check_uri("source", &as_uri)?;
        let limit = source.size_limit.map(|n| n as u64).unwrap_or(crate::mount::URI_SIZE_LIMIT);
        let expect = Expect { sha256: source.sha256.clone(), sha1: source.sha1.clone(), size: None };
        expect.check()?;
        let ingest = self.store.begin_download(uuid, expect)?;
        let url = source.url.clone();
        let started = self.store.get(uuid)?;
        std::thread::Builder::new()
            .name(format!("download-{}", &uuid[..8]))
            .spawn(move || download(ingest, &url, limit))
            .map_err(|e| Error::internal(format!("starting the download of image {uuid}: {e}")))?;
        self.image_model(started)
    }

    /// Store a whole file given in memory (the generated router's upload;
    /// the server streams uploads before the router sees them).
    pub fn upload_image_bytes(&self, uuid: &str, data: &[u8], expect: Expect) -> Result<models::Image> {
        let mut ingest = self.store.begin_ingest(uuid, expect)?;
        ingest.write(data)?;
        let m = ingest.finish()?;
        self.image_model(m)
    }

    /// A manifest as the API's model, with the attachments that use it.
    fn image_model(&self, m: Manifest) -> Result<models::Image> {
        let users = self.read().image_users(&m.uuid);
        let mut value = serde_json::to_value(&m).map_err(|e| Error::internal(format!("rendering image {}: {e}", m.uuid)))?;
        value["users"] = serde_json::json!(users);
        if let Some(o) = value.as_object_mut() {
            o.remove("imgapi");
            o.remove("content_md5");
        }
        serde_json::from_value(value).map_err(|e| Error::internal(format!("rendering image {}: {e}", m.uuid)))
    }
}

/// What a source path names, as far as a copy or an import cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    File,
    Dir,
    Other(&'static str),
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::File => "a regular file",
            Kind::Dir => "a directory",
            Kind::Other(name) => name,
        }
    }
}

/// The type of the file `found` (an `O_PATH` descriptor) refers to.
fn kind_of(found: &std::fs::File, what: &str) -> Result<Kind> {
    use std::os::unix::fs::FileTypeExt;
    let t = found.metadata().map_err(|e| Error::io(format!("examining {what}"), &e))?.file_type();
    Ok(if t.is_file() {
        Kind::File
    } else if t.is_dir() {
        Kind::Dir
    } else if t.is_fifo() {
        Kind::Other("a FIFO")
    } else if t.is_socket() {
        Kind::Other("a socket")
    } else if t.is_block_device() {
        Kind::Other("a block device")
    } else if t.is_char_device() {
        Kind::Other("a character device")
    } else {
        Kind::Other("a special file")
    })
}

/// The download thread: fetch, write through the store, finish or fail.
fn download(mut ingest: imageapi_store::Ingest, url: &str, limit: u64) {
    let what = format!("image {}", ingest.uuid());
    let fetched = crate::mount::uri_fetch::open(url).and_then(|source| {
        if let Some(n) = source.length {
            if n > limit {
                return Err(Error::invalid(format!("{url} is {n} bytes, over the size limit of {limit}")));
            }
            ingest.set_total(n);
        }
        source.pump(limit, false, &what, |reader| {
            let mut buf = vec![0u8; 1 << 20];
            loop {
                let n = reader.read(&mut buf).map_err(|e| Error::io(format!("downloading {url}"), &e))?;
                if n == 0 {
                    return Ok(());
                }
                ingest.write(&buf[..n]).map_err(Error::from)?;
            }
        })
    });
    match fetched {
        Ok(_) => {
            if let Err(e) = ingest.finish() {
                log::info!("{what}: {e}");
            }
        }
        Err(e) => ingest.fail(&e.message),
    }
}
