//! The iscsi driver against a fake `iscsiadm` and a fake sysfs. The fake
//! records its arguments, one call a line, and acts like open-iscsi: it
//! keeps interfaces, lists the targets of a portal on discovery, and on
//! login makes the session as the kernel shows it (`class/iscsi_session/
//! session1/device/target2:0:0/2:0:0:<lun>/block/sdX`, the connection's
//! address and port, `block/sdX/queue/scheduler`, `/dev/sdX`).

use super::*;

const INITIATOR: &str = "iqn.2024-01.org.example:node7";

struct Fake {
    dir: tempfile::TempDir,
}

impl Fake {
    /// The portal 127.0.0.1:3260 offers `targets`, each with LUNs 0 (sdx) and 1 (sdy).
    fn new(targets: &[&str]) -> Fake {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("sys/class/iscsi_transport/tcp")).unwrap();
        std::fs::create_dir_all(root.join("dev")).unwrap();
        std::fs::create_dir_all(root.join("state")).unwrap();
        let offered: String = targets.iter().map(|t| format!("127.0.0.1:3260,1 {t}\n")).collect();
        std::fs::write(root.join("state/targets"), offered).unwrap();
        let script = include_str!("fake-iscsiadm.sh").replace("@ROOT@", &root.display().to_string());
        let path = root.join("iscsiadm");
        std::fs::write(&path, script).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        Fake { dir }
    }

    fn initiator(&self) -> Initiator {
        let root = self.dir.path();
        Initiator {
            sysfs: root.join("sys"),
            dev: root.join("dev"),
            iscsiadm: root.join("iscsiadm").display().to_string(),
            lun_timeout: Duration::from_millis(600),
        }
    }

    /// The calls since the last look, with the root shortened to `$R`.
    fn calls(&self) -> Vec<String> {
        let path = self.dir.path().join("state/calls");
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let _ = std::fs::remove_file(&path);
        text.lines().map(str::to_string).collect()
    }

    fn read(&self, path: &str) -> String {
        std::fs::read_to_string(self.dir.path().join(path)).unwrap().trim_end().to_string()
    }
}

fn spec(target: &str, extra: &str) -> models::AttachIscsi {
    let s: models::AttachIscsi = serde_json::from_str(&format!(
        r#"{{"initiator":"{INITIATOR}","target":"{target}","host":"127.0.0.1"{extra}}}"#
    ))
    .unwrap();
    check("attach.iscsi", &s).unwrap();
    s
}

fn iface() -> String {
    portal("a", &spec("iqn.2024-01.org.example:any", "")).unwrap().iface
}

#[test]
fn logs_in_sets_the_session_up_and_finds_the_lun() {
    let t = "iqn.2024-01.org.example:disk1";
    let fake = Fake::new(&[t, "iqn.2024-01.org.example:other"]);
    let mut lun =
        fake.initiator().attach(&spec(t, r#","lun":1,"max_comands":64,"queue_depth":32,"scheduler":"bfq""#)).unwrap();
    let i = iface();
    let node = format!("-m node -T {t} -p 127.0.0.1:3260 -I {i}");
    assert_eq!(
        fake.calls(),
        [
            format!("-m iface -I {i} -o show"),
            format!("-m iface -I {i} -o new"),
            format!("-m iface -I {i} -o update -n iface.initiatorname -v {INITIATOR}"),
            format!("-m discovery -t sendtargets -p 127.0.0.1:3260 -I {i}"),
            format!("{node} -o update -n node.session.cmds_max -v 64"),
            format!("{node} -o update -n node.session.queue_depth -v 32"),
            format!("{node} -o update -n node.startup -v manual"),
            format!("{node} --login"),
        ]
    );
    assert_eq!(lun.device_file(), fake.dir.path().join("dev/sdy"));
    assert_eq!(fake.read("sys/block/sdy/queue/scheduler"), "bfq");
    lun.detach(false).unwrap();
    lun.detach(false).unwrap(); // idempotent
    assert_eq!(fake.calls(), [format!("{node} --logout")]);
}

#[test]
fn luns_behind_one_session_share_it_and_the_last_logs_out() {
    let t = "iqn.2024-01.org.example:disk2";
    let fake = Fake::new(&[t]);
    let mut a = fake.initiator().attach(&spec(t, "")).unwrap();
    let mut b = fake.initiator().attach(&spec(t, r#","lun":1"#)).unwrap();
    let logins = fake.calls().iter().filter(|c| c.ends_with("--login")).count();
    assert_eq!(logins, 1, "the second LUN uses the existing session");
    assert_eq!(
        (a.device_file().file_name().unwrap(), b.device_file().file_name().unwrap()),
        ("sdx".as_ref(), "sdy".as_ref())
    );
    assert_eq!(fake.read("sys/block/sdx/queue/scheduler"), "mq-deadline", "the default scheduler");
    a.detach(false).unwrap();
    assert!(fake.calls().is_empty(), "b still uses the session");
    b.detach(false).unwrap();
    assert_eq!(fake.calls().len(), 1);
}

#[test]
fn a_session_someone_else_opened_is_left_alone() {
    let t = "iqn.2024-01.org.example:disk3";
    let fake = Fake::new(&[t]);
    // Someone logs in outside the server.
    let i = iface();
    let out = fake.initiator().run(&["-m", "node", "-T", t, "-p", "127.0.0.1:3260", "-I", &i, "--login"]).unwrap();
    assert!(out.success());
    fake.calls();
    let mut lun = fake.initiator().attach(&spec(t, "")).unwrap();
    assert!(!fake.calls().iter().any(|c| c.ends_with("--login")));
    lun.detach(false).unwrap();
    assert!(fake.calls().is_empty(), "no logout of a session we did not open");
}

#[test]
fn a_target_the_portal_does_not_offer_is_a_404_without_login() {
    let fake = Fake::new(&["iqn.2024-01.org.example:else"]);
    let err = fake.initiator().attach(&spec("iqn.2024-01.org.example:disk4", "")).unwrap_err();
    assert_eq!(err.kind.status(), 404, "{err}");
    assert!(err.message.contains("does not offer it (it offers: iqn.2024-01.org.example:else)"), "{err}");
    assert!(!fake.calls().iter().any(|c| c.contains("--login")));
}

#[test]
fn a_missing_lun_logs_out_again() {
    let t = "iqn.2024-01.org.example:disk5";
    let fake = Fake::new(&[t]);
    let mut s = spec(t, r#","lun":7"#);
    s.lun = Some(7);
    let start = std::time::Instant::now();
    let err = fake.initiator().attach(&s).unwrap_err();
    assert_eq!(err.kind.status(), 404, "{err}");
    assert!(start.elapsed() >= Duration::from_millis(100));
    let calls = fake.calls();
    assert!(calls.iter().any(|c| c.ends_with("--rescan")), "{calls:?}");
    assert!(calls.last().unwrap().ends_with("--logout"), "{calls:?}");
}

#[test]
fn without_the_kernel_initiator_or_iscsiadm_nothing_is_run() {
    let fake = Fake::new(&["iqn.2024-01.org.example:disk6"]);
    let mut init = fake.initiator();
    init.sysfs = fake.dir.path().join("nothing");
    let err = init.attach(&spec("iqn.2024-01.org.example:disk6", "")).unwrap_err();
    assert_eq!(err.kind.status(), 501);
    assert!(err.message.contains("load the iscsi_tcp module"), "{err}");
    let mut init = fake.initiator();
    init.iscsiadm = "/nonexistent/iscsiadm".into();
    let err = init.attach(&spec("iqn.2024-01.org.example:disk6", "")).unwrap_err();
    assert_eq!(err.kind.status(), 501);
    assert!(err.message.contains("install open-iscsi"), "{err}");
    assert!(fake.calls().is_empty());
}

#[test]
fn definitions_are_checked() {
    for (json, want) in [
        (r#"{"initiator":"node7","target":"iqn.2024-01.x:t","host":"h"}"#, "initiator"),
        (r#"{"initiator":"iqn.2024-01.x:i","target":"iqn.2024-01.x:t -o delete","host":"h"}"#, "target"),
        (r#"{"initiator":"iqn.2024-01.x:i","target":"iqn.2024-01.x:t","host":"-p"}"#, "host"),
        (r#"{"initiator":"iqn.2024-01.x:i","target":"iqn.2024-01.x:t","host":"h","port":0}"#, "port"),
        (r#"{"initiator":"iqn.2024-01.x:i","target":"iqn.2024-01.x:t","host":"h","lun":-1}"#, "lun"),
        (r#"{"initiator":"iqn.2024-01.x:i","target":"iqn.2024-01.x:t","host":"h","max_comands":1}"#, "max_comands"),
        (r#"{"initiator":"iqn.2024-01.x:i","target":"iqn.2024-01.x:t","host":"h","queue_depth":0}"#, "queue_depth"),
        (r#"{"initiator":"iqn.2024-01.x:i","target":"iqn.2024-01.x:t","host":"h","scheduler":"../x"}"#, "scheduler"),
    ] {
        let err = check("attach.iscsi", &serde_json::from_str(json).unwrap()).unwrap_err();
        assert_eq!(err.kind.status(), 400, "{json}");
        assert!(err.message.contains(want), "{json}: {}", err.message);
    }
}

#[test]
fn an_attachment_is_adopted_again_while_its_session_is_there() {
    let t = "iqn.2024-01.org.example:disk7";
    let fake = Fake::new(&[t]);
    let lun = fake.initiator().attach(&spec(t, "")).unwrap();
    let identity = lun.identity();
    assert_eq!(identity["owned"], true);
    // A restarted server forgets its counts; adoption counts again.
    sessions(|s| s.remove(&lun.portal));
    fake.calls();
    let mut again = fake.initiator().adopt(&identity).unwrap();
    assert_eq!(again.device_file(), lun.device_file());
    again.detach(false).unwrap();
    assert!(fake.calls().last().unwrap().ends_with("--logout"), "the adopted session is ours to close");
    assert_eq!(fake.initiator().adopt(&identity).unwrap_err().kind.status(), 404);
}
