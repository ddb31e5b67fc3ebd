//! Image builders: each writes into a directory the test owns (its work dir),
//! under a fresh name, and returns the image's path.

use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

static SEQ: AtomicUsize = AtomicUsize::new(0);

/// A fresh name under `dir`: `<stem>-<n>`.
pub fn unique(dir: &Path, stem: &str) -> PathBuf {
    dir.join(format!("{stem}-{}", SEQ.fetch_add(1, Ordering::Relaxed)))
}

/// Create `files` (relative path, content) under `dir`, with parents.
pub fn write_tree(dir: &Path, files: &[(&str, &str)]) {
    fs::create_dir_all(dir).unwrap_or_else(|e| panic!("creating {}: {e}", dir.display()));
    for (name, content) in files {
        let path = dir.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, content).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
    }
}

fn run(command: &mut Command) {
    let out = command.output().unwrap_or_else(|e| panic!("running {command:?}: {e}"));
    assert!(out.status.success(), "{command:?} failed: {}", String::from_utf8_lossy(&out.stderr));
}

/// A squashfs image (in `dir`) holding `files`.
pub fn squashfs_image(dir: &Path, files: &[(&str, &str)]) -> PathBuf {
    let src = unique(dir, "squashfs-src");
    write_tree(&src, files);
    squashfs_from_dir(&src)
}

/// A squashfs image of the directory `src`, written beside it.
pub fn squashfs_from_dir(src: &Path) -> PathBuf {
    let image = src.with_extension("squashfs");
    run(Command::new("mksquashfs").arg(src).arg(&image).args(["-noappend", "-quiet", "-no-progress"]));
    image
}

/// An ext4 image (in `dir`) of `size_mb` MiB holding `files`.
pub fn ext4_image(dir: &Path, size_mb: u64, files: &[(&str, &str)]) -> PathBuf {
    let src = unique(dir, "ext4-src");
    write_tree(&src, files);
    let image = src.with_extension("ext4");
    File::create(&image).and_then(|f| f.set_len(size_mb << 20)).expect("creating the ext4 image file");
    run(Command::new("mkfs.ext4").args(["-q", "-F", "-d"]).arg(&src).arg(&image));
    image
}

/// A minimal root filesystem in `dir` around busybox-static's /bin/busybox.
pub fn busybox_rootfs(dir: &Path) -> PathBuf {
    let busybox = Path::new("/bin/busybox");
    assert!(busybox.exists(), "/bin/busybox is missing: install busybox-static");
    for sub in ["bin", "sbin", "proc", "dev", "sys", "tmp", "etc", "run", "root", "var/log"] {
        fs::create_dir_all(dir.join(sub)).unwrap();
    }
    fs::copy(busybox, dir.join("bin/busybox")).expect("copying busybox");
    let applets = [
        "sh", "echo", "sleep", "cat", "true", "false", "ls", "mount", "umount", "ps", "kill", "mkdir", "rm", "touch",
        "hostname", "id", "env", "test", "grep", "sync", "readlink", "stat", "wc", "head",
    ];
    for applet in applets {
        std::os::unix::fs::symlink("busybox", dir.join("bin").join(applet)).unwrap();
    }
    std::os::unix::fs::symlink("../bin/busybox", dir.join("sbin/init")).unwrap();
    write_tree(dir, &[("etc/passwd", "root:x:0:0:root:/root:/bin/sh\n"), ("etc/group", "root:x:0:\n"), ("etc/hostname", "busybox\n")]);
    dir.to_path_buf()
}

/// An OCI image layout (in `dir`) made by umoci, whose tag `tag` has one
/// layer: the busybox tree, after `prepare` changed it. Returns the layout
/// and umoci's bundle of that tag (to repack into more layers); the
/// caller removes the bundle.
pub fn busybox_oci_layout(dir: &Path, tag: &str, prepare: impl FnOnce(&Path)) -> (PathBuf, PathBuf) {
    let layout = unique(dir, "layout");
    let bundle = unique(dir, "bundle");
    let image = format!("{}:{tag}", layout.display());
    run(Command::new("umoci").args(["init", "--layout"]).arg(&layout));
    run(Command::new("umoci").args(["new", "--image", &image]));
    run(Command::new("umoci").args(["unpack", "--image", &image]).arg(&bundle));
    let rootfs = bundle.join("rootfs");
    busybox_rootfs(&rootfs);
    prepare(&rootfs);
    run(Command::new("umoci").args(["repack", "--image", &image]).arg(&bundle));
    (layout, bundle)
}
