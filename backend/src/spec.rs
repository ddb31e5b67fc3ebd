//! Validated definitions: the request models turned into what the drivers
//! need, with every check that can be made before the kernel is touched.
//!
//! A model inside another object is either a reference (`{"id": 4}`) or a
//! full definition; [`AttachRef`] and [`MountRef`] keep that distinction.
//! Everything here is pure: no file is opened and no object is looked up,
//! so a bad request is refused before anything is created.

use crate::error::{Error, Result};
use imageapi_generated::models;

/// Nested definitions deeper than this are refused (a mount on a loopback
/// file on a mount ... is a handful of levels in practice).
pub const MAX_DEPTH: usize = 16;

/// Filesystems the kernel can only mount read-only.
const READ_ONLY_FILESYSTEMS: &[&str] = &["squashfs", "erofs", "iso9660", "cramfs", "romfs"];

#[derive(Debug, Clone)]
pub enum AttachRef {
    Id(u64),
    Def(AttachDef),
}

#[derive(Debug, Clone)]
pub enum MountRef {
    Id(u64),
    Def(MountDef),
}

/// Where a path is taken from: the node's root, inside another mount, or
/// (for a loopback file) the image store, where the path names an image.
#[derive(Debug, Clone)]
pub enum Base {
    Root,
    Mount(Box<MountRef>),
    Image,
}

/// The `base` of a request, whichever model it came from.
#[derive(Debug, Clone, Copy)]
enum BaseKind {
    Root,
    Mount,
    Image,
}

#[derive(Debug, Clone)]
pub enum AttachDef {
    Loopback { path: String, base: Base, read_partitions: bool, read_only: bool },
    Local { path: String },
    Rbd(models::AttachRbd),
    Iscsi(models::AttachIscsi),
}

#[derive(Debug, Clone)]
pub enum MountDef {
    Attach { attach: Box<AttachRef>, fs_type: String, options: Vec<String> },
    /// `idmap`: a user-namespace container sees the node's owners (see swagger.yaml).
    Bind { path: String, base: Base, recursive: bool, ro: bool, idmap: bool },
    Nfs(models::MountNfs),
    Overlay { lower: Vec<MountRef> },
    Uri(models::MountUri),
}

impl AttachDef {
    pub fn kind(&self) -> &'static str {
        match self {
            AttachDef::Loopback { .. } => "loopback",
            AttachDef::Local { .. } => "local",
            AttachDef::Rbd(_) => "rbd",
            AttachDef::Iscsi(_) => "iscsi",
        }
    }
}

impl MountDef {
    pub fn kind(&self) -> &'static str {
        match self {
            MountDef::Attach { .. } => "attach",
            MountDef::Bind { .. } => "bind",
            MountDef::Nfs(_) => "nfs",
            MountDef::Overlay { .. } => "overlay",
            MountDef::Uri(_) => "uri",
        }
    }
}

/// An id given by a client: positive, and small enough to be one of ours.
pub fn object_id(what: &str, id: i64) -> Result<u64> {
    if id <= 0 {
        return Err(Error::invalid(format!("{what}: id {id} is not valid (ids start at 1)")));
    }
    Ok(id as u64)
}

/// A top-level definition: it must not carry an id (ids are read-only).
pub fn new_attach(model: &models::Attach) -> Result<AttachDef> {
    if model.id.is_some() {
        return Err(Error::invalid("attach: a new attachment cannot carry an id (id is read-only)"));
    }
    attach_def(model, "attach", 0)
}

pub fn new_mount(model: &models::Mount) -> Result<MountDef> {
    if model.id.is_some() {
        return Err(Error::invalid("mount: a new mount cannot carry an id (id is read-only)"));
    }
    mount_def(model, "mount", 0)
}

pub fn attach_ref(model: &models::Attach, at: &str, depth: usize) -> Result<AttachRef> {
    match model.id {
        Some(id) => Ok(AttachRef::Id(object_id(at, id)?)),
        None => Ok(AttachRef::Def(attach_def(model, at, depth)?)),
    }
}

pub fn mount_ref(model: &models::Mount, at: &str, depth: usize) -> Result<MountRef> {
    match model.id {
        Some(id) => Ok(MountRef::Id(object_id(at, id)?)),
        None => Ok(MountRef::Def(mount_def(model, at, depth)?)),
    }
}

fn check_depth(at: &str, depth: usize) -> Result<()> {
    if depth > MAX_DEPTH {
        return Err(Error::invalid(format!("{at}: definitions are nested more than {MAX_DEPTH} levels deep")));
    }
    Ok(())
}

/// The one kind-specific object must match `kind`, and no other may be given.
fn only_kind(at: &str, kind: &str, present: &[(&str, bool)]) -> Result<()> {
    for (name, given) in present {
        if *given && *name != kind {
            return Err(Error::invalid(format!("{at}: kind is \"{kind}\" but a \"{name}\" object was given")));
        }
        if !*given && *name == kind {
            return Err(Error::invalid(format!("{at}: kind \"{kind}\" needs a \"{kind}\" object")));
        }
    }
    Ok(())
}

fn attach_def(model: &models::Attach, at: &str, depth: usize) -> Result<AttachDef> {
    use models::ListAttachmentsKindParameter as K;
    check_depth(at, depth)?;
    let kind = match model.kind {
        Some(k) => k,
        None => return Err(Error::invalid(format!("{at}: a definition needs a kind (iscsi, local, loopback or rbd), a reference needs an id"))),
    };
    let kind_name = kind.to_string();
    only_kind(at, &kind_name, &[
        ("iscsi", model.iscsi.is_some()),
        ("local", model.local.is_some()),
        ("loopback", model.loopback.is_some()),
        ("rbd", model.rbd.is_some()),
    ])?;
    Ok(match kind {
        K::Loopback => {
            let lo = model.loopback.as_ref().expect("checked by only_kind");
            let at = format!("{at}.loopback");
            let kind = match lo.base {
                models::AttachLoopbackBase::Root => BaseKind::Root,
                models::AttachLoopbackBase::Mount => BaseKind::Mount,
                models::AttachLoopbackBase::Image => BaseKind::Image,
            };
            let base = base(&at, kind, lo.mount.as_deref(), depth)?;
            let path = relative_path(&at, &lo.path, &base)?;
            // A stored image is shared by every node that boots it: never
            // written through a loop device.
            let image = matches!(base, Base::Image);
            AttachDef::Loopback {
                path,
                base,
                read_partitions: lo.read_partitions.unwrap_or(false),
                read_only: lo.ro.unwrap_or(false) || image,
            }
        }
        K::Local => {
            let local = model.local.as_ref().expect("checked by only_kind");
            let at = format!("{at}.local");
            if !local.path.starts_with('/') {
                return Err(Error::invalid(format!("{at}.path: \"{}\" is not an absolute path", local.path)));
            }
            plain_string(&format!("{at}.path"), &local.path)?;
            AttachDef::Local { path: local.path.clone() }
        }
        K::Rbd => {
            let rbd = model.rbd.clone().expect("checked by only_kind");
            crate::attach::check_rbd(&format!("{at}.rbd"), &rbd)?;
            AttachDef::Rbd(rbd)
        }
        K::Iscsi => {
            let iscsi = model.iscsi.clone().expect("checked by only_kind");
            crate::attach::check_iscsi(&format!("{at}.iscsi"), &iscsi)?;
            AttachDef::Iscsi(iscsi)
        }
    })
}

fn mount_def(model: &models::Mount, at: &str, depth: usize) -> Result<MountDef> {
    use models::ListMountsKindParameter as K;
    check_depth(at, depth)?;
    let kind = match model.kind {
        Some(k) => k,
        None => return Err(Error::invalid(format!("{at}: a definition needs a kind (attach, bind, nfs, overlay or uri), a reference needs an id"))),
    };
    let kind_name = kind.to_string();
    only_kind(at, &kind_name, &[
        ("attach", model.attach.is_some()),
        ("bind", model.bind.is_some()),
        ("nfs", model.nfs.is_some()),
        ("overlay", model.overlay.is_some()),
        ("uri", model.uri.is_some()),
    ])?;
    Ok(match kind {
        K::Attach => {
            let m = model.attach.as_ref().expect("checked by only_kind");
            let at = format!("{at}.attach");
            fs_type(&format!("{at}.fs_type"), &m.fs_type)?;
            let options = m.mount_options.clone().unwrap_or_default();
            for (i, opt) in options.iter().enumerate() {
                mount_option(&format!("{at}.mount_options[{i}]"), opt)?;
            }
            // Options that would change the kind of mount are refused here,
            // before the attachment under it is made.
            crate::kernel::mount::parse_options(&options).map_err(|e| e.context(format!("{at}.mount_options")))?;
            let mut attach = attach_ref(&m.attach, &format!("{at}.attach"), depth + 1)?;
            // A loopback file made for a read-only mount is attached
            // read-only: safer, and the kernel skips flushing it on release.
            if let AttachRef::Def(AttachDef::Loopback { read_only, .. }) = &mut attach {
                *read_only |= READ_ONLY_FILESYSTEMS.contains(&m.fs_type.as_str()) || options.iter().any(|o| o == "ro");
            }
            MountDef::Attach { attach: Box::new(attach), fs_type: m.fs_type.clone(), options }
        }
        K::Bind => {
            let b = model.bind.as_ref().expect("checked by only_kind");
            let at = format!("{at}.bind");
            let kind = match b.base {
                models::MountBindBase::Root => BaseKind::Root,
                models::MountBindBase::Mount => BaseKind::Mount,
            };
            let base = base(&at, kind, b.mount.as_deref(), depth)?;
            let path = relative_path(&at, &b.path, &base)?;
            MountDef::Bind { path, base, recursive: b.recursive.unwrap_or(false), ro: b.ro.unwrap_or(false), idmap: b.idmap.unwrap_or(false) }
        }
        K::Overlay => {
            let o = model.overlay.as_ref().expect("checked by only_kind");
            if o.lower.is_empty() {
                return Err(Error::invalid(format!("{at}.overlay.lower: at least one lower mount is needed")));
            }
            let lower = o
                .lower
                .iter()
                .enumerate()
                .map(|(i, m)| mount_ref(m, &format!("{at}.overlay.lower[{i}]"), depth + 1))
                .collect::<Result<Vec<_>>>()?;
            let mut ids: Vec<u64> = lower.iter().filter_map(|m| match m { MountRef::Id(id) => Some(*id), _ => None }).collect();
            ids.sort_unstable();
            if let Some(w) = ids.windows(2).find(|w| w[0] == w[1]) {
                return Err(Error::invalid(format!("{at}.overlay.lower: mount {} is given twice", w[0])));
            }
            MountDef::Overlay { lower }
        }
        K::Nfs => {
            let nfs = model.nfs.clone().expect("checked by only_kind");
            crate::mount::check_nfs(&format!("{at}.nfs"), &nfs)?;
            MountDef::Nfs(nfs)
        }
        K::Uri => {
            let uri = model.uri.clone().expect("checked by only_kind");
            crate::mount::check_uri(&format!("{at}.uri"), &uri)?;
            MountDef::Uri(uri)
        }
    })
}

fn base(at: &str, base: BaseKind, mount: Option<&models::Mount>, depth: usize) -> Result<Base> {
    match (base, mount) {
        (BaseKind::Root, None) => Ok(Base::Root),
        (BaseKind::Root, Some(_)) => {
            Err(Error::invalid(format!("{at}: base is \"root\" but a mount was given (use base \"mount\")")))
        }
        (BaseKind::Mount, Some(m)) => Ok(Base::Mount(Box::new(mount_ref(m, &format!("{at}.mount"), depth + 1)?))),
        (BaseKind::Mount, None) => Err(Error::invalid(format!("{at}: base is \"mount\" but no mount was given"))),
        (BaseKind::Image, None) => Ok(Base::Image),
        (BaseKind::Image, Some(_)) => {
            Err(Error::invalid(format!("{at}: base is \"image\" but a mount was given (the path names the image)")))
        }
    }
}

/// A path relative to its base. On the root it must be absolute; inside a
/// mount it is taken relative to the mount's top whether or not it starts
/// with '/' (confinement itself happens when the file is opened).
fn relative_path(at: &str, path: &str, base: &Base) -> Result<String> {
    let at = format!("{at}.path");
    plain_string(&at, path)?;
    if path.is_empty() {
        return Err(Error::invalid(format!("{at}: must not be empty")));
    }
    if matches!(base, Base::Root) && !path.starts_with('/') {
        return Err(Error::invalid(format!("{at}: \"{path}\" must be an absolute path when base is \"root\"")));
    }
    if matches!(base, Base::Image) {
        let labels = match path.split_once('/') {
            Some((name, version)) => imageapi_store::manifest::check_label("name", name)
                .and_then(|_| imageapi_store::manifest::check_label("version", version)),
            None => imageapi_store::manifest::check_uuid(path),
        };
        labels.map_err(|e| Error::invalid(format!("{at}: with base \"image\", the path is an image's uuid or name/version: {e}")))?;
    }
    Ok(path.to_string())
}

/// No NUL bytes or line breaks: they cannot be in a kernel path or option.
fn plain_string(at: &str, s: &str) -> Result<()> {
    if s.contains(['\0', '\n', '\r']) {
        return Err(Error::invalid(format!("{at}: must not contain NUL or line breaks")));
    }
    Ok(())
}

/// A host name or an IP address (an IPv6 one may be in brackets); returns
/// it without brackets. Nothing in it can be read as an option or a path.
pub(crate) fn host<'a>(at: &str, host: &'a str) -> Result<&'a str> {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    let name = !bare.is_empty()
        && bare.len() <= 253
        && !bare.starts_with('-')
        && bare.chars().all(|c| c.is_ascii_alphanumeric() || ".-".contains(c));
    if !name && bare.parse::<std::net::IpAddr>().is_err() {
        return Err(Error::invalid(format!("{at}: \"{}\" is not a host name or IP address", host.escape_debug())));
    }
    Ok(bare)
}

/// A number within `min..=max`.
pub(crate) fn in_range(at: &str, v: i64, min: i64, max: i64) -> Result<i64> {
    if !(min..=max).contains(&v) {
        return Err(Error::invalid(format!("{at}: {v} is out of range ({min} to {max})")));
    }
    Ok(v)
}

fn fs_type(at: &str, fs: &str) -> Result<()> {
    if fs.is_empty() || fs.len() > 64 || !fs.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c)) {
        return Err(Error::invalid(format!("{at}: \"{fs}\" is not a filesystem type name")));
    }
    Ok(())
}

/// One mount option per array element: a comma would smuggle in another.
fn mount_option(at: &str, opt: &str) -> Result<()> {
    plain_string(at, opt)?;
    if opt.is_empty() {
        return Err(Error::invalid(format!("{at}: must not be empty")));
    }
    if opt.contains(',') {
        return Err(Error::invalid(format!("{at}: \"{opt}\" holds a comma; give each option as its own array element")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mount(json: &str) -> Result<MountDef> {
        new_mount(&serde_json::from_str(json).unwrap())
    }

    #[test]
    fn nested_definition_is_accepted() {
        let def = mount(r#"{"kind":"attach","attach":{"fs_type":"squashfs","attach":
            {"kind":"loopback","loopback":{"path":"/x.img","base":"root"}}}}"#).unwrap();
        assert!(matches!(def, MountDef::Attach { ref attach, .. } if matches!(**attach, AttachRef::Def(AttachDef::Loopback { .. }))));
    }

    #[test]
    fn loopback_under_a_read_only_mount_is_read_only() {
        let def = |fs: &str, opts: &str| mount(&format!(r#"{{"kind":"attach","attach":{{"fs_type":"{fs}","mount_options":[{opts}],"attach":
            {{"kind":"loopback","loopback":{{"path":"/x.img","base":"root"}}}}}}}}"#)).unwrap();
        let read_only = |d: MountDef| match d {
            MountDef::Attach { attach, .. } => matches!(*attach, AttachRef::Def(AttachDef::Loopback { read_only: true, .. })),
            _ => unreachable!(),
        };
        assert!(read_only(def("squashfs", "")));
        assert!(read_only(def("ext4", r#""ro""#)));
        assert!(!read_only(def("ext4", r#""noatime""#)));
    }

    #[test]
    fn reference_wins_over_definition() {
        let def = mount(r#"{"kind":"overlay","overlay":{"lower":[{"id":4,"kind":"bind"}]}}"#).unwrap();
        assert!(matches!(def, MountDef::Overlay { ref lower } if matches!(lower[0], MountRef::Id(4))));
    }

    #[test]
    fn refusals_name_the_field() {
        let cases = [
            (r#"{"kind":"bind"}"#, "mount: kind \"bind\" needs a \"bind\" object"),
            (r#"{"kind":"bind","bind":{"path":"x","base":"root"}}"#, "mount.bind.path: \"x\" must be an absolute path"),
            (r#"{"kind":"attach","attach":{"fs_type":"ext4","mount_options":["ro,dev"],"attach":{"id":1}}}"#, "mount.attach.mount_options[0]"),
            (r#"{"kind":"attach","attach":{"fs_type":"ext4","attach":{"id":-3}}}"#, "id -3 is not valid"),
            (r#"{"kind":"overlay","overlay":{"lower":[]}}"#, "at least one lower"),
            (r#"{"kind":"overlay","overlay":{"lower":[{"id":2},{"id":2}]}}"#, "mount 2 is given twice"),
            (r#"{"id":3}"#, "cannot carry an id"),
            (r#"{"kind":"bind","bind":{"path":"/x","base":"mount"}}"#, "no mount was given"),
            (r#"{"kind":"attach","attach":{"fs_type":"ext4","mount_options":["bind"],"attach":{"id":1}}}"#, "changes the kind of mount"),
            (r#"{"kind":"nfs","nfs":{"host":"srv,port=1","path":"/x"}}"#, "mount.nfs.host"),
            (r#"{"kind":"uri","uri":{"url":"file:///etc/shadow"}}"#, "mount.uri"),
        ];
        for (json, want) in cases {
            let err = mount(json).unwrap_err();
            assert!(err.message.contains(want), "{json}: {}", err.message);
            assert_eq!(err.kind.status(), 400);
        }
    }

    #[test]
    fn strings_that_reach_commands_or_option_lists_are_refused() {
        let attach = |json: &str| new_attach(&serde_json::from_str(json).unwrap()).unwrap_err();
        let e = attach(r#"{"kind":"rbd","rbd":{"monitors":["1.2.3.4"],"pool":"p","image":"i","options":{"secret":"AQB top,secret"}}}"#);
        assert!(e.message.contains("attach.rbd.options.secret") && !e.message.contains("AQB"), "{}", e.message);
        let e = attach(r#"{"kind":"rbd","rbd":{"monitors":["1.2.3.4"],"pool":"p q","image":"i"}}"#);
        assert!(e.message.contains("attach.rbd.pool"), "{}", e.message);
        let e = attach(r#"{"kind":"iscsi","iscsi":{"initiator":"--op=delete","target":"t","host":"h"}}"#);
        assert!(e.message.contains("attach.iscsi.initiator"), "{}", e.message);
    }

    #[test]
    fn deep_nesting_is_refused() {
        let mut json = r#"{"kind":"bind","bind":{"path":"/","base":"root"}}"#.to_string();
        for _ in 0..=MAX_DEPTH {
            json = format!(r#"{{"kind":"overlay","overlay":{{"lower":[{json}]}}}}"#);
        }
        assert!(mount(&json).unwrap_err().message.contains("nested more than"));
    }
}
