//! Image manifests: what a client says about an image (name, version,
//! type, ...), what the store learns about its file (size, checksums) and
//! the image's state; their checks, and their durable saving on disk.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

/// What an image's file is.
pub const TYPES: &[&str] = &["squashfs", "ext4", "xfs", "erofs", "iso", "tar", "kernel", "initrd", "file"];
/// The types a loop device can carry as a filesystem.
pub const ATTACHABLE: &[&str] = &["squashfs", "ext4", "xfs", "erofs"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Created, or its file was added but it was not activated yet.
    Unactivated,
    /// Its file is arriving (never saved: a restart finds it unactivated).
    Uploading,
    /// Its file is being downloaded in the background.
    Downloading,
    /// Served and attachable.
    Active,
    /// Hidden from new users; existing ones keep it.
    Disabled,
    /// Adding its file failed; `error` says why.
    Failed,
}

impl State {
    pub fn name(self) -> &'static str {
        match self {
            State::Unactivated => "unactivated",
            State::Uploading => "uploading",
            State::Downloading => "downloading",
            State::Active => "active",
            State::Disabled => "disabled",
            State::Failed => "failed",
        }
    }
}

/// A manifest as the API shows it (the `image` definition of swagger.yaml).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub uuid: String,
    pub name: String,
    pub version: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub os: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tags: BTreeMap<String, String>,
    pub state: State,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha1: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bytes_done: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bytes_total: Option<u64>,
    pub created: String,
    /// The file's MD5 in base64, sent as Content-MD5 (IMGAPI clients check it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_md5: Option<String>,
    /// When it was first activated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_at: Option<String>,
    /// IMGAPI fields this store has no use for (its `type` when it is not
    /// one of ours, `requirements`, the file's `compression`...), kept and
    /// given back to IMGAPI clients as they were.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imgapi: Option<serde_json::Map<String, serde_json::Value>>,
    /// For an image imported from an OCI image: how to start it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oci: Option<OciConfig>,
}

/// What an imported OCI image says about starting it (the `image_oci`
/// definition of swagger.yaml).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct OciConfig {
    /// The digest of the image manifest that was imported.
    pub digest: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entrypoint: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cmd: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_dir: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}

/// What a client gives to create an image.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct NewImage {
    pub name: String,
    pub version: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub os: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub tags: BTreeMap<String, String>,
    #[serde(skip)]
    pub imgapi: Option<serde_json::Map<String, serde_json::Value>>,
}

impl Manifest {
    /// Whether the file is complete (its checksums are known).
    pub fn has_file(&self) -> bool {
        self.sha256.is_some() && self.size.is_some()
    }
}

/// A name or version: what the stable paths of the serve listener can carry.
pub fn check_label(what: &str, value: &str) -> Result<()> {
    let ok_first = value.chars().next().is_some_and(|c| c.is_ascii_alphanumeric());
    let ok_rest = value.chars().all(|c| c.is_ascii_alphanumeric() || "._+-".contains(c));
    if !ok_first || !ok_rest || value.len() > 128 {
        return Err(Error::invalid(format!(
            "{what} \"{value}\" must be 1 to 128 letters, digits, '.', '_', '+' or '-', starting with a letter or digit"
        )));
    }
    Ok(())
}

pub fn check_new(new: &NewImage) -> Result<()> {
    check_label("name", &new.name)?;
    check_label("version", &new.version)?;
    if !TYPES.contains(&new.kind.as_str()) {
        return Err(Error::invalid(format!("type \"{}\" is not one of {}", new.kind, TYPES.join(", "))));
    }
    check_details(new.os.as_deref(), new.description.as_deref(), &new.tags)
}

/// The free-form fields a client sets at creation and may change later.
pub fn check_details(os: Option<&str>, description: Option<&str>, tags: &BTreeMap<String, String>) -> Result<()> {
    if os.is_some_and(|o| o.len() > 128) {
        return Err(Error::invalid("os is longer than 128 bytes"));
    }
    if description.is_some_and(|d| d.len() > 4096) {
        return Err(Error::invalid("description is longer than 4096 bytes"));
    }
    if tags.len() > 128 || tags.iter().any(|(k, v)| k.len() > 128 || v.len() > 1024) {
        return Err(Error::invalid("tags: at most 128 tags, keys of at most 128 bytes and values of at most 1024"));
    }
    Ok(())
}

/// A uuid as the store writes them: lower-case, hyphenated.
pub fn check_uuid(uuid: &str) -> Result<()> {
    match uuid::Uuid::parse_str(uuid) {
        Ok(u) if u.hyphenated().to_string() == uuid => Ok(()),
        _ => Err(Error::invalid(format!("\"{uuid}\" is not a uuid (lower-case, hyphenated)"))),
    }
}

/// Save `manifest` as `path`, durably: a temp file is written and synced,
/// renamed over the old one, and the directory synced, so a crash leaves
/// either the old manifest or the new one, never a torn one.
pub fn save(path: &Path, manifest: &Manifest) -> Result<()> {
    let stored = stored(manifest);
    let text = serde_json::to_vec_pretty(&stored).map_err(|e| Error::internal(format!("encoding manifest {}: {e}", stored.uuid)))?;
    let tmp = path.with_extension("json.tmp");
    let step = |what: &str, e: std::io::Error| Error::io(format!("{what} {}", tmp.display()), &e);
    let written = (|| {
        let mut f = std::fs::File::create(&tmp).map_err(|e| step("creating", e))?;
        f.write_all(&text).map_err(|e| step("writing", e))?;
        f.sync_all().map_err(|e| step("syncing", e))
    })();
    if written.is_err() {
        // On a full disk the half-written temp file would only take room.
        let _ = std::fs::remove_file(&tmp);
    }
    written?;
    std::fs::rename(&tmp, path).map_err(|e| Error::io(format!("renaming {} to {}", tmp.display(), path.display()), &e))?;
    sync_dir(path.parent().unwrap_or(Path::new("/")))
}

/// `manifest` as [`save`] writes it: transient states and progress are
/// never saved.
pub fn stored(manifest: &Manifest) -> Manifest {
    let mut stored = manifest.clone();
    if matches!(stored.state, State::Uploading) {
        stored.state = State::Unactivated;
    }
    stored.bytes_done = None;
    stored.bytes_total = None;
    stored
}

/// Save `manifest` as [`save`] does; when that fails, say whether the new
/// manifest took its place all the same (the rename was done, a sync after
/// it failed): then it is what a restart finds, and what the store must
/// show. `Ok(Some(e))` is such a failure, logged by the caller.
pub fn save_or_check(path: &Path, manifest: &Manifest) -> Result<Option<Error>> {
    match save(path, manifest) {
        Ok(()) => Ok(None),
        Err(e) => match load(path) {
            Ok(on_disk) if on_disk == stored(manifest) => Ok(Some(e)),
            _ => Err(e),
        },
    }
}

pub fn load(path: &Path) -> Result<Manifest> {
    let text = std::fs::read(path).map_err(|e| Error::io(format!("reading {}", path.display()), &e))?;
    serde_json::from_slice(&text).map_err(|e| Error::internal(format!("{} is not a manifest: {e}", path.display())))
}

/// fsync a directory, so a rename or unlink in it is on disk.
pub fn sync_dir(dir: &Path) -> Result<()> {
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| Error::io(format!("syncing the directory {}", dir.display()), &e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_fit_a_path_component() {
        assert!(check_label("name", "busybox").is_ok());
        assert!(check_label("version", "1.36.1-r2+b1").is_ok());
        assert!(check_label("name", "").is_err());
        assert!(check_label("name", "..").is_err());
        assert!(check_label("name", "a/b").is_err());
        assert!(check_label("name", &"x".repeat(129)).is_err());
    }

    #[test]
    fn uuids_are_lower_case_and_hyphenated() {
        assert!(check_uuid("6de01e97-d7ec-4906-bd8b-cb4eafdb7c8b").is_ok());
        assert!(check_uuid("6DE01E97-D7EC-4906-BD8B-CB4EAFDB7C8B").is_err());
        assert!(check_uuid("6de01e97d7ec4906bd8bcb4eafdb7c8b").is_err());
        assert!(check_uuid("../etc").is_err());
    }

    #[test]
    fn a_saved_manifest_never_keeps_a_transient_state() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("manifest.json");
        let m = Manifest {
            uuid: "6de01e97-d7ec-4906-bd8b-cb4eafdb7c8b".into(),
            name: "n".into(),
            version: "1".into(),
            kind: "file".into(),
            os: None,
            description: None,
            tags: BTreeMap::new(),
            state: State::Uploading,
            error: None,
            size: None,
            sha256: None,
            sha1: None,
            bytes_done: Some(5),
            bytes_total: None,
            created: "2026-01-01T00:00:00Z".into(),
            content_md5: None,
            published_at: None,
            imgapi: None,
            oci: None,
        };
        save(&path, &m).unwrap();
        let back = load(&path).unwrap();
        assert_eq!(back.state, State::Unactivated);
        assert_eq!(back.bytes_done, None);
    }
}
