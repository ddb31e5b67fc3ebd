//! Which image of a source to import, and what it is made of: the JSON of
//! an OCI image layout (`index.json`, image indexes, image manifests and
//! configurations) or of a `docker save` archive (`manifest.json`), read
//! into a [`Plan`]: the layers in order, each with the digest it is
//! verified against, and the configuration a client needs to start it.
//!
//! An index (or a `manifest.json`) of several images needs a tag; one of
//! a single image takes it. An image index of platforms is followed to
//! linux on the node's architecture.

use super::source::{self, Check, Source};
use crate::error::{Error, Result};
use crate::manifest::OciConfig;
use serde::Deserialize;
use std::collections::BTreeMap;

/// How a layer's tar is compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
    /// Unknown until its first bytes are read (docker save's layers).
    Sniff,
}

#[derive(Debug, Clone)]
pub struct Layer {
    /// Its file in the source.
    pub name: String,
    pub compression: Compression,
    pub check: Check,
    /// Whether `check` is of the uncompressed tar (a docker `diff_id`)
    /// rather than of the blob as stored.
    pub check_uncompressed: bool,
}

#[derive(Debug, Clone)]
pub struct Plan {
    pub layers: Vec<Layer>,
    pub config: OciConfig,
}

#[derive(Deserialize)]
struct Descriptor {
    #[serde(rename = "mediaType", default)]
    media_type: String,
    digest: String,
    size: u64,
    #[serde(default)]
    annotations: BTreeMap<String, String>,
    #[serde(default)]
    platform: Option<Platform>,
}

#[derive(Deserialize)]
struct Platform {
    #[serde(default)]
    architecture: String,
    #[serde(default)]
    os: String,
}

#[derive(Deserialize)]
struct Index {
    manifests: Vec<Descriptor>,
}

#[derive(Deserialize)]
struct ImageManifest {
    config: Descriptor,
    layers: Vec<Descriptor>,
}

#[derive(Deserialize, Default)]
struct Config {
    #[serde(default)]
    architecture: String,
    #[serde(default)]
    os: String,
    #[serde(default)]
    config: Option<RunConfig>,
    #[serde(default)]
    rootfs: Option<RootFs>,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "PascalCase")]
struct RunConfig {
    entrypoint: Option<Vec<String>>,
    cmd: Option<Vec<String>>,
    env: Option<Vec<String>>,
    working_dir: Option<String>,
    user: Option<String>,
}

#[derive(Deserialize)]
struct RootFs {
    #[serde(default)]
    diff_ids: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct DockerImage {
    config: String,
    #[serde(default)]
    repo_tags: Option<Vec<String>>,
    layers: Vec<String>,
}

const INDEX_TYPES: &[&str] = &["application/vnd.oci.image.index.v1+json", "application/vnd.docker.distribution.manifest.list.v2+json"];
/// How deep image indexes may nest.
const MAX_DEPTH: usize = 4;

/// The node's platform as OCI names it.
pub fn host_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        "x86" => "386",
        "powerpc64" => "ppc64le",
        other => other,
    }
}

/// Read the source's JSON and choose the image (`tag`, if given).
pub fn plan(src: &Source, tag: Option<&str>) -> Result<Plan> {
    if src.has("index.json")? {
        oci_plan(src, tag)
    } else if src.has("manifest.json")? {
        docker_plan(src, tag)
    } else {
        Err(Error::invalid("the source is neither an OCI image layout (no index.json) nor a docker save archive (no manifest.json)"))
    }
}

fn blob(digest: &str) -> Result<String> {
    Ok(format!("blobs/sha256/{}", source::sha256_of(digest)?))
}

/// One of `names` (each image's tags), by `tag` or because it is alone.
fn choose(names: &[Vec<String>], tag: Option<&str>, holder: &str) -> Result<usize> {
    let all = || {
        let mut tags: Vec<String> = names.iter().flatten().map(|t| format!("\"{t}\"")).collect();
        tags.dedup();
        if tags.is_empty() { "none".to_string() } else { tags.join(", ") }
    };
    match tag {
        Some(t) => names.iter().position(|n| n.iter().any(|x| x == t)).ok_or_else(|| {
            Error::invalid(format!("{holder} has no image tagged \"{}\"; its tags are: {}", t.escape_debug(), all()))
        }),
        None if names.len() == 1 => Ok(0),
        None if names.is_empty() => Err(Error::invalid(format!("{holder} lists no image"))),
        None => Err(Error::invalid(format!("{holder} holds {} images; choose one with tag (its tags are: {})", names.len(), all()))),
    }
}

fn oci_plan(src: &Source, tag: Option<&str>) -> Result<Plan> {
    if src.has("oci-layout")? {
        #[derive(Deserialize)]
        struct Layout {
            #[serde(rename = "imageLayoutVersion")]
            _version: String,
        }
        src.json::<Layout>("oci-layout", None, "the OCI layout marker")?;
    }
    let index: Index = src.json("index.json", None, "the image index")?;
    let names: Vec<Vec<String>> = index.manifests.iter().map(tags_of).collect();
    let chosen = choose(&names, tag, "index.json")?;
    let desc = &index.manifests[chosen];
    let tag = tag.map(str::to_string).or_else(|| names[chosen].first().cloned());
    resolve(src, desc, tag, 0)
}

/// The names an index gives a manifest: its ref name, and the image name
/// containerd (and so docker) records, with and without its registry.
fn tags_of(d: &Descriptor) -> Vec<String> {
    let mut names: Vec<String> = d.annotations.get("org.opencontainers.image.ref.name").cloned().into_iter().collect();
    if let Some(full) = d.annotations.get("io.containerd.image.name") {
        names.extend(with_short_forms(full));
    }
    names
}

/// A docker image name, and the shorter names docker gives it
/// (`docker.io/library/busybox:1` is also `busybox:1`).
fn with_short_forms(full: &str) -> Vec<String> {
    let mut names = vec![full.to_string()];
    for prefix in ["docker.io/library/", "docker.io/"] {
        if let Some(short) = full.strip_prefix(prefix) {
            names.push(short.to_string());
        }
    }
    names
}

/// Follow `desc` to an image manifest for this node, and plan it.
fn resolve(src: &Source, desc: &Descriptor, tag: Option<String>, depth: usize) -> Result<Plan> {
    let check = Check { sha256: source::sha256_of(&desc.digest)?, size: Some(desc.size) };
    let what = format!("the manifest {}", desc.digest);
    if INDEX_TYPES.contains(&desc.media_type.as_str()) {
        if depth >= MAX_DEPTH {
            return Err(Error::invalid(format!("image indexes nest deeper than {MAX_DEPTH} at {}", desc.digest)));
        }
        let index: Index = src.json(&blob(&desc.digest)?, Some(&check), &format!("the image index {}", desc.digest))?;
        let arch = host_arch();
        let fits = |d: &&Descriptor| d.platform.as_ref().is_some_and(|p| p.os == "linux" && p.architecture == arch);
        let Some(next) = index.manifests.iter().find(fits) else {
            let platforms: Vec<String> =
                index.manifests.iter().filter_map(|d| d.platform.as_ref()).map(|p| format!("{}/{}", p.os, p.architecture)).collect();
            return Err(Error::invalid(format!(
                "the image index {} has no image for linux/{arch}, the platform of this node (it has: {})",
                desc.digest,
                if platforms.is_empty() { "none".into() } else { platforms.join(", ") }
            )));
        };
        return resolve(src, next, tag, depth + 1);
    }
    let manifest: ImageManifest = src.json(&blob(&desc.digest)?, Some(&check), &what)?;
    let config_check = Check { sha256: source::sha256_of(&manifest.config.digest)?, size: Some(manifest.config.size) };
    let config: Config = src.json(&blob(&manifest.config.digest)?, Some(&config_check), &format!("the configuration {}", manifest.config.digest))?;
    check_platform(&config, &desc.digest)?;
    let mut layers = Vec::new();
    for d in &manifest.layers {
        let compression = compression_of(&d.media_type)
            .ok_or_else(|| Error::invalid(format!("layer {} has media type \"{}\", which is not a tar, tar+gzip or tar+zstd layer", d.digest, d.media_type.escape_debug())))?;
        layers.push(Layer {
            name: blob(&d.digest)?,
            compression,
            check: Check { sha256: source::sha256_of(&d.digest)?, size: Some(d.size) },
            check_uncompressed: false,
        });
    }
    Ok(Plan { layers, config: run_config(config, desc.digest.clone(), tag) })
}

fn compression_of(media_type: &str) -> Option<Compression> {
    let oci = media_type
        .strip_prefix("application/vnd.oci.image.layer.v1.")
        .or_else(|| media_type.strip_prefix("application/vnd.oci.image.layer.nondistributable.v1."));
    match (oci, media_type) {
        (Some("tar"), _) => Some(Compression::None),
        (Some("tar+gzip"), _) => Some(Compression::Gzip),
        (Some("tar+zstd"), _) => Some(Compression::Zstd),
        (_, "application/vnd.docker.image.rootfs.diff.tar.gzip" | "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip") => Some(Compression::Gzip),
        (_, "application/vnd.docker.image.rootfs.diff.tar") => Some(Compression::None),
        _ => None,
    }
}

/// An image made for another platform would not run here.
fn check_platform(config: &Config, digest: &str) -> Result<()> {
    let arch = host_arch();
    if (!config.os.is_empty() && config.os != "linux") || (!config.architecture.is_empty() && config.architecture != arch) {
        return Err(Error::invalid(format!(
            "the image {digest} is for {}/{}, not linux/{arch} (the platform of this node)",
            config.os, config.architecture
        )));
    }
    Ok(())
}

fn run_config(config: Config, digest: String, tag: Option<String>) -> OciConfig {
    let run = config.config.unwrap_or_default();
    OciConfig { digest, tag, entrypoint: run.entrypoint, cmd: run.cmd, env: run.env, working_dir: run.working_dir.filter(|w| !w.is_empty()), user: run.user.filter(|u| !u.is_empty()) }
}

fn docker_plan(src: &Source, tag: Option<&str>) -> Result<Plan> {
    let images: Vec<DockerImage> = src.json("manifest.json", None, "the docker save manifest")?;
    let names: Vec<Vec<String>> =
        images.iter().map(|i| i.repo_tags.iter().flatten().flat_map(|t| with_short_forms(t)).collect()).collect();
    let chosen = choose(&names, tag, "manifest.json")?;
    let image = &images[chosen];
    // The configuration is named by its digest: that is what it is verified against.
    let config_name = member(&image.config)?;
    let stem = config_name.rsplit('/').next().unwrap_or_default().trim_end_matches(".json");
    let digest = format!("sha256:{stem}");
    let sha256 = source::sha256_of(&digest)
        .map_err(|_| Error::invalid(format!("manifest.json names the configuration \"{}\", which is not named by its sha256", config_name.escape_debug())))?;
    let config: Config = src.json(&config_name, Some(&Check { sha256, size: None }), &format!("the configuration {digest}"))?;
    check_platform(&config, &digest)?;
    let diff_ids = config.rootfs.as_ref().map(|r| r.diff_ids.clone()).unwrap_or_default();
    if diff_ids.len() != image.layers.len() {
        return Err(Error::invalid(format!(
            "the configuration {digest} lists {} layer digests (rootfs.diff_ids) for the {} layers of manifest.json",
            diff_ids.len(),
            image.layers.len()
        )));
    }
    let mut layers = Vec::new();
    for (name, diff_id) in image.layers.iter().zip(&diff_ids) {
        layers.push(Layer {
            name: member(name)?,
            compression: Compression::Sniff,
            check: Check { sha256: source::sha256_of(diff_id)?, size: None },
            check_uncompressed: true,
        });
    }
    let tag = tag.map(str::to_string).or_else(|| names[chosen].first().cloned());
    Ok(Plan { layers, config: run_config(config, digest, tag) })
}

/// A file named by manifest.json: relative, and never `..`.
fn member(name: &str) -> Result<String> {
    let clean = name.trim_start_matches("./");
    if clean.is_empty() || clean.starts_with('/') || clean.split('/').any(|p| p == "..") {
        return Err(Error::invalid(format!("manifest.json names \"{}\", which is not a file inside the archive", name.escape_debug())));
    }
    Ok(clean.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_image_is_taken_several_need_a_tag() {
        let one = vec![vec!["latest".to_string()]];
        assert_eq!(choose(&one, None, "x").unwrap(), 0);
        let two = vec![vec!["a".to_string()], vec!["b".to_string(), "b2".to_string()]];
        assert_eq!(choose(&two, Some("b2"), "x").unwrap(), 1);
        let e = choose(&two, None, "index.json").unwrap_err().message;
        assert!(e.contains("\"a\", \"b\", \"b2\""), "{e}");
        assert!(choose(&two, Some("c"), "x").unwrap_err().message.contains("no image tagged \"c\""));
    }

    #[test]
    fn media_types_name_their_compression() {
        assert_eq!(compression_of("application/vnd.oci.image.layer.v1.tar+zstd"), Some(Compression::Zstd));
        assert_eq!(compression_of("application/vnd.docker.image.rootfs.diff.tar.gzip"), Some(Compression::Gzip));
        assert_eq!(compression_of("application/vnd.oci.image.layer.v1.tar"), Some(Compression::None));
        assert_eq!(compression_of("application/vnd.oci.image.layer.v1.tar+xz"), None);
    }

    #[test]
    fn archive_members_stay_inside() {
        assert_eq!(member("./abc/layer.tar").unwrap(), "abc/layer.tar");
        assert!(member("../x").is_err());
        assert!(member("/etc/passwd").is_err());
        assert!(source::sha256_of("sha256:../../etc").is_err());
    }
}
