//! No mount the server makes propagates to or from the node's mounts.
//!
//! On a systemd node `/` is shared, and a recursive bind of a shared tree
//! joins its peer group: the busy-unmount fallback of a DELETE then
//! unmounted the node's own submount too, and whatever the node mounted in
//! the tree later appeared inside the server's mount. This test makes a
//! shared tree of its own (a tmpfs made shared, a tmpfs under it), binds
//! it recursively through the API, and checks both directions, for a plain
//! and for a forced DELETE.

mod common;

use common::*;
use serde_json::json;
use std::fs;
use std::path::Path;

/// The optional fields of the topmost mount at `mountpoint` in
/// /proc/self/mountinfo (`shared:N`, `master:N`, `unbindable`; none: private).
fn propagation(mountpoint: &Path) -> Option<Vec<String>> {
    let table = fs::read_to_string("/proc/self/mountinfo").unwrap();
    table.lines().rev().find_map(|line| {
        let fields: Vec<&str> = line.split(' ').collect();
        let dash = fields.iter().position(|f| *f == "-")?;
        (Path::new(fields.get(4)?) == mountpoint).then(|| fields[6..dash].iter().map(|f| f.to_string()).collect())
    })
}

/// A tmpfs made shared, with a tmpfs mounted under it (`sub/`, holding a file).
/// Fields drop in order: the submount is unmounted before the tree.
struct SharedTree {
    _sub: TestMount,
    _top: TestMount,
}

impl SharedTree {
    fn new(path: &Path) -> SharedTree {
        let top = TestMount::tmpfs(path);
        nix::mount::mount(None::<&str>, path, None::<&str>, nix::mount::MsFlags::MS_SHARED, None::<&str>).expect("making the tree shared");
        let sub = TestMount::tmpfs(&path.join("sub"));
        fs::write(sub.path.join("node.txt"), "the node's own\n").unwrap();
        SharedTree { _sub: sub, _top: top }
    }
}

#[test]
fn the_mounts_directory_is_unbindable() {
    let s = Server::start();
    let mounts = s.run_dir().join("mounts");
    let fields = propagation(&mounts).unwrap_or_else(|| panic!("{} is not a mount of its own", mounts.display()));
    assert_eq!(fields, vec!["unbindable".to_string()], "{}", mounts.display());
    // A mount made below it is private.
    let image = squashfs_image(&s.work(), &[("f", "x\n")]);
    let m = s.create("mount", squashfs_mount(&image));
    assert_eq!(propagation(&mountpoint(&m)), Some(vec![]), "a squashfs mount of the server is not private");
    s.remove("mount", id_of(&m), false);
    let mut s = s;
    s.restart();
    assert_eq!(propagation(&mounts), Some(vec!["unbindable".to_string()]), "after a restart");
    assert_clean(&s);
    drop(s);
    assert_eq!(propagation(&mounts), None, "the server left its mounts directory mounted");
}

#[test]
fn a_recursive_bind_of_a_shared_tree_shares_nothing_with_the_node() {
    let s = Server::start();
    let tree_path = s.work().join("shared");
    let tree = SharedTree::new(&tree_path);
    assert!(propagation(&tree_path).unwrap().iter().any(|f| f.starts_with("shared:")), "the test's tree is not shared");

    for force in [false, true] {
        let m = s.create("mount", json!({"kind": "bind", "bind": {"path": tree_path, "base": "root", "recursive": true}}));
        let mp = mountpoint(&m);
        assert_eq!(read(&mp.join("sub/node.txt")), "the node's own\n");
        for p in [mp.clone(), mp.join("sub")] {
            assert_eq!(propagation(&p), Some(vec![]), "{} is not private", p.display());
        }
        // From the node to the server: a mount made in the tree afterwards
        // stays out of the bind.
        let later = TestMount::tmpfs(&tree_path.join(format!("later-{force}")));
        assert!(!is_mountpoint(&mp.join(format!("later-{force}"))), "a mount of the node propagated into the server's bind");
        drop(later);
        // From the server to the node: DELETE unmounts the bind's submount
        // first (the busy-unmount fallback); the node keeps its own.
        s.remove("mount", id_of(&m), force);
        assert!(!mp.exists());
        assert!(is_mountpoint(&tree_path.join("sub")), "DELETE (force={force}) unmounted the node's own tmpfs");
        assert_eq!(read(&tree_path.join("sub/node.txt")), "the node's own\n");
    }
    drop(tree);
    assert!(!is_mountpoint(&tree_path));
    assert_clean(&s);
}
