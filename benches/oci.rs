//! Benchmark: importing an OCI image as a squashfs image of the store,
//! against what one does by hand for the same result, in one run on the
//! same disk and the same layout:
//!
//! - `POST /images/oci` of an OCI layout (every blob verified, the layers
//!   applied confined to a staging tree, `mksquashfs`, the squashfs hashed
//!   and stored);
//! - `umoci unpack` of the same layout (it verifies and applies the layers
//!   too) then `mksquashfs` of its rootfs, and `sha256sum` of the result.
//!
//! The layout is umoci's: one layer of `/usr/share` of this node (many
//! small files, as a system image has), a second that deletes a tenth of
//! them. Run with `scripts/bench` (root; needs umoci and mksquashfs). The
//! work lives in IMAGEAPI_BENCH_DIR (default /var/tmp).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const ROUNDS: usize = 3;

fn run(cmd: &mut Command) {
    let out = cmd.stdout(Stdio::null()).output().unwrap_or_else(|e| panic!("running {cmd:?}: {e}"));
    assert!(out.status.success(), "{cmd:?} failed: {}", String::from_utf8_lossy(&out.stderr));
}

fn best(mut f: impl FnMut() -> f64) -> f64 {
    (0..ROUNDS).map(|_| f()).fold(f64::INFINITY, f64::min)
}

/// The layout (in `dir`) with tag `bench`, and how many files its first layer has.
fn layout(dir: &Path) -> (PathBuf, usize) {
    let l = dir.join("layout");
    let bundle = dir.join("bundle");
    let image = format!("{}:bench", l.display());
    run(Command::new("umoci").args(["init", "--layout"]).arg(&l));
    run(Command::new("umoci").args(["new", "--image", &image]));
    run(Command::new("umoci").args(["unpack", "--image", &image]).arg(&bundle));
    let usr = bundle.join("rootfs/usr");
    std::fs::create_dir_all(&usr).unwrap();
    run(Command::new("cp").args(["-a", "/usr/share"]).arg(&usr));
    run(Command::new("umoci").args(["repack", "--image", &image]).arg(&bundle));
    let mut files = Vec::new();
    let mut stack = vec![usr.join("share")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let t = e.file_type().unwrap();
            if t.is_dir() {
                stack.push(e.path());
            } else {
                files.push(e.path());
            }
        }
    }
    files.sort();
    for f in files.iter().step_by(10) {
        std::fs::remove_file(f).unwrap();
    }
    run(Command::new("umoci").args(["repack", "--image", &image]).arg(&bundle));
    std::fs::remove_dir_all(&bundle).unwrap();
    (l, files.len())
}

fn main() {
    let base = PathBuf::from(std::env::var("IMAGEAPI_BENCH_DIR").unwrap_or_else(|_| "/var/tmp".into()));
    let dir = tempfile::Builder::new().prefix("imageapi-bench-oci.").tempdir_in(&base).expect("temp dir");
    let (l, files) = layout(dir.path());
    let server = common::Server::start_with(&dir.path().join("run"), &[]);
    let api = format!("http://127.0.0.1:{}/imageapi/v1", server.port);
    let curl = |args: &[&str]| -> serde_json::Value {
        let out = Command::new("curl").arg("-s").args(args).output().unwrap();
        serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null)
    };

    let mut n = 0;
    let ours = best(|| {
        n += 1;
        let created = curl(&["-XPOST", &format!("{api}/images"), "-d", &format!(r#"{{"name":"oci{n}","version":"1","type":"squashfs"}}"#)]);
        let uuid = created["uuid"].as_str().expect("a created image").to_string();
        let body = format!(r#"{{"path":"{}","base":"root","tag":"bench"}}"#, l.display());
        let t = Instant::now();
        let image = curl(&["-XPOST", &format!("{api}/images/oci?uuid={uuid}"), "-d", &body]);
        let s = t.elapsed().as_secs_f64();
        assert!(image["sha256"].is_string(), "the import failed: {image}");
        curl(&["-XDELETE", &format!("{api}/images?uuid={uuid}")]);
        s
    });
    let by_hand = best(|| {
        let bundle = dir.path().join("by-hand");
        let out = dir.path().join("by-hand.squashfs");
        let t = Instant::now();
        run(Command::new("umoci").args(["unpack", "--image", &format!("{}:bench", l.display())]).arg(&bundle));
        run(Command::new("mksquashfs").arg(bundle.join("rootfs")).arg(&out).args(["-noappend", "-quiet", "-no-progress"]));
        run(Command::new("sha256sum").arg(&out));
        let s = t.elapsed().as_secs_f64();
        std::fs::remove_dir_all(&bundle).unwrap();
        std::fs::remove_file(&out).unwrap();
        s
    });
    println!(
        "| OCI import, 2 layers, {files} files of /usr/share (best of {ROUNDS}) | {ours:.2} s | umoci unpack + mksquashfs + sha256sum: {by_hand:.2} s | {:.2} | <= 1.25 |",
        ours / by_hand
    );
}
