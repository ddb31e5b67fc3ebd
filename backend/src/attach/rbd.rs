//! `rbd` attachments: a Ceph RBD image mapped by the kernel rbd driver
//! through `/sys/bus/rbd` (`Documentation/ABI/testing/sysfs-bus-rbd`).
//!
//! Mapping, step by step:
//! 1. the kernel must have the driver (`/sys/bus/rbd`), else 501;
//! 2. the same image (pool, namespace, image, snapshot) must not be mapped
//!    already: a second mapping of one image is refused with 409 naming the
//!    device, because sharing is what references (`{"id": N}`) are for and
//!    two writers on one image corrupt it;
//! 3. the cephx secret goes into the kernel keyring and the options name it
//!    (`key=`), so it is never written to sysfs or logged;
//! 4. `<mons> <options> <pool> <image> <snap>` is written to
//!    `add_single_major` (or `add` where the module has no single major);
//! 5. the new device is the entry of `/sys/bus/rbd/devices` that was not
//!    there before and whose pool, namespace, image, snapshot and
//!    `config_info` are ours: found by what it is, never by guessing ids;
//! 6. the key is revoked (libceph copied it while parsing), and we wait
//!    for `/dev/rbd<id>`.
//!
//! Unmapping writes `<id>` (or `<id> force` when asked) to
//! `remove_single_major` / `remove`. A restarted server re-adopts a
//! mapping whose device still shows the same image.

mod options;

pub use options::check;

use super::Attachment;
use crate::error::{Error, Result};
use crate::kernel::keyring::Key;
use crate::kernel::sysfs;
use imageapi_generated::models;
use options::{Image, HEAD};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// How long the device entry and node may take to appear after the write.
const APPEAR_TIMEOUT: Duration = Duration::from_secs(10);

/// Where the driver finds the kernel: the sysfs bus, the device nodes, and
/// the key type libceph reads (`ceph`; tests use `user`, which every
/// kernel has, to check the keyring path for real).
#[derive(Debug, Clone)]
struct Bus {
    dir: PathBuf,
    dev: PathBuf,
    key_type: &'static str,
}

#[derive(Debug)]
struct Mapping {
    bus: Bus,
    image: Image,
    dev_id: u64,
    device_file: PathBuf,
    force: bool,
    mapped: bool,
}

pub fn attach(spec: &models::AttachRbd) -> Result<Box<dyn Attachment>> {
    Ok(Box::new(Bus::from_env().map(spec)?))
}

/// Find a mapping a previous run made: the device must still be there and
/// still be the same image.
pub fn adopt(identity: &serde_json::Value) -> Result<Box<dyn Attachment>> {
    Ok(Box::new(Bus::from_env().adopt(identity)?))
}

impl Bus {
    fn adopt(&self, identity: &serde_json::Value) -> Result<Mapping> {
        let bus = self.clone();
        let text = |k: &str| identity[k].as_str().unwrap_or_default().to_string();
        let dev_id = identity["dev_id"].as_u64().ok_or_else(|| Error::internal("saved rbd attachment lacks dev_id"))?;
        let image =
            Image { pool: text("pool"), namespace: text("namespace"), image: text("image"), snap: text("snap") };
        if !bus.is_image(dev_id, &image) {
            return Err(Error::not_found(format!(
                "rbd device {dev_id} is gone or now maps another image than {image}"
            )));
        }
        let device_file = bus.dev.join(format!("rbd{dev_id}"));
        let force = identity["force"].as_bool().unwrap_or(false);
        Ok(Mapping { bus, image, dev_id, device_file, force, mapped: true })
    }

    fn from_env() -> Bus {
        Bus { dir: sysfs::root().join("bus/rbd"), dev: sysfs::dev_root(), key_type: "ceph" }
    }

    fn map(&self, spec: &models::AttachRbd) -> Result<Mapping> {
        // 1. Nothing is done on a kernel without the driver.
        if !self.dir.is_dir() {
            return Err(Error::unsupported(format!(
                "rbd attachments need the kernel rbd driver, which this kernel lacks ({} is missing): load the rbd module",
                self.dir.display()
            )));
        }
        let image = options::image("attach.rbd", spec)?;
        let mons = options::monitors("attach.rbd", &spec.monitors)?;
        // 2. One mapping per image.
        let before = self.device_ids();
        if let Some(id) = before.iter().find(|id| self.is_image(**id, &image)) {
            return Err(Error::busy(format!(
                "rbd image {image} is already mapped as {} (rbd device {id}); use the attachment that holds it (by its id) instead of mapping it again",
                self.dev.join(format!("rbd{id}")).display()
            )));
        }
        // 3. The secret goes to the keyring, under a name of our own.
        let opts = spec.options.as_ref();
        let key = match opts.and_then(|o| o.secret.as_deref()) {
            Some(secret) => Some(self.add_key(&options::secret_bytes("attach.rbd", secret)?)?),
            None => None,
        };
        let option_string = options::map_options("attach.rbd", opts, key.as_ref().map(Key::description))?;
        let line = options::add_line(&mons, &option_string, &image);
        // 4. Map. The write returns once the kernel set the device up.
        let add = self.control("add");
        log::debug!("rbd: writing \"{line}\" to {}", add.display());
        sysfs::write_attr(&add, &line).map_err(|e| {
            map_error(&format!("mapping rbd image {image} from {mons} (writing {})", add.display()), &e)
        })?;
        // 5. Find the device by what it is.
        let found = sysfs::wait_for(APPEAR_TIMEOUT, || {
            let new: Vec<u64> = self
                .device_ids()
                .difference(&before)
                .copied()
                .filter(|id| self.is_image(*id, &image) && self.is_config(*id, &line))
                .collect();
            (!new.is_empty()).then_some(new)
        });
        // 6. libceph has copied the key by now.
        drop(key);
        let dev_id = match found.as_deref() {
            Some([id]) => *id,
            Some(ids) => {
                return Err(Error::internal(format!(
                    "mapped rbd image {image}, but rbd devices {ids:?} all match it (mapped at the same time by someone else?); none was removed"
                )))
            }
            None => {
                return Err(Error::internal(format!(
                    "mapped rbd image {image}, but no new entry for it appeared in {}",
                    self.dir.join("devices").display()
                )))
            }
        };
        let mut mapping = Mapping {
            bus: self.clone(),
            device_file: self.dev.join(format!("rbd{dev_id}")),
            image,
            dev_id,
            force: opts.and_then(|o| o.force).unwrap_or(false),
            mapped: true,
        };
        if sysfs::wait_for(APPEAR_TIMEOUT, || mapping.device_file.exists().then_some(())).is_none() {
            let err = Error::internal(format!(
                "rbd device {dev_id} was mapped but {} did not appear (is devtmpfs mounted on {}?)",
                mapping.device_file.display(),
                self.dev.display()
            ));
            if let Err(e) = mapping.detach(true) {
                log::error!("undoing the mapping of {}: {e}", mapping.image);
            }
            return Err(err);
        }
        log::info!("mapped rbd image {} as {} (rbd device {dev_id})", mapping.image, mapping.device_file.display());
        Ok(mapping)
    }

    /// `add_single_major` when the module offers it (then `add` refuses),
    /// otherwise `add`; the same for `remove`.
    fn control(&self, verb: &str) -> PathBuf {
        let single = self.dir.join(format!("{verb}_single_major"));
        if single.exists() {
            single
        } else {
            self.dir.join(verb)
        }
    }

    fn device_ids(&self) -> BTreeSet<u64> {
        let Ok(entries) = std::fs::read_dir(self.dir.join("devices")) else { return BTreeSet::new() };
        entries.filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok()).collect()
    }

    fn attr(&self, id: u64, name: &str) -> Option<String> {
        sysfs::read_attr(&self.dir.join("devices").join(id.to_string()).join(name))
    }

    fn is_image(&self, id: u64, img: &Image) -> bool {
        self.attr(id, "pool").as_deref() == Some(img.pool.as_str())
            && self.attr(id, "name").as_deref() == Some(img.image.as_str())
            && self.attr(id, "current_snap").as_deref().unwrap_or(HEAD) == img.snap
            // Kernels before pool namespaces have no pool_ns: only the default one.
            && self.attr(id, "pool_ns").unwrap_or_default() == img.namespace
    }

    /// `config_info` (root only) holds the very line that made the device;
    /// where the kernel has it, it must be ours.
    fn is_config(&self, id: u64, line: &str) -> bool {
        match self.attr(id, "config_info") {
            Some(info) => info == line,
            None => true,
        }
    }

    fn add_key(&self, payload: &[u8]) -> Result<Key> {
        static SEQ: AtomicU64 = AtomicU64::new(1);
        let description = format!("imageapi-rbd-{}-{}", std::process::id(), SEQ.fetch_add(1, Ordering::Relaxed));
        Key::add(self.key_type, &description, payload).map_err(|errno| match errno {
            nix::errno::Errno::ENODEV => Error::unsupported(format!(
                "the kernel keyring has no \"{}\" key type to hold the cephx secret: load the libceph module",
                self.key_type
            )),
            e => Error::kernel("adding the cephx secret to the kernel keyring", e),
        })
    }
}

/// The kernel answers a failed map with an errno; say what it means for rbd.
fn map_error(step: &str, e: &std::io::Error) -> Error {
    use nix::errno::Errno;
    match e.raw_os_error().map(Errno::from_raw) {
        Some(Errno::ENOENT) => {
            Error::not_found(format!("{step}: the pool, namespace, image or snapshot does not exist"))
        }
        Some(Errno::EINVAL) => Error::new(
            crate::error::Kind::Unprocessable,
            format!("{step}: the kernel refused the options (Invalid argument; its log says which)"),
        ),
        Some(Errno::EACCES) | Some(Errno::EPERM) => {
            Error::new(crate::error::Kind::Unprocessable, format!("{step}: the cluster refused the credentials ({e})"))
        }
        _ => Error::io(step, e),
    }
}

impl Attachment for Mapping {
    fn device_file(&self) -> &Path {
        &self.device_file
    }

    fn identity(&self) -> serde_json::Value {
        serde_json::json!({
            "dev_id": self.dev_id,
            "pool": self.image.pool,
            "namespace": self.image.namespace,
            "image": self.image.image,
            "snap": self.image.snap,
            "force": self.force,
        })
    }

    fn describe(&self, model: &mut models::Attach) {
        if let Some(r) = model.rbd.as_mut() {
            r.device_id = Some(self.dev_id as i64);
        }
    }

    fn detach(&mut self, force: bool) -> Result<()> {
        if !self.mapped {
            return Ok(());
        }
        let remove = self.bus.control("remove");
        let line = if force || self.force { format!("{} force", self.dev_id) } else { self.dev_id.to_string() };
        match sysfs::write_attr(&remove, &line) {
            Ok(()) => {}
            // Already gone (unmapped by hand): teardown is idempotent.
            Err(e) if e.raw_os_error() == Some(libc::ENOENT) => {}
            Err(e) if e.raw_os_error() == Some(libc::EBUSY) => {
                return Err(Error::busy(format!(
                    "{} is open (mounted or held by a process); unmount it first or use force=true",
                    self.device_file.display()
                )))
            }
            Err(e) => {
                return Err(Error::io(
                    format!("unmapping rbd device {} (writing {})", self.dev_id, remove.display()),
                    &e,
                ))
            }
        }
        self.mapped = false;
        // The kernel removes the entry before the write returns; wait for a
        // slower one rather than report a device that is still there.
        let entry = self.bus.dir.join("devices").join(self.dev_id.to_string());
        if sysfs::wait_for(APPEAR_TIMEOUT, || (!entry.exists()).then_some(())).is_none() {
            log::warn!("rbd device {} is still listed in {} after its removal", self.dev_id, entry.display());
        }
        log::info!("unmapped rbd image {} ({})", self.image, self.device_file.display());
        Ok(())
    }
}

#[cfg(test)]
mod tests;
