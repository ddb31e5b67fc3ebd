//! The Debian package: scripts/package builds it from the binaries the
//! tests already built, it is installed with dpkg into a clean debootstrap
//! tree (built once and cached as a tarball by
//! tests/images/build-debian-base.sh), both installed binaries answer
//! --version, every file it promises is there, and the installed command
//! drives the installed server, started from the installed files, through
//! a real bind mount and back.
//!
//! The server runs in a private mount namespace (`unshare -m`), so the
//! /proc it needs inside the tree and the mount the command makes vanish
//! with it; the test kills only the server it started, and checks that no
//! mount is left under its temp dir.
//!
//! Needs root, debootstrap (scripts/setup), cargo-deb (scripts/setup) and,
//! the first time, a Debian mirror. The cache is $IMAGEAPI_TEST_IMAGES,
//! /var/cache/imageapi-test by default.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn cache() -> PathBuf {
    PathBuf::from(std::env::var("IMAGEAPI_TEST_IMAGES").unwrap_or_else(|_| "/var/cache/imageapi-test".into()))
}

fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().unwrap_or_else(|e| panic!("running {cmd:?}: {e}"));
    assert!(out.status.success(), "{cmd:?} failed:\n{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    out
}

fn text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// The tree's base, built once for the host's Debian suite.
fn base_tarball() -> PathBuf {
    let release = std::fs::read_to_string("/etc/os-release").unwrap_or_default();
    let suite = release.lines().find_map(|l| l.strip_prefix("VERSION_CODENAME=")).unwrap_or("bookworm").trim_matches('"').to_string();
    let tar = cache().join(format!("debian-{suite}-base.tar"));
    run(Command::new(root().join("tests/images/build-debian-base.sh")).arg(&tar));
    tar
}

/// The server started in the tree; killed (by its pid) and reaped when dropped.
struct Installed {
    child: Option<Child>,
}

impl Drop for Installed {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(c.id() as i32), nix::sys::signal::Signal::SIGTERM);
            let deadline = Instant::now() + Duration::from_secs(10);
            while c.try_wait().ok().flatten().is_none() && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(50));
            }
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

fn mounts_under(dir: &Path) -> Vec<String> {
    let info = std::fs::read_to_string("/proc/self/mountinfo").unwrap_or_default();
    info.lines().filter_map(|l| l.split(' ').nth(4)).filter(|m| Path::new(m).starts_with(dir)).map(str::to_string).collect()
}

#[test]
fn the_package_installs_into_a_clean_debian_and_works() {
    // 1. The package, from the binaries this test run was built with.
    let profile = if cfg!(debug_assertions) { "dev" } else { "release" };
    let out = run(Command::new(root().join("scripts/package")).args(["--profile", profile, "--no-build", "--fast"]).current_dir(root()));
    let deb = PathBuf::from(text(&out).lines().last().unwrap_or_default());
    let deb = if deb.is_absolute() { deb } else { root().join(deb) };
    assert!(deb.is_file(), "scripts/package printed no .deb: {}", text(&out));

    // 2. A clean tree to install it into.
    let temp = tempfile::Builder::new().prefix("imageapi-package.").tempdir().unwrap();
    let tree = temp.path().join("root");
    std::fs::create_dir(&tree).unwrap();
    run(Command::new("tar").arg("-C").arg(&tree).arg("-xf").arg(base_tarball()));
    std::fs::copy(&deb, tree.join("tmp/imageapi.deb")).unwrap();
    run(Command::new("chroot").arg(&tree).args(["dpkg", "-i", "/tmp/imageapi.deb"]));

    // 3. What the package promises, in place.
    for f in [
        "usr/sbin/imageapi-server",
        "usr/bin/imageapi",
        "lib/systemd/system/imageapi.service",
        "lib/systemd/system/imageapi.socket",
        "etc/default/imageapi",
        "usr/share/man/man8/imageapi-server.8.gz",
        "usr/share/man/man1/imageapi.1.gz",
        "usr/share/bash-completion/completions/imageapi",
        "usr/share/zsh/vendor-completions/_imageapi",
        "usr/share/doc/imageapi/README.md",
        "usr/share/doc/imageapi/metrics.md",
    ] {
        assert!(tree.join(f).exists(), "the package did not install /{f}");
    }
    let unit = std::fs::read_to_string(tree.join("lib/systemd/system/imageapi.service")).unwrap();
    assert!(unit.contains("ExecStart=/usr/sbin/imageapi-server $IMAGEAPI_ARGS") && unit.contains("EnvironmentFile=-/etc/default/imageapi"), "{unit}");
    let conffiles = text(&run(Command::new("chroot").arg(&tree).args(["dpkg-query", "--showformat=${Conffiles}", "--show", "imageapi"])));
    assert!(conffiles.contains("/etc/default/imageapi"), "not a conffile: {conffiles}");
    let version = env!("CARGO_PKG_VERSION");
    assert_eq!(text(&run(Command::new("chroot").arg(&tree).args(["/usr/sbin/imageapi-server", "--version"]))), format!("imageapi-server {version}"));
    assert_eq!(text(&run(Command::new("chroot").arg(&tree).args(["/usr/bin/imageapi", "--version"]))), format!("imageapi {version}"));
    let man = run(Command::new("chroot").arg(&tree).args(["sh", "-c", "gzip -dc /usr/share/man/man8/imageapi-server.8.gz"]));
    assert!(text(&man).contains("socket\\-path") || text(&man).contains("socket-path"), "the server's man page lacks its flags");

    // 4. The installed server, from the installed files and the packaged
    //    configuration's flags (its run dir moved into the tree's /var).
    let config = std::fs::read_to_string(tree.join("etc/default/imageapi")).unwrap();
    let args = config.lines().find_map(|l| l.strip_prefix("IMAGEAPI_ARGS=")).expect("IMAGEAPI_ARGS in /etc/default/imageapi").trim_matches('"');
    let args = args.replace("--run-dir /run/imageapi", "--run-dir /var/lib/imageapi-test");
    let script = format!("mount -t proc proc '{t}/proc' && exec chroot '{t}' /usr/sbin/imageapi-server {args}", t = tree.display());
    let log = std::fs::File::create(temp.path().join("server.log")).unwrap();
    let child = Command::new("unshare")
        .args(["-m", "--propagation", "private", "--", "sh", "-c", &script])
        .stdin(Stdio::null())
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .spawn()
        .expect("starting the installed server");
    let server = Installed { child: Some(child) };
    let socket = tree.join("run/imageapi.sock");
    let deadline = Instant::now() + Duration::from_secs(20);
    while !socket.exists() {
        let log = std::fs::read_to_string(temp.path().join("server.log")).unwrap_or_default();
        assert!(Instant::now() < deadline, "the installed server did not open /run/imageapi.sock; its log:\n{log}");
        std::thread::sleep(Duration::from_millis(50));
    }

    // 5. The installed command against it, on the default socket path.
    let cli = |args: &[&str]| text(&run(Command::new("chroot").arg(&tree).arg("/usr/bin/imageapi").args(args)));
    let table = cli(&["ls"]);
    assert_eq!(table.split_whitespace().collect::<Vec<_>>(), ["ID", "KIND", "WHAT", "REFS", "STATE"], "{table}");
    let made = cli(&["mount", "--bind", "/usr/share/doc", "--ro"]);
    let id = made.trim_start_matches("mount ").split(':').next().unwrap().to_string();
    assert!(cli(&["ls"]).lines().any(|l| l.split_whitespace().take(2).eq([id.as_str(), "mount/bind"])), "ls does not show the mount");
    assert_eq!(cli(&["rm", &id]), format!("removed mount {id}"));
    let listed: serde_json::Value = serde_json::from_str(&cli(&["--json", "ls"])).unwrap();
    assert_eq!(listed["mounts"], serde_json::json!([]));

    drop(server);
    assert_eq!(mounts_under(temp.path()), Vec::<String>::new(), "mounts left under the test's tree");
}
