//! External commands (open-iscsi's `iscsiadm`): run with arguments as a
//! list (never through a shell), logged, output captured.

use crate::error::{Error, Result};
use std::path::Path;
use std::process::{Command, Stdio};

/// What a finished command left behind.
#[derive(Debug, Clone)]
pub struct Output {
    /// The exit code (`None` when killed by a signal).
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    pub fn success(&self) -> bool {
        self.code == Some(0)
    }

    /// The last line of stderr (or stdout), for an error message.
    pub fn reason(&self) -> String {
        let text = if self.stderr.trim().is_empty() { &self.stdout } else { &self.stderr };
        let line = text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
        match self.code {
            Some(c) => format!("exit status {c}: {line}"),
            None => format!("killed by a signal: {line}"),
        }
    }
}

/// Run `program args...` to completion with an empty stdin.
pub fn run(program: &Path, args: &[&str]) -> Result<Output> {
    let shown = format!("{} {}", program.display(), args.join(" "));
    log::debug!("running {shown}");
    let out = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| Error::io(format!("running {shown}"), &e))?;
    let out = Output {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    log::debug!("{shown}: {:?}", out.code);
    Ok(out)
}

/// Find `program` the way a shell would: a path as is, a bare name on `$PATH`.
pub fn which(program: &str) -> Option<std::path::PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let executable = |p: &Path| p.metadata().map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0).unwrap_or(false);
    if program.contains('/') {
        let p = Path::new(program);
        return executable(p).then(|| p.to_path_buf());
    }
    let path = std::env::var_os("PATH").unwrap_or_else(|| "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin".into());
    std::env::split_paths(&path).map(|d| d.join(program)).find(|p| executable(p))
}
