//! `uri` mounts: a file downloaded over HTTP(S) into a ramdisk (tmpfs),
//! then unpacked (a tar archive, plain or compressed) or kept as it is
//! (`format: file`, named after the last segment of the URL's path, e.g.
//! a squashfs image for a loopback attachment with `base: mount`).
//!
//! Step by step:
//! 1. GET the URL and read the response head; a refusal or a
//!    Content-Length over the limit fails before anything is made;
//! 2. mount a tmpfs (`nodev,nosuid`) on the mountpoint, sized for the
//!    download: the Content-Length (for a file) or the size limit (for an
//!    archive, whose unpacked size is unknown), plus room for metadata,
//!    with one inode per 4 KiB of that size;
//! 3. stream the body into it (see [`fetch`] and [`unpack`]);
//! 4. check the length and the sha256;
//! 5. remount it read-only: what was checked stays what was checked.
//!
//! Any failure unmounts the tmpfs and removes the mountpoint, so a partial
//! download never outlives its request.
//!
//! `size_limit` bounds both the bytes downloaded and the space the
//! contents take in RAM (default [`DEFAULT_SIZE_LIMIT`]).
//!
//! With `image`, `url` is another server's store and step 1 reads the
//! image's manifest there first (see [`store_image`]): the file, its
//! sha256 and its size are the store's.

pub(crate) mod fetch;
mod store_image;
mod unpack;

use super::{make_mountpoint, Mounted, Simple};
use crate::dirs::Dirs;
use crate::error::{Error, Kind, Result};
use crate::kernel::mount as km;
use imageapi_generated::models::{self, MountUriFormat as Format};
use nix::mount::MsFlags;
use std::path::Path;

/// The size limit when the definition gives none: 4 GiB.
pub const DEFAULT_SIZE_LIMIT: u64 = 4 << 30;
/// Room in the tmpfs beyond the data (each file rounds up to whole pages;
/// directories take no blocks, only inodes).
const MARGIN: u64 = 16 << 20;

/// Check everything about `spec` that can be checked without the network.
pub fn check(at: &str, spec: &models::MountUri) -> Result<()> {
    plan(at, spec).map(drop)
}

/// A checked definition.
#[derive(Debug)]
struct Plan {
    url: String,
    format: Format,
    /// The file name for `format: file`.
    file: Option<String>,
    limit: u64,
    sha256: Option<String>,
    /// An image of the store at `url`.
    image: Option<store_image::Name>,
}

fn plan(at: &str, spec: &models::MountUri) -> Result<Plan> {
    let bad = |why: &str| Error::invalid(format!("{at}.url: \"{}\" {why}", spec.url.escape_debug()));
    let uri: ureq::http::Uri = spec.url.parse().map_err(|_| bad("is not a URL"))?;
    if !matches!(uri.scheme_str(), Some("http") | Some("https")) {
        return Err(bad("is not an http:// or https:// URL"));
    }
    let Some(authority) = uri.authority() else { return Err(bad("has no host")) };
    if authority.as_str().contains('@') {
        return Err(bad("holds credentials; they would end up in logs and answers"));
    }
    let format = spec.format.unwrap_or(Format::File);
    let image = spec.image.as_deref().map(|i| store_image::parse(at, i)).transpose()?;
    if image.is_some() && uri.query().is_some() {
        return Err(bad("has a query; with image it is the base URL of a store's serve listener"));
    }
    let file = match format {
        Format::File if image.is_some() => Some("file".to_string()),
        Format::File => {
            let last = uri.path().rsplit('/').next().unwrap_or_default();
            let name = percent_decode(last).ok_or_else(|| bad("has a malformed %-escape in its last path segment"))?;
            if name.is_empty() || name == "." || name == ".." || name.contains(['/', '\0']) || name.len() > 255 {
                return Err(bad("does not end in a file name (format \"file\" names the file after the last path segment)"));
            }
            Some(name)
        }
        _ => None,
    };
    let limit = match spec.size_limit {
        Some(n) if n < 1 => return Err(Error::invalid(format!("{at}.size_limit: {n} is not a positive number of bytes"))),
        Some(n) => n as u64,
        None => DEFAULT_SIZE_LIMIT,
    };
    let sha256 = match &spec.sha256 {
        Some(h) if h.len() == 64 && h.chars().all(|c| c.is_ascii_hexdigit()) => Some(h.to_ascii_lowercase()),
        Some(h) => return Err(Error::invalid(format!("{at}.sha256: \"{}\" is not 64 hex digits", h.escape_debug()))),
        None => None,
    };
    Ok(Plan { url: spec.url.clone(), format, file, limit, sha256, image })
}

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = std::str::from_utf8(b.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

pub fn mount(id: u64, spec: &models::MountUri, dirs: &Dirs) -> Result<Box<dyn Mounted>> {
    let mut plan = plan("mount.uri", spec)?;
    let what = format!("mount {id} ({})", plan.url);
    // 1. Ask first: a refusal costs no mount. An image's manifest first.
    let expected_size = match plan.image.take() {
        Some(name) => Some(from_store(&mut plan, &name)?),
        None => None,
    };
    let source = fetch::open(&plan.url)?;
    if let (Some(want), Some(got)) = (expected_size, source.length) {
        if want != got {
            return Err(Error::new(
                Kind::Unprocessable,
                format!("downloading {}: the store sends {got} bytes, but the image's manifest says {want}", plan.url),
            ));
        }
    }
    if let Some(len) = source.length.filter(|len| *len > plan.limit) {
        return Err(Error::new(
            Kind::Unprocessable,
            format!("downloading {}: it is {len} bytes, larger than the size limit of {} bytes", plan.url, plan.limit),
        ));
    }
    // 2. A ramdisk sized for it.
    let size = match plan.format {
        Format::File => source.length.unwrap_or(plan.limit),
        _ => plan.limit,
    }
    .div_ceil(4096)
        * 4096
        + MARGIN;
    let target = dirs.mountpoint(id);
    make_mountpoint(&target, true)?;
    // Inodes are bounded as well as bytes: an empty directory or file costs
    // the kernel memory but no tmpfs block. One per page of the size.
    let data = format!("size={size},nr_inodes={},mode=0755", size / 4096);
    // Nothing a download brings is live on the node: no device nodes, no
    // set-id programs.
    let flags = MsFlags::MS_NODEV | MsFlags::MS_NOSUID;
    if let Err(errno) = km::mount(Path::new("imageapi-uri"), &target, Some("tmpfs"), flags, Some(&data)) {
        super::remove_mountpoint(&target);
        return Err(Error::kernel(format!("mounting a tmpfs ({data}) on {}", target.display()), errno));
    }
    let mut mounted = Simple { mountpoint: target.clone() };
    log::info!("{what}: downloading into a {} MiB tmpfs on {}", size >> 20, target.display());
    // 3.-5. Fill it, check it, freeze it; or take it all away again.
    match fill(&plan, source, &target, &what).and_then(|()| {
        km::mount(Path::new("imageapi-uri"), &target, None, flags | MsFlags::MS_REMOUNT | MsFlags::MS_RDONLY, Some(&data))
            .map_err(|e| Error::kernel(format!("remounting {} read-only", target.display()), e))
    }) {
        Ok(()) => Ok(Box::new(mounted)),
        Err(e) => {
            if let Err(undo) = mounted.unmount(true) {
                log::error!("{what}: removing the partial download: {undo}");
            }
            Err(e)
        }
    }
}

/// Point `plan` at the file of the store's image `name`, with the
/// manifest's sha256; returns the manifest's size.
fn from_store(plan: &mut Plan, name: &store_image::Name) -> Result<u64> {
    let image = store_image::resolve(&plan.url, name)?;
    if let Some(given) = &plan.sha256 {
        if *given != image.sha256 {
            return Err(Error::new(
                Kind::Unprocessable,
                format!("mount.uri.sha256: {given} is not the sha256 of the image in the store at {} ({})", plan.url, image.sha256),
            ));
        }
    }
    if image.size > plan.limit {
        return Err(Error::new(
            Kind::Unprocessable,
            format!("downloading {}: it is {} bytes, larger than the size limit of {} bytes", image.file_url, image.size, plan.limit),
        ));
    }
    // A body longer than the manifest's size is cut off there.
    plan.limit = image.size;
    (plan.url, plan.sha256) = (image.file_url, Some(image.sha256));
    Ok(image.size)
}

/// Stream the body into `target` and check what arrived.
fn fill(plan: &Plan, source: fetch::Source, target: &Path, what: &str) -> Result<()> {
    let (counts, received) = source.pump(plan.limit, plan.sha256.is_some(), what, |input| match &plan.file {
        Some(name) => unpack::keep_file(input, &target.join(name)),
        None => unpack::unpack(plan.format, input, target),
    })?;
    if let (Some(want), Some(got)) = (&plan.sha256, &received.sha256) {
        if want != got {
            return Err(Error::new(
                Kind::Unprocessable,
                format!("downloading {}: its sha256 is {got}, not the {want} asked for", plan.url),
            ));
        }
    }
    let secs = received.elapsed.as_secs_f64().max(1e-3);
    log::info!(
        "{what}: {} bytes in {:.2} s ({:.1} MiB/s), {} entries, {} bytes of files",
        received.bytes,
        secs,
        received.bytes as f64 / secs / (1 << 20) as f64,
        counts.entries,
        counts.bytes
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(json: &str) -> models::MountUri {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn definitions_are_checked() {
        let p = plan("m", &spec(r#"{"url":"https://example.org/images/root%20fs.sqsh?x=1"}"#)).unwrap();
        assert_eq!(p.file.as_deref(), Some("root fs.sqsh"));
        assert_eq!(p.limit, DEFAULT_SIZE_LIMIT);
        let p = plan("m", &spec(r#"{"url":"http://h/a.tgz","format":"tar.gz","size_limit":10,"sha256":"AB"}"#));
        assert!(p.unwrap_err().message.contains("sha256"));
        for (json, want) in [
            (r#"{"url":"ftp://h/x"}"#, "not an http"),
            (r#"{"url":"http://user:pw@h/x"}"#, "credentials"),
            (r#"{"url":"http://h/dir/"}"#, "does not end in a file name"),
            (r#"{"url":"http://h/a%2fb"}"#, "does not end in a file name"),
            (r#"{"url":"http://h/%2e%2e"}"#, "does not end in a file name"),
            (r#"{"url":"http://h/a%zz"}"#, "malformed"),
            (r#"{"url":"http://h/x","size_limit":0}"#, "size_limit"),
            (r#"{"url":"not a url"}"#, "not a URL"),
        ] {
            let err = plan("mount.uri", &spec(json)).unwrap_err();
            assert_eq!(err.kind.status(), 400, "{json}");
            assert!(err.message.contains(want), "{json}: {}", err.message);
        }
        // An archive needs no file name.
        assert!(plan("m", &spec(r#"{"url":"http://h/","format":"tar"}"#)).is_ok());
    }
}
