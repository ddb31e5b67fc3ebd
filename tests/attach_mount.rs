//! Foundation tests of attachments and mounts, run against the real
//! `imageapi-server` and the real kernel (root, loop, squashfs, ext4, overlay).
//!
//! Covered: loopback attachments (base root and base mount, read-only
//! detection, path confinement), local attachments, `attach` mounts (squashfs,
//! ext4 with flags and filesystem data), bind mounts (read-only, recursive,
//! inside a mount, create/delete cycles), overlays (nested and referenced
//! lowers, topmost-first order, writes to the upper dir); reference counting,
//! 409 on referenced objects, `force` cascades, rollback of nested
//! definitions that fail halfway; GET filters, ids, concurrency, error bodies,
//! and the served spec. Every test checks the kernel as well as the API and
//! ends with `assert_clean`.

mod common;

use common::*;
use serde_json::json;
use std::fs;
use std::os::unix::fs::FileTypeExt;
use std::path::Path;

// ---- the spec ----------------------------------------------------------------

#[test]
fn swagger_json_serves_the_spec() {
    let s = Server::start();
    let (status, spec) = s.get("/swagger.json");
    assert_eq!(status, 200, "{spec}");
    assert_eq!(spec["swagger"], "2.0");
    assert_eq!(spec["basePath"], BASE_PATH);
    for path in ["/attach", "/mount", "/container"] {
        assert!(spec["paths"][path].is_object(), "the spec has no {path}");
    }
    assert_clean(&s);
}

// ---- loopback attachments ----------------------------------------------------

#[test]
fn loopback_attach_binds_a_loop_device_to_the_file() {
    let s = Server::start();
    let image = squashfs_image(&s.work(), &[("hello.txt", "hello\n")]);
    let attach = s.create("attach", loopback(&image));
    let id = id_of(&attach);
    assert_eq!(attach["kind"], "loopback");
    assert_eq!(attach["refs"], 1);
    let device = device_file(&attach);
    assert!(fs::metadata(&device).unwrap().file_type().is_block_device(), "{device} is not a block device");
    assert_eq!(loop_backing_file(loop_number(&device)).as_deref(), Some(image.as_path()));
    assert_eq!(s.get_one("attach", id)["device_file"], device.as_str());

    let deleted = s.remove("attach", id, false);
    assert_eq!(deleted["device_file"], device.as_str());
    assert!(!s.exists("attach", id));
    assert_clean(&s);
}

#[test]
fn loopback_file_on_a_read_only_mount_gives_a_read_only_device() {
    let s = Server::start();
    let inner = squashfs_image(&s.work(), &[("inner.txt", "inner\n")]);
    let outer_src = unique(&s.work(), "outer");
    write_tree(&outer_src, &[]);
    fs::copy(&inner, outer_src.join("inner.squashfs")).unwrap();
    let outer = s.create("mount", squashfs_mount(&squashfs_from_dir(&outer_src)));
    let outer_id = id_of(&outer);

    let attach = s.create("attach", loopback_in(reference(outer_id), "inner.squashfs"));
    let n = loop_number(&device_file(&attach));
    assert!(loop_read_only(n), "/dev/loop{n} backs a file on squashfs but is not read-only");
    assert_eq!(loop_backing_file(n), Some(mountpoint(&outer).join("inner.squashfs")));
    assert_eq!(s.refs("mount", outer_id), 2);

    let inner_mount = s.create("mount", attach_mount(reference(id_of(&attach)), "squashfs"));
    assert_eq!(read(&mountpoint(&inner_mount).join("inner.txt")), "inner\n");

    s.remove("mount", id_of(&inner_mount), false);
    s.remove("attach", id_of(&attach), false);
    assert_eq!(s.refs("mount", outer_id), 1);
    s.remove("mount", outer_id, false);
    assert_clean(&s);
}

#[test]
fn loopback_attach_of_a_directory_is_400() {
    let s = Server::start();
    let dir = unique(&s.work(), "dir");
    write_tree(&dir, &[("file", "x")]);
    expect_error(s.post("/attach", &loopback(&dir)), 400);
    assert_clean(&s);
}

/// A path that would leave its base is refused: 400, or 404 when it is
/// resolved inside the base (where nothing is at that name).
fn expect_refused_path(response: (u16, serde_json::Value)) {
    let (status, message) = expect_client_error(response);
    assert!(matches!(status, 400 | 404), "expected 400 or 404, got {status}: {message}");
}

#[test]
fn loopback_path_cannot_leave_its_base_mount_through_dotdot() {
    let s = Server::start();
    let image = squashfs_image(&s.work(), &[("images/inner.img", "not empty\n")]);
    let base = s.create("mount", squashfs_mount(&image));
    let base_id = id_of(&base);
    for path in ["../../etc/passwd", "../../../../../../../../etc/passwd", "images/../../../etc/passwd", "/etc/passwd"] {
        expect_refused_path(s.post("/attach", &loopback_in(reference(base_id), path)));
        assert_eq!(loops_backed_by(Path::new("/etc/passwd")), vec![], "{path} attached the node's /etc/passwd");
        assert_eq!(s.refs("mount", base_id), 1, "a refused attachment kept a reference on its base");
    }
    // The same with the base mount defined inline: it is rolled back too.
    expect_refused_path(s.post("/attach", &loopback_in(squashfs_mount(&image), "../../etc/passwd")));
    s.remove("mount", base_id, false);
    assert_clean(&s);
}

#[test]
fn loopback_path_cannot_leave_its_base_mount_through_a_symlink() {
    let s = Server::start();
    let src = unique(&s.work(), "links");
    write_tree(&src, &[("images/inner.img", "not empty\n")]);
    std::os::unix::fs::symlink("/etc", src.join("etc-link")).unwrap();
    std::os::unix::fs::symlink("../../../../../../../etc", src.join("up-link")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", src.join("passwd-link")).unwrap();
    let base = s.create("mount", squashfs_mount(&squashfs_from_dir(&src)));
    for path in ["etc-link/passwd", "up-link/passwd", "passwd-link"] {
        expect_refused_path(s.post("/attach", &loopback_in(reference(id_of(&base)), path)));
        assert_eq!(loops_backed_by(Path::new("/etc/passwd")), vec![], "{path} attached the node's /etc/passwd");
    }
    s.remove("mount", id_of(&base), false);
    assert_clean(&s);
}

// ---- local attachments -------------------------------------------------------

#[test]
fn local_attach_of_something_not_a_block_device_is_400() {
    let s = Server::start();
    expect_error(s.post("/attach", &local("/etc/passwd")), 400);
    expect_error(s.post("/attach", &local("/etc")), 400);
    assert_clean(&s);
}

#[test]
fn local_attach_of_a_block_device_is_used_and_left_attached() {
    let s = Server::start();
    let image = squashfs_image(&s.work(), &[("local.txt", "local\n")]);
    let test_loop = TestLoop::new(&image);
    let attach = s.create("attach", local(&test_loop.device));
    assert_eq!(attach["kind"], "local");
    assert_eq!(attach["refs"], 1);
    assert_eq!(device_file(&attach), test_loop.device);

    let mount = s.create("mount", attach_mount(reference(id_of(&attach)), "squashfs"));
    assert_eq!(read(&mountpoint(&mount).join("local.txt")), "local\n");
    s.remove("mount", id_of(&mount), false);
    s.remove("attach", id_of(&attach), false);
    // The server never detaches a device it did not attach.
    assert_eq!(loop_backing_file(loop_number(&test_loop.device)), Some(image));
    drop(test_loop);
    assert_clean(&s);
}

// ---- attach mounts -----------------------------------------------------------

#[test]
fn attach_mount_of_a_squashfs_attachment_shows_its_files() {
    let s = Server::start();
    let image = squashfs_image(&s.work(), &[("hello.txt", "hello\n"), ("dir/nested.txt", "nested\n")]);
    let attach = s.create("attach", loopback(&image));
    let mount = s.create("mount", attach_mount(reference(id_of(&attach)), "squashfs"));
    let (mount_id, mp) = (id_of(&mount), mountpoint(&mount));
    assert_eq!(mount["kind"], "attach");
    assert_eq!(mount["refs"], 1);
    assert_eq!(mp, s.run_dir().join("mounts").join(mount_id.to_string()));
    assert_eq!(mount_entry(&mp).expect("not in mountinfo").fs_type, "squashfs");
    assert_eq!(read(&mp.join("hello.txt")), "hello\n");
    assert_eq!(read(&mp.join("dir/nested.txt")), "nested\n");
    assert_eq!(s.refs("attach", id_of(&attach)), 2);

    s.remove("mount", mount_id, false);
    assert!(!is_mountpoint(&mp), "{} still mounted", mp.display());
    assert_eq!(s.refs("attach", id_of(&attach)), 1);
    s.remove("attach", id_of(&attach), false);
    assert_clean(&s);
}

#[test]
fn nested_attach_definition_lives_and_dies_with_its_mount() {
    let s = Server::start();
    let image = squashfs_image(&s.work(), &[("hello.txt", "hello\n")]);
    let mount = s.create("mount", squashfs_mount(&image));
    assert_eq!(mount["refs"], 1);
    assert_eq!(read(&mountpoint(&mount).join("hello.txt")), "hello\n");

    let attachments = s.list("/attach");
    assert_eq!(attachments.len(), 1, "{attachments:?}");
    let nested = &attachments[0];
    assert_eq!(nested["kind"], "loopback");
    assert_eq!(nested["refs"], 1, "a nested attachment is held by its mount only");
    assert_eq!(loop_backing_file(loop_number(&device_file(nested))).as_deref(), Some(image.as_path()));

    s.remove("mount", id_of(&mount), false);
    assert_eq!(s.list("/attach"), Vec::<serde_json::Value>::new(), "the nested attachment outlived its mount");
    assert!(eventually(2, || loops_backed_by(&image).is_empty()), "loop device of the nested attachment left");
    assert_clean(&s);
}

#[test]
fn ext4_mount_options_become_flags_and_filesystem_data() {
    let s = Server::start();
    let image = ext4_image(&s.work(), 16, &[("data.txt", "ext4 data\n")]);
    let definition = json!({"kind": "attach", "attach": {
        "fs_type": "ext4", "mount_options": ["ro", "noatime", "errors=remount-ro"], "attach": loopback(&image)}});
    let mount = s.create("mount", definition);
    let mp = mountpoint(&mount);
    let entry = mount_entry(&mp).expect("not in mountinfo");
    assert_eq!(entry.fs_type, "ext4");
    for flag in ["ro", "noatime"] {
        assert!(entry.options.iter().any(|o| o == flag), "{flag} missing from {:?}", entry.options);
    }
    assert!(entry.super_options.iter().any(|o| o == "errors=remount-ro"), "data option missing: {:?}", entry.super_options);
    assert_eq!(read(&mp.join("data.txt")), "ext4 data\n");
    let err = fs::write(mp.join("new.txt"), "x").expect_err("wrote into a ro mount");
    assert_eq!(err.raw_os_error(), Some(libc::EROFS), "{err}");

    s.remove("mount", id_of(&mount), false);
    assert_clean(&s);
}

#[test]
fn ext4_mount_without_options_is_writable_and_keeps_writes() {
    let s = Server::start();
    let image = ext4_image(&s.work(), 16, &[]);
    let first = s.create("mount", attach_mount(loopback(&image), "ext4"));
    fs::write(mountpoint(&first).join("kept.txt"), "kept\n").expect("writing into an ext4 mount");
    s.remove("mount", id_of(&first), false);

    let second = s.create("mount", attach_mount(loopback(&image), "ext4"));
    assert_eq!(read(&mountpoint(&second).join("kept.txt")), "kept\n");
    s.remove("mount", id_of(&second), false);
    assert_clean(&s);
}

#[test]
fn unknown_fs_type_is_501_and_creates_nothing() {
    let s = Server::start();
    let image = squashfs_image(&s.work(), &[("a", "a")]);
    let message = expect_error(s.post("/mount", &attach_mount(loopback(&image), "nosuchfs")), 501);
    assert!(message.contains("nosuchfs"), "the message should name the filesystem: {message}");
    assert_eq!(s.list("/attach"), Vec::<serde_json::Value>::new());
    assert_eq!(loops_backed_by(&image), vec![], "a loop device was made for an unknown filesystem");

    // By reference: the attachment stays as it was.
    let attach = s.create("attach", loopback(&image));
    expect_error(s.post("/mount", &attach_mount(reference(id_of(&attach)), "nosuchfs")), 501);
    assert_eq!(s.refs("attach", id_of(&attach)), 1);
    s.remove("attach", id_of(&attach), false);
    assert_clean(&s);
}

#[test]
fn wrong_fs_type_is_refused_and_the_nested_loop_device_rolled_back() {
    let s = Server::start();
    let image = squashfs_image(&s.work(), &[("a", "a")]);
    expect_client_error(s.post("/mount", &attach_mount(loopback(&image), "ext4")));
    assert_eq!(s.list("/attach"), Vec::<serde_json::Value>::new(), "the nested attachment outlived the failed mount");
    assert!(eventually(2, || loops_backed_by(&image).is_empty()), "the nested loop device was not rolled back");

    let attach = s.create("attach", loopback(&image));
    expect_client_error(s.post("/mount", &attach_mount(reference(id_of(&attach)), "ext4")));
    assert_eq!(s.refs("attach", id_of(&attach)), 1, "a failed mount kept a reference");
    s.remove("attach", id_of(&attach), false);
    assert_clean(&s);
}

#[test]
fn nested_definition_failing_halfway_rolls_back_what_it_made() {
    let s = Server::start();
    let good = squashfs_image(&s.work(), &[("good.txt", "good\n")]);
    let bad = squashfs_image(&s.work(), &[("bad.txt", "bad\n")]);
    // The first lower (loop device and squashfs mount) is made before the
    // second one fails in the kernel.
    let definition = overlay(vec![squashfs_mount(&good), attach_mount(loopback(&bad), "ext4")]);
    expect_client_error(s.post("/mount", &definition));
    assert_clean(&s);
}

// ---- references, 409 and force ----------------------------------------------

#[test]
fn referenced_attachment_is_busy_until_its_mount_is_deleted() {
    let s = Server::start();
    let image = squashfs_image(&s.work(), &[("a", "a")]);
    let attach = s.create("attach", loopback(&image));
    let attach_id = id_of(&attach);
    let mount = s.create("mount", attach_mount(reference(attach_id), "squashfs"));
    let mount_id = id_of(&mount);
    for _ in 0..3 {
        assert_eq!(s.refs("attach", attach_id), 2, "GET must not change counts");
        assert_eq!(s.refs("mount", mount_id), 1);
    }

    let message = expect_error(s.delete(&format!("/attach?id={attach_id}")), 409);
    assert!(mentions_id(&message, mount_id), "the 409 should name mount {mount_id}: {message}");
    assert_eq!(s.refs("attach", attach_id), 2, "a refused DELETE changed the count");
    assert!(is_mountpoint(&mountpoint(&mount)));

    s.remove("mount", mount_id, false);
    assert_eq!(s.refs("attach", attach_id), 1);
    assert_eq!(loops_backed_by(&image).len(), 1, "the attachment's loop device went with the mount");
    s.remove("attach", attach_id, false);
    assert_clean(&s);
}

#[test]
fn nested_attachment_cannot_be_deleted_while_its_mount_holds_it() {
    let s = Server::start();
    let image = squashfs_image(&s.work(), &[("a", "a")]);
    let mount = s.create("mount", squashfs_mount(&image));
    let nested = id_of(&s.list("/attach")[0]);
    let message = expect_error(s.delete(&format!("/attach?id={nested}")), 409);
    assert!(mentions_id(&message, id_of(&mount)), "the 409 should name mount {}: {message}", id_of(&mount));
    assert!(is_mountpoint(&mountpoint(&mount)));
    s.remove("mount", id_of(&mount), false);
    assert_clean(&s);
}

#[test]
fn force_delete_of_an_attachment_removes_everything_using_it() {
    let s = Server::start();
    let image = squashfs_image(&s.work(), &[("a", "a")]);
    let attach = id_of(&s.create("attach", loopback(&image)));
    let mount = s.create("mount", attach_mount(reference(attach), "squashfs"));
    let over = s.create("mount", overlay(vec![reference(id_of(&mount))]));

    s.remove("attach", attach, true);
    for (collection, id) in [("attach", attach), ("mount", id_of(&mount)), ("mount", id_of(&over))] {
        assert!(!s.exists(collection, id), "{collection} {id} survived the forced delete of what it uses");
    }
    assert!(!is_mountpoint(&mountpoint(&over)) && !is_mountpoint(&mountpoint(&mount)));
    assert_clean(&s);
}

#[test]
fn force_delete_of_a_nested_attachment_removes_its_mount() {
    let s = Server::start();
    let image = squashfs_image(&s.work(), &[("a", "a")]);
    let mount = s.create("mount", squashfs_mount(&image));
    let nested = id_of(&s.list("/attach")[0]);
    s.remove("attach", nested, true);
    assert!(!s.exists("mount", id_of(&mount)));
    assert_clean(&s);
}

#[test]
fn force_delete_of_an_unused_mount_is_a_plain_delete_with_cascade() {
    let s = Server::start();
    let image = squashfs_image(&s.work(), &[("a", "a")]);
    let mount = s.create("mount", squashfs_mount(&image));
    let deleted = s.remove("mount", id_of(&mount), true);
    assert_eq!(deleted["kind"], "attach");
    assert_clean(&s);
}

// ---- bind mounts -------------------------------------------------------------

#[test]
fn bind_mount_of_a_directory_shows_and_shares_its_contents() {
    let s = Server::start();
    let src = unique(&s.work(), "src");
    write_tree(&src, &[("file.txt", "bound\n")]);
    let mount = s.create("mount", bind(&src));
    let mp = mountpoint(&mount);
    assert_eq!(mount["kind"], "bind");
    assert_eq!(mount["refs"], 1);
    assert!(is_mountpoint(&mp));
    assert_eq!(read(&mp.join("file.txt")), "bound\n");
    fs::write(mp.join("new.txt"), "through the bind\n").expect("a bind mount is writable by default");
    assert_eq!(read(&src.join("new.txt")), "through the bind\n");

    s.remove("mount", id_of(&mount), false);
    assert!(!is_mountpoint(&mp));
    assert_eq!(read(&src.join("new.txt")), "through the bind\n");
    assert_clean(&s);
}

#[test]
fn read_only_bind_mount_refuses_writes_with_erofs() {
    let s = Server::start();
    let src = unique(&s.work(), "src");
    write_tree(&src, &[("file.txt", "ro\n")]);
    let mount = s.create("mount", json!({"kind": "bind", "bind": {"path": src, "base": "root", "ro": true}}));
    let mp = mountpoint(&mount);
    assert!(mount_options(&mp).iter().any(|o| o == "ro"), "options {:?}", mount_options(&mp));
    assert_eq!(read(&mp.join("file.txt")), "ro\n");
    let err = fs::write(mp.join("new.txt"), "x").expect_err("wrote through a read-only bind");
    assert_eq!(err.raw_os_error(), Some(libc::EROFS), "{err}");
    fs::write(src.join("still-writable.txt"), "x").expect("the source must stay writable");

    s.remove("mount", id_of(&mount), false);
    assert_clean(&s);
}

#[test]
fn recursive_bind_carries_submounts_and_a_plain_bind_does_not() {
    let s = Server::start();
    let src = unique(&s.work(), "src");
    write_tree(&src, &[("top.txt", "top\n")]);
    let sub = TestMount::tmpfs(&src.join("sub"));
    fs::write(sub.path.join("inner.txt"), "inner\n").unwrap();

    let recursive = s.create("mount", json!({"kind": "bind", "bind": {"path": src, "base": "root", "recursive": true}}));
    let plain = s.create("mount", bind(&src));
    let (rec_mp, plain_mp) = (mountpoint(&recursive), mountpoint(&plain));
    assert_eq!(read(&rec_mp.join("sub/inner.txt")), "inner\n");
    assert!(is_mountpoint(&rec_mp.join("sub")));
    assert!(!plain_mp.join("sub/inner.txt").exists(), "a plain bind carried a submount");

    s.remove("mount", id_of(&recursive), false);
    assert_eq!(mounts_under(&rec_mp), Vec::<std::path::PathBuf>::new(), "submounts of the recursive bind left");
    s.remove("mount", id_of(&plain), false);
    drop(sub);
    assert_clean(&s);
}

#[test]
fn bind_inside_a_mount_shows_only_that_subdirectory() {
    let s = Server::start();
    let image = squashfs_image(&s.work(), &[("sub/file.txt", "inside\n"), ("other.txt", "other\n")]);
    let definition = json!({"kind": "bind", "bind": {"path": "sub", "base": "mount", "mount": squashfs_mount(&image)}});
    let mount = s.create("mount", definition);
    let mp = mountpoint(&mount);
    assert_eq!(read(&mp.join("file.txt")), "inside\n");
    assert!(!mp.join("other.txt").exists());
    assert_eq!(s.list("/mount").len(), 2, "the bind and its nested squashfs mount");

    s.remove("mount", id_of(&mount), false);
    assert_clean(&s);
}

#[test]
fn hundred_bind_cycles_leave_no_mount_behind() {
    let s = Server::start();
    let src = unique(&s.work(), "src");
    write_tree(&src, &[("file.txt", "cycle\n")]);
    let mut last = 0;
    for _ in 0..100 {
        let mount = s.create("mount", bind(&src));
        assert!(id_of(&mount) > last, "ids must increase");
        last = id_of(&mount);
        assert!(is_mountpoint(&mountpoint(&mount)));
        s.remove("mount", last, false);
    }
    assert_eq!(s.mounts_made(&s.run_dir()), Vec::<std::path::PathBuf>::new());
    assert_clean(&s);
}

// ---- overlays ----------------------------------------------------------------

#[test]
fn overlay_shows_the_topmost_lower_and_writes_to_the_upper_dir() {
    let s = Server::start();
    let top = squashfs_image(&s.work(), &[("both.txt", "top\n"), ("top-only.txt", "t\n")]);
    let bottom = squashfs_image(&s.work(), &[("both.txt", "bottom\n"), ("bottom-only.txt", "b\n")]);
    let over = s.create("mount", overlay(vec![squashfs_mount(&top), squashfs_mount(&bottom)]));
    let (id, mp) = (id_of(&over), mountpoint(&over));
    assert_eq!(over["kind"], "overlay");
    assert_eq!(over["refs"], 1);
    assert_eq!(mount_entry(&mp).expect("not in mountinfo").fs_type, "overlay");
    assert_eq!(read(&mp.join("both.txt")), "top\n", "the first lower is the topmost");
    assert_eq!(read(&mp.join("top-only.txt")), "t\n");
    assert_eq!(read(&mp.join("bottom-only.txt")), "b\n");
    assert_eq!(s.list("/mount").len(), 3, "the overlay and its two nested lowers");
    assert_eq!(s.list("/attach").len(), 2);

    let upper = std::path::PathBuf::from(over["overlay"]["upperdir"].as_str().expect("upperdir"));
    assert!(upper.starts_with(s.run_dir().join("overlay").join(id.to_string())), "upperdir {}", upper.display());
    assert!(over["overlay"]["workdir"].is_string());
    fs::write(mp.join("new.txt"), "written\n").expect("writing through the overlay");
    fs::write(mp.join("both.txt"), "changed\n").expect("overwriting a lower file");
    assert_eq!(read(&upper.join("new.txt")), "written\n");
    assert_eq!(read(&upper.join("both.txt")), "changed\n");

    s.remove("mount", id, false);
    assert_clean(&s);
}

#[test]
fn overlay_lower_by_reference_is_held_until_the_overlay_goes() {
    let s = Server::start();
    let image = squashfs_image(&s.work(), &[("shared.txt", "from squashfs\n")]);
    let dir = unique(&s.work(), "top");
    write_tree(&dir, &[("shared.txt", "from the bind\n"), ("dir-only.txt", "d\n")]);
    let lower = s.create("mount", squashfs_mount(&image));
    let lower_id = id_of(&lower);
    let over = s.create("mount", overlay(vec![bind(&dir), reference(lower_id)]));
    assert_eq!(s.refs("mount", lower_id), 2);
    assert_eq!(read(&mountpoint(&over).join("shared.txt")), "from the bind\n");
    assert_eq!(read(&mountpoint(&over).join("dir-only.txt")), "d\n");

    let message = expect_error(s.delete(&format!("/mount?id={lower_id}")), 409);
    assert!(mentions_id(&message, id_of(&over)), "the 409 should name overlay {}: {message}", id_of(&over));

    s.remove("mount", id_of(&over), false);
    assert_eq!(s.refs("mount", lower_id), 1);
    assert!(is_mountpoint(&mountpoint(&lower)));
    s.remove("mount", lower_id, false);
    assert_clean(&s);
}

// ---- listing, ids, errors ------------------------------------------------------

#[test]
fn get_filters_by_id_and_kind() {
    let s = Server::start();
    let src = unique(&s.work(), "src");
    write_tree(&src, &[("a", "a")]);
    let image = squashfs_image(&s.work(), &[("a", "a")]);
    let bound = id_of(&s.create("mount", bind(&src)));
    let squash = id_of(&s.create("mount", squashfs_mount(&image)));
    let ids = |path: &str| s.list(path).iter().map(id_of).collect::<Vec<_>>();

    let mut all = ids("/mount");
    all.sort();
    assert_eq!(all, vec![bound, squash]);
    assert_eq!(ids("/mount?kind=bind"), vec![bound]);
    assert_eq!(ids("/mount?kind=attach"), vec![squash]);
    assert_eq!(ids("/mount?kind=overlay"), Vec::<u64>::new());
    assert_eq!(ids(&format!("/mount?id={bound}")), vec![bound]);
    assert_eq!(ids(&format!("/mount?id={bound}&kind=bind")), vec![bound]);
    assert_eq!(ids("/attach?kind=loopback").len(), 1);
    assert_eq!(ids("/attach?kind=local"), Vec::<u64>::new());
    expect_error(s.get("/mount?kind=floppy"), 400);
    expect_error(s.get("/attach?kind=floppy"), 400);

    s.remove("mount", bound, false);
    s.remove("mount", squash, false);
    assert_clean(&s);
}

#[test]
fn unknown_ids_are_404() {
    let s = Server::start();
    for collection in ["attach", "mount"] {
        expect_error(s.get(&format!("/{collection}?id=999999")), 404);
        expect_error(s.delete(&format!("/{collection}?id=999999")), 404);
    }
    expect_error(s.post("/mount", &attach_mount(reference(999999), "squashfs")), 404);
    expect_error(s.post("/mount", &overlay(vec![reference(999999)])), 404);
    assert_clean(&s);
}

#[test]
fn delete_without_a_valid_id_is_400() {
    let s = Server::start();
    for collection in ["attach", "mount"] {
        expect_error(s.delete(&format!("/{collection}")), 400);
        expect_error(s.delete(&format!("/{collection}?id=abc")), 400);
        expect_error(s.get(&format!("/{collection}?id=abc")), 400);
    }
    assert_clean(&s);
}

#[test]
fn ids_start_at_one_are_shared_and_never_reused() {
    let s = Server::start();
    let image = squashfs_image(&s.work(), &[("a", "a")]);
    let src = unique(&s.work(), "src");
    write_tree(&src, &[("a", "a")]);

    let attach = id_of(&s.create("attach", loopback(&image)));
    assert_eq!(attach, 1, "the first object of a fresh server");
    let mount = id_of(&s.create("mount", attach_mount(reference(attach), "squashfs")));
    let bound = id_of(&s.create("mount", bind(&src)));
    assert_eq!((mount, bound), (2, 3), "attachments and mounts share one counter");
    s.remove("mount", bound, false);
    s.remove("mount", mount, false);
    s.remove("attach", attach, false);

    let nested_mount = id_of(&s.create("mount", squashfs_mount(&image)));
    let nested_attach = id_of(&s.list("/attach")[0]);
    let again = id_of(&s.create("mount", bind(&src)));
    let mut seen = vec![attach, mount, bound, nested_mount, nested_attach, again];
    assert!(seen[3..].iter().all(|id| *id > bound), "an id was reused: {seen:?}");
    assert!(again > nested_mount.max(nested_attach), "ids must increase: {seen:?}");
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 6, "an id was reused");

    s.remove("mount", again, false);
    s.remove("mount", nested_mount, false);
    assert_clean(&s);
}

#[test]
fn ids_are_not_reused_across_restarts() {
    let mut s = Server::start();
    let src = unique(&s.work(), "src");
    write_tree(&src, &[("a", "a")]);
    let before = id_of(&s.create("mount", bind(&src)));
    s.remove("mount", before, false);
    s.restart();
    let after = id_of(&s.create("mount", bind(&src)));
    assert!(after > before, "id {after} after a restart, {before} before it");
    s.remove("mount", after, false);
    assert_clean(&s);
}

#[test]
fn eight_threads_creating_and_deleting_nested_mounts_all_succeed() {
    let s = Server::start();
    let image = squashfs_image(&s.work(), &[("hello.txt", "hello\n")]);
    let ids = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..8 {
            scope.spawn(|| {
                for _ in 0..10 {
                    let mount = s.create("mount", squashfs_mount(&image));
                    assert_eq!(read(&mountpoint(&mount).join("hello.txt")), "hello\n");
                    s.remove("mount", id_of(&mount), false);
                    ids.lock().unwrap().push(id_of(&mount));
                }
            });
        }
    });
    let mut ids = ids.into_inner().unwrap();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 80, "mount ids were shared between concurrent requests");
    assert_clean(&s);
}

#[test]
fn malformed_requests_are_400_with_a_json_error() {
    let s = Server::start();
    for body in ["{not json", "", "[]", "null", "42", r#"{"kind": "loopback", "loopback": {"path": "/x", "base": "root""#] {
        expect_error(s.post_raw("/attach", body), 400);
        expect_error(s.post_raw("/mount", body), 400);
    }
    let bad_attachments = [
        json!({"kind": 5}),
        json!({"kind": "floppy"}),
        json!({"kind": "loopback"}),
        json!({"kind": "loopback", "local": {"path": "/dev/null"}}),
        json!({"kind": "loopback", "loopback": {"path": 7, "base": "root"}}),
        json!({"kind": "loopback", "loopback": {"path": "/x"}}),
        json!({"kind": "loopback", "loopback": {"path": "/x", "base": "elsewhere"}}),
        json!({"kind": "loopback", "loopback": {"path": "x", "base": "mount"}}),
        json!({"kind": "loopback", "loopback": {"path": "/x", "base": "root", "readPartitions": "yes"}}),
    ];
    for body in &bad_attachments {
        expect_error(s.post("/attach", body), 400);
    }
    let bad_mounts = [
        json!({"kind": "attach", "attach": {"attach": {"id": 1}}}),
        json!({"kind": "attach", "attach": {"fs_type": "squashfs"}}),
        json!({"kind": "attach", "attach": {"fs_type": "squashfs", "attach": {"id": 1}, "mount_options": "ro"}}),
        json!({"kind": "overlay", "overlay": {"lower": []}}),
        json!({"kind": "overlay", "overlay": {"lower": "nope"}}),
        json!({"kind": "bind", "bind": {"path": "/tmp", "base": "root", "ro": "yes"}}),
        json!({"kind": "bind", "bind": {"base": "root"}}),
        json!({"kind": "sideways"}),
    ];
    for body in &bad_mounts {
        expect_error(s.post("/mount", body), 400);
    }
    assert_clean(&s);
}

#[test]
fn every_error_carries_its_status_as_code_and_a_message() {
    let s = Server::start();
    let image = squashfs_image(&s.work(), &[("a", "a")]);
    let mount = s.create("mount", squashfs_mount(&image));
    let nested = id_of(&s.list("/attach")[0]);
    let responses = [
        (400, s.delete("/mount")),
        (400, s.post_raw("/mount", "{")),
        (404, s.get("/mount?id=999999")),
        (409, s.delete(&format!("/attach?id={nested}"))),
        (501, s.post("/mount", &attach_mount(loopback(&image), "nosuchfs"))),
    ];
    for (status, (got, body)) in responses {
        assert_eq!(got, status, "{body}");
        assert_eq!(body["code"], status, "{body}");
        let message = body["message"].as_str().unwrap_or_default();
        assert!(!message.is_empty() && !message.eq_ignore_ascii_case("internal server error"), "{body}");
    }
    s.remove("mount", id_of(&mount), false);
    assert_clean(&s);
}

// ---- images for the container tests ------------------------------------------

#[test]
fn busybox_rootfs_image_mounts_and_its_busybox_runs() {
    let s = Server::start();
    let rootfs = busybox_rootfs(&unique(&s.work(), "rootfs"));
    let mount = s.create("mount", squashfs_mount(&squashfs_from_dir(&rootfs)));
    let mp = mountpoint(&mount);
    let out = std::process::Command::new(mp.join("bin/busybox")).args(["echo", "alive"]).output().expect("running busybox");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "alive\n");
    assert_eq!(fs::read_link(mp.join("bin/sh")).unwrap(), Path::new("busybox"));
    s.remove("mount", id_of(&mount), false);
    assert_clean(&s);
}
