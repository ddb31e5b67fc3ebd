//! Benchmark: boot-to-`running` and stop times of a systemd container
//! through the API, against `systemd-nspawn --register=no --keep-unit -b`,
//! interleaved, both from the same squashfs file: the API attaches it,
//! mounts it and lays an overlay over it in one nested request; for nspawn
//! the same three steps (`mount -o loop,ro` and an overlay) are timed
//! with its boot (its own `--image=` needs udev, which a node in a
//! container may not have). Both are polled the same way (`nsenter ...
//! systemctl is-system-running` every 50 ms).
//!
//! Needs the Debian image of tests/images/build-debian-systemd.sh (built
//! and cached on first use). Run with `scripts/bench` (root).

mod common;

use common::{Client, Server};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const RUNS: usize = 5;
const POLL: Duration = Duration::from_millis(50);

fn main() {
    let cache = PathBuf::from(std::env::var("IMAGEAPI_TEST_IMAGES").unwrap_or_else(|_| "/var/cache/imageapi-test".into()));
    let tree = cache.join("debian-bookworm-systemd");
    let built = Command::new("tests/images/build-debian-systemd.sh").arg(&tree).status().expect("running the image builder");
    assert!(built.success());
    let image = squashfs_of(&tree);
    let dir = tempfile::tempdir().expect("temp dir");
    let server = Server::start(&dir.path().join("run"));
    let mut client = Client::connect(server.port);

    let (mut ours, mut nspawn) = (Vec::new(), Vec::new());
    for run in 0..RUNS {
        ours.push(api_run(&mut client, &image, run));
        nspawn.push(nspawn_run(&image, dir.path()));
    }
    let median = |v: &mut Vec<(f64, f64)>, stop: bool| {
        let mut x: Vec<f64> = v.iter().map(|p| if stop { p.1 } else { p.0 }).collect();
        x.sort_by(f64::total_cmp);
        x[x.len() / 2]
    };
    let (ob, os, nb, ns) = (median(&mut ours, false), median(&mut ours, true), median(&mut nspawn, false), median(&mut nspawn, true));
    println!("systemd container (Debian bookworm minbase), median of {RUNS} runs");
    println!("  boot to running: imageapi {ob:.3} s, systemd-nspawn {nb:.3} s, ratio {:.2}x", ob / nb);
    println!("  stop:            imageapi {os:.3} s, systemd-nspawn {ns:.3} s, ratio {:.2}x", os / ns);
    println!("| systemd boot to running, same squashfs (median of {RUNS}) | {ob:.3} s | systemd-nspawn: {nb:.3} s | {:.2} | <= 1 |", ob / nb);
}

/// The tree as a squashfs file beside it, made once (again when the tree
/// is newer than the file).
fn squashfs_of(tree: &Path) -> PathBuf {
    let image = tree.with_extension("sqsh");
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    if modified(&image).is_some() && modified(&image) >= modified(&tree.join(".imageapi-image-complete")) {
        return image;
    }
    let partial = tree.with_extension("sqsh.partial");
    let made = Command::new("mksquashfs").arg(tree).arg(&partial).args(["-noappend", "-quiet", "-no-progress"]).status();
    assert!(made.expect("running mksquashfs").success(), "mksquashfs of {} failed", tree.display());
    std::fs::rename(&partial, &image).unwrap();
    image
}

/// Poll until systemd inside says `running` (2 minutes at most).
fn wait_booted(pid: u32) {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let out = Command::new("nsenter").arg("-t").arg(pid.to_string()).args(["-a", "systemctl", "is-system-running"]).output().unwrap();
        let state = String::from_utf8_lossy(&out.stdout).trim().to_string();
        let why = String::from_utf8_lossy(&out.stderr).trim().to_string();
        if state == "running" {
            return;
        }
        assert!(!["degraded", "maintenance", "stopping"].contains(&state.as_str()), "the container is {state}");
        assert!(Instant::now() < deadline, "pid {pid} not running after 2 minutes: {state:?} {why}");
        std::thread::sleep(POLL);
    }
}

/// Boot through the API (the squashfs attached and mounted, an overlay on
/// top), and stop with PATCH exited until the API says exited.
fn api_run(client: &mut Client, image: &Path, run: usize) -> (f64, f64) {
    let body = format!(
        r#"{{"name":"bench{run}","command":"/sbin/init","systemd":true,"state":"running","mount":{{"kind":"overlay",
        "overlay":{{"lower":[{{"kind":"attach","attach":{{"fs_type":"squashfs","attach":{{"kind":"loopback",
        "loopback":{{"path":"{}","base":"root"}}}}}}}}]}}}}}}"#,
        image.display()
    );
    let t0 = Instant::now();
    let (status, resp) = client.request("POST", "/imageapi/v1/container", &body);
    assert_eq!(status, 201, "{resp}");
    let id: u64 = resp.split("\"id\":").nth(1).and_then(|s| s.split([',', '}']).next()).unwrap().parse().unwrap();
    let run_dir = resp.split("\"logfile\":\"").nth(1).map(|s| PathBuf::from(s.split('"').next().unwrap())).unwrap();
    let state: serde_json::Value = serde_json::from_slice(
        &std::fs::read(run_dir.parent().unwrap().parent().unwrap().join("containers").join(id.to_string()).join("state.json")).unwrap(),
    )
    .unwrap();
    let pid = state["pid"].as_u64().unwrap() as u32;
    wait_booted(pid);
    let boot = t0.elapsed().as_secs_f64();
    let t1 = Instant::now();
    let (status, resp) = client.request("PATCH", &format!("/imageapi/v1/container?id={id}&state=exited"), "");
    assert_eq!(status, 200, "{resp}");
    loop {
        let (_, resp) = client.request("GET", &format!("/imageapi/v1/container?id={id}"), "");
        if resp.contains("\"state\":\"exited\"") {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let stop = t1.elapsed().as_secs_f64();
    let (status, resp) = client.request("DELETE", &format!("/imageapi/v1/container?id={id}"), "");
    assert_eq!(status, 200, "{resp}");
    (boot, stop)
}

/// The same boot with systemd-nspawn on an overlay of the same squashfs,
/// its loop device and mounts made within the timed part.
fn nspawn_run(image: &Path, dir: &Path) -> (f64, f64) {
    let (lower, upper, work, root) = (dir.join("nlower"), dir.join("nupper"), dir.join("nwork"), dir.join("nroot"));
    for d in [&lower, &upper, &work, &root] {
        std::fs::create_dir_all(d).unwrap();
    }
    let t0 = Instant::now();
    // The loop device goes with the mount (autoclear).
    let mounted = Command::new("mount").args(["-t", "squashfs", "-o", "loop,ro"]).arg(image).arg(&lower).status().unwrap();
    assert!(mounted.success(), "mounting {}", image.display());
    let data = format!("lowerdir={},upperdir={},workdir={}", lower.display(), upper.display(), work.display());
    nix::mount::mount(Some("overlay"), &root, Some("overlay"), nix::mount::MsFlags::empty(), Some(data.as_str())).unwrap();
    let mut nspawn = Command::new("systemd-nspawn")
        .args(["--register=no", "--keep-unit", "-q", "-b", "-D"])
        .arg(&root)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("starting systemd-nspawn");
    // nspawn forks helpers before the container's init: wait for the
    // child that has become systemd.
    let init = loop {
        let children = std::fs::read_to_string(format!("/proc/{}/task/{}/children", nspawn.id(), nspawn.id())).unwrap_or_default();
        let systemd = children.split_whitespace().filter_map(|p| p.parse::<u32>().ok()).find(|p| {
            std::fs::read_to_string(format!("/proc/{p}/comm")).is_ok_and(|c| c.trim() == "systemd")
        });
        if let Some(pid) = systemd {
            break pid;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    wait_booted(init);
    let boot = t0.elapsed().as_secs_f64();
    let t1 = Instant::now();
    let _ = Command::new("kill").args(["-s", "RTMIN+3", &init.to_string()]).status();
    nspawn.wait().unwrap();
    let stop = t1.elapsed().as_secs_f64();
    nix::mount::umount2(&root, nix::mount::MntFlags::MNT_DETACH).unwrap();
    nix::mount::umount2(&lower, nix::mount::MntFlags::empty()).unwrap();
    for d in [&lower, &upper, &work, &root] {
        std::fs::remove_dir_all(d).unwrap();
    }
    // nspawn --keep-unit outside a systemd host leaves these behind.
    for h in ["/sys/fs/cgroup/systemd", "/sys/fs/cgroup/unified", "/sys/fs/cgroup"] {
        for d in ["payload", "supervisor"] {
            let _ = Command::new("find").arg(format!("{h}/{d}")).args(["-depth", "-type", "d", "-exec", "rmdir", "{}", ";"]).stderr(Stdio::null()).status();
        }
    }
    (boot, stop)
}
