//! Checking an `rbd` definition and turning it into the line the kernel's
//! `/sys/bus/rbd/add` reads: `<mons> <options> <pool> <image> <snap>`.
//!
//! The kernel splits that line on spaces and the options on commas, so
//! every value that lands in it is checked here to hold neither (nor any
//! control character): a client can never smuggle in an option.
//!
//! Contract field → kernel option (`Documentation/ABI/testing/sysfs-bus-rbd`,
//! the libceph and rbd option tables):
//!
//! | field | option |
//! |---|---|
//! | `name` | `name=<id>` (default `admin`, as the rbd tool does) |
//! | `secret` | `key=<description>` of a key in the kernel keyring |
//! | `fsid`, `ip` | `fsid=<uuid>`, `ip=<addr>` |
//! | `share` / `noshare`, `crc` / `nocrc`, `tcp_nodelay` / `notcp_nodelay`, `cephx_sign_messages` / `nocephx_sign_messages` | the same names |
//! | `ceph_requires_signatures` / `noceph_requires_signatures` | `cephx_require_signatures` / `nocephx_require_signatures` |
//! | `mount_timeout`, `osdkeepalive`, `osd_idle_ttl`, `queue_depth`, `lock_timeout`, `alloc_size` | `<name>=<n>` |
//! | `lock_on_read`, `exclusive`, `notrim`, `abort_on_full`, `ro`, `rw` | the same names |
//! | `namespace` | `_pool_ns=<ns>` |
//! | `force` | not a map option: the mapping is removed with `<id> force` |
//!
//! A boolean that is `false` or absent adds nothing (the kernel default).

use crate::error::{Error, Result};
use crate::spec::in_range;
use base64::Engine;
use imageapi_generated::models;
use std::net::{Ipv4Addr, SocketAddrV4};

/// Snapshot name the kernel uses for "no snapshot: the image head".
pub const HEAD: &str = "-";

/// The checked parts of an `rbd` definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Image {
    pub pool: String,
    pub namespace: String,
    pub image: String,
    /// `-` for the head.
    pub snap: String,
}

impl std::fmt::Display for Image {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.pool)?;
        if !self.namespace.is_empty() {
            write!(f, "/{}", self.namespace)?;
        }
        write!(f, "/{}", self.image)?;
        if self.snap != HEAD {
            write!(f, "@{}", self.snap)?;
        }
        Ok(())
    }
}

/// Check everything about `spec` that can be checked without the kernel.
pub fn check(at: &str, spec: &models::AttachRbd) -> Result<()> {
    monitors(at, &spec.monitors)?;
    image(at, spec)?;
    map_options(at, spec.options.as_ref(), Some("k"))?;
    if let Some(secret) = spec.options.as_ref().and_then(|o| o.secret.as_deref()) {
        secret_bytes(at, secret)?;
    }
    Ok(())
}

/// `mon1:port,mon2` as the kernel wants it.
pub fn monitors(at: &str, mons: &[String]) -> Result<String> {
    if mons.is_empty() {
        return Err(Error::invalid(format!("{at}.monitors: at least one monitor address is needed")));
    }
    for (i, m) in mons.iter().enumerate() {
        if m.parse::<Ipv4Addr>().is_err() && m.parse::<SocketAddrV4>().is_err() {
            return Err(Error::invalid(format!(
                "{at}.monitors[{i}]: \"{}\" is not an IPv4 address (optionally with :port)",
                m.escape_debug()
            )));
        }
    }
    Ok(mons.join(","))
}

pub fn image(at: &str, spec: &models::AttachRbd) -> Result<Image> {
    let ns = spec.options.as_ref().and_then(|o| o.namespace.clone()).unwrap_or_default();
    let snap = spec.snapshot.clone().filter(|s| !s.is_empty()).unwrap_or_else(|| HEAD.to_string());
    name(&format!("{at}.pool"), &spec.pool, false)?;
    name(&format!("{at}.image"), &spec.image, false)?;
    name(&format!("{at}.options.namespace"), &ns, true)?;
    if spec.snapshot.as_deref().is_some_and(|s| !s.is_empty()) {
        name(&format!("{at}.snapshot"), &snap, false)?;
        if snap == HEAD {
            return Err(Error::invalid(format!(
                "{at}.snapshot: \"-\" is the kernel's name for the head; leave snapshot out instead"
            )));
        }
    }
    Ok(Image { pool: spec.pool.clone(), namespace: ns, image: spec.image.clone(), snap })
}

/// A pool, namespace, image or snapshot name: one word of the add line.
fn name(at: &str, s: &str, may_be_empty: bool) -> Result<()> {
    if s.is_empty() {
        return match may_be_empty {
            true => Ok(()),
            false => Err(Error::invalid(format!("{at}: must not be empty"))),
        };
    }
    if s.len() > 512 || s.chars().any(|c| c.is_whitespace() || c.is_control() || c == ',' || c == '/' || c == '@') {
        return Err(Error::invalid(format!(
            "{at}: \"{}\" is not a valid name (no spaces, commas, '/', '@' or control characters; at most 512 bytes)",
            s.escape_debug()
        )));
    }
    Ok(())
}

/// One option value: a single token of the comma-separated option list.
fn token(at: &str, s: &str) -> Result<()> {
    if s.is_empty() || s.len() > 256 || s.chars().any(|c| c.is_whitespace() || c.is_control() || c == ',' || c == '=') {
        return Err(Error::invalid(format!(
            "{at}: \"{}\" is not allowed (it must be one word: no spaces, commas, '=' or control characters)",
            s.escape_debug()
        )));
    }
    Ok(())
}

/// The option list, comma-joined. `key` is the keyring description under
/// which the secret was added (only its presence matters to [`check`]).
pub fn map_options(at: &str, opts: Option<&models::RbdOptions>, key: Option<&str>) -> Result<String> {
    let at = format!("{at}.options");
    let none = models::RbdOptions::new();
    let o = opts.unwrap_or(&none);
    let mut out: Vec<String> = Vec::new();

    // Who we are: the cephx id and where its key is.
    let id = o.name.clone().unwrap_or_else(|| "admin".to_string());
    token(&format!("{at}.name"), &id)?;
    out.push(format!("name={id}"));
    if o.secret.is_some() {
        if let Some(key) = key {
            out.push(format!("key={key}"));
        }
    }
    if let Some(fsid) = &o.fsid {
        if !is_uuid(fsid) {
            return Err(Error::invalid(format!("{at}.fsid: \"{}\" is not a UUID", fsid.escape_debug())));
        }
        out.push(format!("fsid={fsid}"));
    }
    if let Some(ip) = &o.ip {
        let ip: Ipv4Addr = ip
            .parse()
            .map_err(|_| Error::invalid(format!("{at}.ip: \"{}\" is not an IPv4 address", ip.escape_debug())))?;
        out.push(format!("ip={ip}"));
    }

    // Switches, each with its negation: (field, value, negated field,
    // value, kernel name when it differs from the field's).
    type Switch<'a> = (&'a str, Option<bool>, &'a str, Option<bool>, &'a str);
    let pairs: [Switch; 6] = [
        ("share", o.share, "noshare", o.noshare, ""),
        ("crc", o.crc, "nocrc", o.nocrc, ""),
        (
            "ceph_requires_signatures",
            o.ceph_requires_signatures,
            "noceph_requires_signatures",
            o.noceph_requires_signatures,
            "cephx_require_signatures",
        ),
        ("tcp_nodelay", o.tcp_nodelay, "notcp_nodelay", o.notcp_nodelay, ""),
        ("cephx_sign_messages", o.cephx_sign_messages, "nocephx_sign_messages", o.nocephx_sign_messages, ""),
        ("rw", o.rw, "ro", o.ro, ""),
    ];
    for (yes, y, no, n, kernel) in pairs {
        if y == Some(true) && n == Some(true) {
            return Err(Error::invalid(format!("{at}: \"{yes}\" and \"{no}\" contradict each other; give one")));
        }
        let kernel = if kernel.is_empty() { yes } else { kernel };
        if y == Some(true) {
            out.push(kernel.to_string());
        }
        if n == Some(true) {
            out.push(if no == "ro" { "ro".to_string() } else { format!("no{kernel}") });
        }
    }

    // Numbers (seconds, counts, bytes), in the kernel's ranges.
    const U32: i64 = u32::MAX as i64;
    let numbers: [(&str, Option<i64>, i64, i64); 5] = [
        ("mount_timeout", o.mount_timeout.map(i64::from), 0, U32),
        ("osdkeepalive", o.osdkeepalive.map(i64::from), 1, U32),
        ("osd_idle_ttl", o.osd_idle_ttl.map(i64::from), 1, U32),
        ("queue_depth", o.queue_depth.map(i64::from), 1, 4096),
        // The kernel refuses more than INT_MAX / 1000 seconds.
        ("lock_timeout", o.lock_timeout, 0, i32::MAX as i64 / 1000),
    ];
    for (field, v, min, max) in numbers {
        if let Some(v) = v {
            out.push(format!("{field}={}", in_range(&format!("{at}.{field}"), v, min, max)?));
        }
    }
    if let Some(a) = o.alloc_size {
        // The kernel wants a power of two of at least 4096 bytes.
        if a < 4096 || (a as u32).count_ones() != 1 {
            return Err(Error::invalid(format!("{at}.alloc_size: {a} is not a power of two of at least 4096")));
        }
        out.push(format!("alloc_size={a}"));
    }

    for (field, v) in [
        ("lock_on_read", o.lock_on_read),
        ("exclusive", o.exclusive),
        ("notrim", o.notrim),
        ("abort_on_full", o.abort_on_full),
    ] {
        if v == Some(true) {
            out.push(field.to_string());
        }
    }
    if let Some(ns) = o.namespace.as_deref().filter(|ns| !ns.is_empty()) {
        token(&format!("{at}.namespace"), ns)?;
        out.push(format!("_pool_ns={ns}"));
    }
    Ok(out.join(","))
}

/// The binary key of a base64 cephx secret, as the `ceph` key type wants it.
pub fn secret_bytes(at: &str, secret: &str) -> Result<Vec<u8>> {
    // Never echo the secret in the message.
    let bad = || Error::invalid(format!("{at}.options.secret: not a base64-encoded cephx key"));
    if secret.is_empty() || secret.len() > 1024 {
        return Err(bad());
    }
    base64::engine::general_purpose::STANDARD.decode(secret.trim()).map_err(|_| bad())
}

fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups.iter().zip([8, 4, 4, 4, 12]).all(|(g, n)| g.len() == n && g.chars().all(|c| c.is_ascii_hexdigit()))
}

/// The line written to `add`: `<mons> <options> <pool> <image> <snap>`.
pub fn add_line(mons: &str, options: &str, img: &Image) -> String {
    format!("{mons} {options} {} {} {}", img.pool, img.image, img.snap)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(json: &str) -> models::AttachRbd {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn every_option_maps_to_its_kernel_name() {
        let s = spec(
            r#"{"monitors":["10.0.0.1","10.0.0.2:6789"],"pool":"rbd","image":"img","snapshot":"s1",
            "options":{"name":"node7","secret":"QVFCZw==","fsid":"01234567-89ab-cdef-0123-456789abcdef","ip":"10.0.0.9",
            "noshare":true,"nocrc":true,"ceph_requires_signatures":true,"tcp_nodelay":true,"nocephx_sign_messages":true,
            "mount_timeout":30,"osdkeepalive":5,"osd_idle_ttl":60,"force":true,"ro":true,"queue_depth":128,
            "lock_on_read":true,"exclusive":true,"lock_timeout":10,"notrim":true,"abort_on_full":true,
            "alloc_size":65536,"namespace":"ns1"}}"#,
        );
        check("attach.rbd", &s).unwrap();
        let o = map_options("attach.rbd", s.options.as_ref(), Some("imageapi-rbd-1-1")).unwrap();
        assert_eq!(
            o,
            "name=node7,key=imageapi-rbd-1-1,fsid=01234567-89ab-cdef-0123-456789abcdef,ip=10.0.0.9,noshare,nocrc,\
             cephx_require_signatures,tcp_nodelay,nocephx_sign_messages,ro,mount_timeout=30,osdkeepalive=5,\
             osd_idle_ttl=60,queue_depth=128,lock_timeout=10,alloc_size=65536,lock_on_read,exclusive,notrim,\
             abort_on_full,_pool_ns=ns1"
        );
        assert!(!o.contains("QVFCZw"), "the secret never lands in the option string");
        let img = image("attach.rbd", &s).unwrap();
        assert_eq!(
            add_line(&monitors("x", &s.monitors).unwrap(), "name=a", &img),
            "10.0.0.1,10.0.0.2:6789 name=a rbd img s1"
        );
        assert_eq!(img.to_string(), "rbd/ns1/img@s1");
    }

    #[test]
    fn defaults_are_name_admin_and_the_head() {
        let s = spec(r#"{"monitors":["10.0.0.1"],"pool":"rbd","image":"img"}"#);
        assert_eq!(map_options("a", s.options.as_ref(), None).unwrap(), "name=admin");
        assert_eq!(image("a", &s).unwrap().snap, "-");
    }

    #[test]
    fn nothing_can_be_smuggled_into_the_line() {
        let cases = [
            (
                r#"{"monitors":["10.0.0.1"],"pool":"rbd","image":"img","options":{"name":"admin,secret=x"}}"#,
                "options.name",
            ),
            (
                r#"{"monitors":["10.0.0.1"],"pool":"rbd","image":"img","options":{"namespace":"a,b"}}"#,
                "options.namespace",
            ),
            (r#"{"monitors":["10.0.0.1"],"pool":"rbd","image":"img","options":{"name":"a b"}}"#, "options.name"),
            (r#"{"monitors":["10.0.0.1"],"pool":"rbd","image":"img","options":{"name":"a\nb"}}"#, "options.name"),
            (r#"{"monitors":["10.0.0.1 name=x"],"pool":"rbd","image":"img"}"#, "monitors[0]"),
            (r#"{"monitors":["10.0.0.1,10.0.0.2"],"pool":"rbd","image":"img"}"#, "monitors[0]"),
            (r#"{"monitors":["10.0.0.1"],"pool":"rbd pool","image":"img"}"#, "pool"),
            (r#"{"monitors":["10.0.0.1"],"pool":"rbd","image":"img snap"}"#, "image"),
            (r#"{"monitors":["10.0.0.1"],"pool":"rbd","image":"img","snapshot":"-"}"#, "snapshot"),
            (r#"{"monitors":["10.0.0.1"],"pool":"rbd","image":"img","options":{"fsid":"x,y"}}"#, "options.fsid"),
            (
                r#"{"monitors":["10.0.0.1"],"pool":"rbd","image":"img","options":{"ip":"1.2.3.4,noshare"}}"#,
                "options.ip",
            ),
            (r#"{"monitors":["10.0.0.1"],"pool":"rbd","image":"img","options":{"ro":true,"rw":true}}"#, "contradict"),
            (r#"{"monitors":["10.0.0.1"],"pool":"rbd","image":"img","options":{"alloc_size":1000}}"#, "alloc_size"),
            (r#"{"monitors":["10.0.0.1"],"pool":"rbd","image":"img","options":{"queue_depth":0}}"#, "queue_depth"),
            (r#"{"monitors":["10.0.0.1"],"pool":"rbd","image":"img","options":{"lock_timeout":-1}}"#, "lock_timeout"),
            (r#"{"monitors":[],"pool":"rbd","image":"img"}"#, "monitors"),
        ];
        for (json, field) in cases {
            let err = check("attach.rbd", &spec(json)).unwrap_err();
            assert_eq!(err.kind.status(), 400, "{json}");
            assert!(err.message.contains(field), "{json}: {}", err.message);
        }
    }

    #[test]
    fn a_bad_secret_is_refused_without_echoing_it() {
        let s = spec(
            r#"{"monitors":["10.0.0.1"],"pool":"rbd","image":"img","options":{"secret":"not base64 %%% hunter2"}}"#,
        );
        let err = check("attach.rbd", &s).unwrap_err();
        assert_eq!(err.kind.status(), 400);
        assert!(!err.message.contains("hunter2"), "{}", err.message);
    }
}
