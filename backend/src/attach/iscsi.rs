//! `iscsi` attachments: a LUN of an iSCSI target, logged in through
//! open-iscsi's `iscsiadm` and found as a SCSI disk in sysfs.
//!
//! Attaching, step by step:
//! 1. the kernel must have the TCP initiator (`iscsi_tcp`) and the node
//!    `iscsiadm` (open-iscsi), else 501;
//! 2. an open-iscsi interface `imageapi-<hash of the initiator name>`
//!    carries the requested initiator name (`iface.initiatorname`), so
//!    several initiator names can coexist on one node;
//! 3. SendTargets discovery on the portal must list the target;
//! 4. the node record gets `node.session.cmds_max` (`max_comands`),
//!    `node.session.queue_depth` and `node.startup = manual` (this server,
//!    not iscsid at boot, decides when the session exists);
//! 5. login, unless a session to that target through that interface and
//!    portal already exists;
//! 6. the LUN's disk is `class/iscsi_session/sessionN/device/target*/
//!    H:C:T:<lun>/block/sdX` (a rescan is asked for if it is slow to come);
//! 7. its I/O scheduler is set (`block/sdX/queue/scheduler`).
//!
//! Sessions are shared: attachments of LUNs behind one session count on
//! it, and the last one to go logs out — only if this server logged in.
//! A restarted server re-adopts an attachment whose session and disk are
//! still there, and counts on the session again.
//!
//! `IMAGEAPI_ISCSIADM` names the `iscsiadm` to run (tests use a fake).

use super::Attachment;
use crate::error::{Error, Kind, Result};
use crate::kernel::command::{self, Output};
use crate::kernel::sysfs;
use crate::spec::{self, in_range};
use imageapi_generated::models;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::net::ToSocketAddrs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

/// iscsiadm's exit code when the session already exists.
const ISCSI_ERR_SESS_EXISTS: i32 = 15;
/// How long a session may take to show up after login.
const SESSION_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a LUN's disk may take to show up (a rescan is asked for at a sixth).
const LUN_TIMEOUT: Duration = Duration::from_secs(30);

/// The checked parts of a definition.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Portal {
    iface: String,
    target: String,
    host: String,
    port: u16,
}

impl Portal {
    /// `host:port`, with brackets around an IPv6 address.
    fn address(&self) -> String {
        match self.host.contains(':') {
            true => format!("[{}]:{}", self.host, self.port),
            false => format!("{}:{}", self.host, self.port),
        }
    }
}

/// Sessions this server counts on, shared by every attachment behind them.
#[derive(Debug)]
struct Use {
    refs: usize,
    /// This server logged in (and so logs out when the last user goes).
    owned: bool,
}

static SESSIONS: Mutex<Option<HashMap<Portal, Use>>> = Mutex::new(None);

fn sessions<T>(f: impl FnOnce(&mut HashMap<Portal, Use>) -> T) -> T {
    let mut g = SESSIONS.lock().unwrap_or_else(|p| p.into_inner());
    f(g.get_or_insert_with(HashMap::new))
}

/// Where the driver finds the kernel and open-iscsi.
#[derive(Debug, Clone)]
struct Initiator {
    sysfs: PathBuf,
    dev: PathBuf,
    iscsiadm: String,
    lun_timeout: Duration,
}

#[derive(Debug)]
struct Lun {
    initiator: Initiator,
    portal: Portal,
    device_file: PathBuf,
    attached: bool,
}

pub fn attach(spec: &models::AttachIscsi) -> Result<Box<dyn Attachment>> {
    Ok(Box::new(Initiator::from_env().attach(spec)?))
}

/// Find an attachment a previous run made: its session and disk must
/// still be there; the session is counted on again.
pub fn adopt(identity: &serde_json::Value) -> Result<Box<dyn Attachment>> {
    Ok(Box::new(Initiator::from_env().adopt(identity)?))
}

impl Initiator {
    fn adopt(&self, identity: &serde_json::Value) -> Result<Lun> {
        let initiator = self.clone();
        let text = |k: &str| identity[k].as_str().unwrap_or_default().to_string();
        let portal = Portal {
            iface: text("iface"),
            target: text("target"),
            host: text("host"),
            port: identity["port"].as_u64().unwrap_or(3260) as u16,
        };
        let device_file = PathBuf::from(text("device_file"));
        if initiator.find_session(&portal).is_none() || !device_file.exists() {
            return Err(Error::not_found(format!(
                "the session to target {} on {} or its disk {} is gone",
                portal.target,
                portal.address(),
                device_file.display()
            )));
        }
        let owned = identity["owned"].as_bool().unwrap_or(false);
        sessions(|s| s.entry(portal.clone()).or_insert(Use { refs: 0, owned }).refs += 1);
        Ok(Lun { initiator, portal, device_file, attached: true })
    }
}

/// Check everything about `spec` that can be checked without the node.
pub fn check(at: &str, spec: &models::AttachIscsi) -> Result<()> {
    portal(at, spec).map(drop)?;
    let lun = spec.lun.unwrap_or(0);
    in_range(&format!("{at}.lun"), lun, 0, 16383)?;
    in_range(&format!("{at}.max_comands"), spec.max_comands.unwrap_or(128), 2, 2048)?;
    in_range(&format!("{at}.queue_depth"), spec.queue_depth.unwrap_or(16), 1, 1024)?;
    let sched = spec.scheduler.as_deref().unwrap_or("mq-deadline");
    if sched.is_empty() || sched.len() > 32 || !sched.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(Error::invalid(format!(
            "{at}.scheduler: \"{}\" is not an I/O scheduler name",
            sched.escape_debug()
        )));
    }
    Ok(())
}

/// iSCSI names (iqn., eui., naa.) are lower-case words of letters, digits,
/// '.', '-' and ':'; nothing in them can be read as another argument.
fn iscsi_name(at: &str, s: &str) -> Result<()> {
    let ok = s.len() <= 223
        && ["iqn.", "eui.", "naa."].iter().any(|p| s.starts_with(p))
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || ".-:".contains(c));
    if !ok {
        return Err(Error::invalid(format!(
            "{at}: \"{}\" is not an iSCSI name (iqn./eui./naa. followed by lower-case letters, digits, '.', '-', ':')",
            s.escape_debug()
        )));
    }
    Ok(())
}

fn portal(at: &str, spec: &models::AttachIscsi) -> Result<Portal> {
    iscsi_name(&format!("{at}.initiator"), &spec.initiator)?;
    iscsi_name(&format!("{at}.target"), &spec.target)?;
    let host = spec::host(&format!("{at}.host"), &spec.host)?;
    let port = in_range(&format!("{at}.port"), spec.port.unwrap_or(3260), 1, 65535)? as u16;
    let digest = Sha256::digest(spec.initiator.as_bytes());
    let iface = format!("imageapi-{}", digest.iter().take(6).map(|b| format!("{b:02x}")).collect::<String>());
    Ok(Portal { iface, target: spec.target.clone(), host: host.to_string(), port })
}

impl Initiator {
    fn from_env() -> Initiator {
        Initiator {
            sysfs: sysfs::root(),
            dev: sysfs::dev_root(),
            iscsiadm: std::env::var("IMAGEAPI_ISCSIADM").unwrap_or_else(|_| "iscsiadm".to_string()),
            lun_timeout: LUN_TIMEOUT,
        }
    }

    fn attach(&self, spec: &models::AttachIscsi) -> Result<Lun> {
        // 1. Nothing is done without the kernel initiator and open-iscsi.
        let tcp = self.sysfs.join("class/iscsi_transport/tcp");
        if !tcp.exists() {
            return Err(Error::unsupported(format!(
                "iscsi attachments need the kernel iSCSI initiator, which this kernel lacks ({} is missing): load the iscsi_tcp module",
                tcp.display()
            )));
        }
        if command::which(&self.iscsiadm).is_none() {
            return Err(Error::unsupported(format!(
                "iscsi attachments need open-iscsi's iscsiadm, which is not installed (\"{}\" not found): install open-iscsi",
                self.iscsiadm
            )));
        }
        let portal = portal("attach.iscsi", spec)?;
        let lun = spec.lun.unwrap_or(0) as u64;
        let at = format!("target {} on {}", portal.target, portal.address());
        // 2. Our interface carries the initiator name.
        let iface = ["-m", "iface", "-I", &portal.iface];
        if !self.run(&[&iface[..], &["-o", "show"]].concat())?.success() {
            self.check(&[&iface[..], &["-o", "new"]].concat(), "creating an open-iscsi interface")?;
        }
        self.check(
            &[&iface[..], &["-o", "update", "-n", "iface.initiatorname", "-v", &spec.initiator]].concat(),
            "setting the initiator name",
        )?;
        // 3. The portal must offer the target.
        let address = portal.address();
        let found = self.check(
            &["-m", "discovery", "-t", "sendtargets", "-p", &address, "-I", &portal.iface],
            &format!("discovering the targets of {address}"),
        )?;
        let offered: Vec<&str> = found.stdout.lines().filter_map(|l| l.split_whitespace().nth(1)).collect();
        if !offered.contains(&portal.target.as_str()) {
            return Err(Error::not_found(format!(
                "{at}: the portal does not offer it (it offers: {})",
                offered.join(", ")
            )));
        }
        // 4. Session settings of the node record, and no login at boot.
        let node = ["-m", "node", "-T", &portal.target, "-p", &address, "-I", &portal.iface];
        let max_cmds = spec.max_comands.unwrap_or(128).to_string();
        let depth = spec.queue_depth.unwrap_or(16).to_string();
        for (name, value) in [
            ("node.session.cmds_max", max_cmds.as_str()),
            ("node.session.queue_depth", &depth),
            ("node.startup", "manual"),
        ] {
            self.check(
                &[&node[..], &["-o", "update", "-n", name, "-v", value]].concat(),
                &format!("setting {name} of {at}"),
            )?;
        }
        // 5. Log in unless the session exists (ours or someone else's).
        let known = sessions(|s| s.get(&portal).map(|u| u.owned));
        let owned = match (known, self.find_session(&portal)) {
            (Some(owned), Some(_)) => owned,
            (_, Some(_)) => false,
            (_, None) => {
                let out = self.run(&[&node[..], &["--login"]].concat())?;
                if !out.success() && out.code != Some(ISCSI_ERR_SESS_EXISTS) {
                    return Err(Error::new(
                        Kind::Unprocessable,
                        format!("logging in to {at}: iscsiadm failed ({})", out.reason()),
                    ));
                }
                out.success()
            }
        };
        sessions(|s| s.entry(portal.clone()).or_insert(Use { refs: 0, owned }).refs += 1);
        let mut attached = Lun { initiator: self.clone(), portal, device_file: PathBuf::new(), attached: true };
        // 6. + 7. On failure the session is released again.
        match self.disk(&attached.portal, lun, &at).and_then(|disk| self.set_scheduler(&disk, spec).map(|_| disk)) {
            Ok(disk) => {
                attached.device_file = self.dev.join(&disk);
                log::info!("attached LUN {lun} of {at} as {}", attached.device_file.display());
                Ok(attached)
            }
            Err(e) => {
                if let Err(undo) = attached.detach(true) {
                    log::error!("undoing the login to {at}: {undo}");
                }
                Err(e)
            }
        }
    }

    fn run(&self, args: &[&str]) -> Result<Output> {
        command::run(Path::new(&self.iscsiadm), args)
    }

    /// Run and require success.
    fn check(&self, args: &[&str], step: &str) -> Result<Output> {
        let out = self.run(args)?;
        if !out.success() {
            return Err(Error::internal(format!("{step}: iscsiadm failed ({})", out.reason())));
        }
        Ok(out)
    }

    /// The session to `portal` through our interface: `sessionN`.
    fn find_session(&self, portal: &Portal) -> Option<String> {
        let addrs: Vec<String> = (portal.host.as_str(), portal.port)
            .to_socket_addrs()
            .map(|a| a.map(|a| a.ip().to_string()).collect())
            .unwrap_or_default();
        let class = self.sysfs.join("class/iscsi_session");
        let entries = std::fs::read_dir(&class).ok()?;
        entries.filter_map(|e| e.ok()?.file_name().into_string().ok()).find(|name| {
            let attr = |a: &str| sysfs::read_attr(&class.join(name).join(a));
            let conn = self
                .sysfs
                .join("class/iscsi_connection")
                .join(format!("connection{}:0", name.trim_start_matches("session")));
            let conn_attr = |a: &str| sysfs::read_attr(&conn.join(a));
            attr("targetname").as_deref() == Some(portal.target.as_str())
                && attr("ifacename").is_none_or(|i| i == portal.iface)
                && conn_attr("persistent_port").as_deref() == Some(portal.port.to_string().as_str())
                && conn_attr("persistent_address").is_some_and(|a| a == portal.host || addrs.contains(&a))
        })
    }

    /// The block device name (`sdX`) of `lun` in the session to `portal`.
    fn disk(&self, portal: &Portal, lun: u64, at: &str) -> Result<String> {
        let session = sysfs::wait_for(SESSION_TIMEOUT, || self.find_session(portal))
            .ok_or_else(|| Error::internal(format!("{at}: logged in, but no session appeared in sysfs")))?;
        let device = self.sysfs.join("class/iscsi_session").join(&session).join("device");
        let probe = || lun_disk(&device, lun);
        if let Some(d) = sysfs::wait_for(self.lun_timeout / 6, probe) {
            return Ok(d);
        }
        // The initial scan may not have reached it: ask for another.
        let sid = session.trim_start_matches("session").to_string();
        self.run(&["-m", "session", "-r", &sid, "--rescan"])?;
        sysfs::wait_for(self.lun_timeout, probe).ok_or_else(|| {
            Error::not_found(format!("{at}: there is no LUN {lun} (no disk appeared in {})", device.display()))
        })
    }

    fn set_scheduler(&self, disk: &str, spec: &models::AttachIscsi) -> Result<()> {
        let sched = spec.scheduler.as_deref().unwrap_or("mq-deadline");
        let path = self.sysfs.join("block").join(disk).join("queue/scheduler");
        sysfs::write_attr(&path, sched).map_err(|e| match e.raw_os_error() {
            Some(libc::EINVAL) => Error::new(
                Kind::Unprocessable,
                format!(
                    "{disk}: this kernel has no I/O scheduler \"{sched}\" (it offers: {})",
                    sysfs::read_attr(&path).unwrap_or_default()
                ),
            ),
            _ => Error::io(format!("setting the I/O scheduler of {disk} (writing {})", path.display()), &e),
        })
    }
}

/// `<session device>/target*/H:C:T:<lun>/block/<disk>`.
fn lun_disk(session_device: &Path, lun: u64) -> Option<String> {
    for target in std::fs::read_dir(session_device).ok()?.flatten() {
        if !target.file_name().to_string_lossy().starts_with("target") {
            continue;
        }
        for scsi in std::fs::read_dir(target.path()).ok()?.flatten() {
            let name = scsi.file_name().to_string_lossy().into_owned();
            let hctl: Vec<&str> = name.split(':').collect();
            if hctl.len() == 4 && hctl[3].parse() == Ok(lun) {
                let disk = std::fs::read_dir(scsi.path().join("block")).ok()?.flatten().next()?;
                return disk.file_name().into_string().ok();
            }
        }
    }
    None
}

impl Attachment for Lun {
    fn device_file(&self) -> &Path {
        &self.device_file
    }

    fn identity(&self) -> serde_json::Value {
        let owned = sessions(|s| s.get(&self.portal).map(|u| u.owned)).unwrap_or(false);
        serde_json::json!({
            "iface": self.portal.iface,
            "target": self.portal.target,
            "host": self.portal.host,
            "port": self.portal.port,
            "device_file": self.device_file,
            "owned": owned,
        })
    }

    fn detach(&mut self, _force: bool) -> Result<()> {
        if !self.attached {
            return Ok(());
        }
        // The last attachment behind a session we opened logs out.
        let last = sessions(|s| match s.get_mut(&self.portal) {
            Some(u) if u.refs > 1 => {
                u.refs -= 1;
                None
            }
            Some(_) => s.remove(&self.portal).map(|u| u.owned),
            None => None,
        });
        if last == Some(true) {
            let address = self.portal.address();
            let node = ["-m", "node", "-T", &self.portal.target, "-p", &address, "-I", &self.portal.iface, "--logout"];
            if let Err(e) =
                self.initiator.check(&node, &format!("logging out of target {} on {address}", self.portal.target))
            {
                // Still logged in: count it again so a retry logs out.
                sessions(|s| s.insert(self.portal.clone(), Use { refs: 1, owned: true }));
                return Err(e);
            }
            log::info!("logged out of target {} on {address}", self.portal.target);
        }
        self.attached = false;
        Ok(())
    }
}

#[cfg(test)]
mod tests;
