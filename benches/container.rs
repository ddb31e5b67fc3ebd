//! Benchmark: the full container cycle — a nested container (overlay over a
//! squashfs mount over a loopback file) running `/bin/true`, until exited,
//! then deleted with everything under it — through the API, against the
//! bare kernel calls of the same work (loop device, squashfs, overlay,
//! clone into new mnt/pid/uts/ipc namespaces, pivot_root, /proc, exec, wait,
//! unmount, detach: nothing else), against the same steps made directly
//! with the server's own runtime, and that direct cycle once more without
//! the device allow-list and the seccomp filter, which gives the cost of
//! those protections; all interleaved, each figure the median of its
//! cycles (a loaded machine's outliers stay out of it).
//!
//! Run with `scripts/bench` (root).

mod common;

use common::{busybox_image, Client, DirectStack, Server};
use imageapi_backend::container::runtime::{self, ContainerConfig, Namespace};
use std::path::Path;
use std::time::{Duration, Instant};

const CYCLES: usize = 40;

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let image = busybox_image(dir.path());
    let server = Server::start(&dir.path().join("run"));
    let mut client = Client::connect(server.port);
    let direct_dir = dir.path().join("direct");
    std::fs::create_dir_all(direct_dir.join("logs")).unwrap();

    let body = format!(
        r#"{{"command":"/bin/true","state":"running","mount":{{"kind":"overlay","overlay":{{"lower":[{{"kind":"attach",
        "attach":{{"fs_type":"squashfs","attach":{{"kind":"loopback","loopback":{{"path":"{}","base":"root"}}}}}}}}]}}}}}}"#,
        image.display()
    );
    for i in 0..3 {
        api_cycle(&mut client, &body);
        direct_cycle(&image, &direct_dir, i, false);
        direct_cycle(&image, &direct_dir, 10 + i, true);
    }
    let kernel_dir = dir.path().join("kernel");
    std::fs::create_dir_all(&kernel_dir).unwrap();
    kernel_cycle(&image, &kernel_dir);
    let (mut api, mut direct, mut bare, mut kernel) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for i in 0..CYCLES {
        let t = Instant::now();
        kernel_cycle(&image, &kernel_dir);
        kernel.push(t.elapsed());
        let t = Instant::now();
        api_cycle(&mut client, &body);
        api.push(t.elapsed());
        let t = Instant::now();
        direct_cycle(&image, &direct_dir, 100 + i as u64, false);
        direct.push(t.elapsed());
        let t = Instant::now();
        direct_cycle(&image, &direct_dir, 1000 + i as u64, true);
        bare.push(t.elapsed());
    }
    let (api, direct, bare, kernel) = (median(api), median(direct), median(bare), median(kernel));
    let per = |d: Duration| d.as_secs_f64() * 1e3;
    println!("nested container /bin/true: create, run, exited, delete; median of {CYCLES} cycles each");
    println!("  through the API:        {:8.2} ms/cycle", per(api));
    println!("  direct (same runtime):  {:8.2} ms/cycle", per(direct));
    println!("  ratio API/direct:       {:8.2}x", per(api) / per(direct));
    println!("  direct, no device list or seccomp: {:8.2} ms/cycle", per(bare));
    println!("  ratio protected/unprotected:       {:8.2}x", per(direct) / per(bare));
    println!("  bare kernel calls:      {:8.2} ms/cycle", per(kernel));
    println!("  ratio API/kernel:       {:8.2}x (goal <= 1.25)", per(api) / per(kernel));
    println!("| full container cycle, nested /bin/true | {:.2} ms | bare kernel calls: {:.2} ms | {:.2} | <= 1.25 |", per(api), per(kernel), per(api) / per(kernel));
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort_unstable();
    v[v.len() / 2]
}

/// The kernel work of the cycle and nothing else.
fn kernel_cycle(image: &Path, dir: &Path) {
    use nix::sched::CloneFlags;
    let stack = DirectStack::create(image, dir);
    let top = std::ffi::CString::new(stack.top().into_os_string().into_encoded_bytes()).unwrap();
    let (root, dot, proc_, true_) = (c"/", c".", c"/proc", c"/bin/true");
    let mut child_stack = vec![0u8; 256 * 1024];
    let flags = CloneFlags::CLONE_NEWNS | CloneFlags::CLONE_NEWPID | CloneFlags::CLONE_NEWUTS | CloneFlags::CLONE_NEWIPC;
    let child = Box::new(|| -> isize {
        // SAFETY: plain syscalls on NUL-terminated strings made before the clone.
        unsafe {
            // 1. Our mounts stay ours: nothing propagates back to the host.
            libc::mount(std::ptr::null(), root.as_ptr(), std::ptr::null(), libc::MS_REC | libc::MS_PRIVATE, std::ptr::null());
            // 2. The overlay becomes the root, the old one detached (a
            //    container that can reach the host's tree is none): bind
            //    it onto itself, pivot_root stacks "." on ".", unmount.
            if libc::mount(top.as_ptr(), top.as_ptr(), std::ptr::null(), libc::MS_BIND | libc::MS_REC, std::ptr::null()) != 0
                || libc::chdir(top.as_ptr()) != 0
                || libc::syscall(libc::SYS_pivot_root, dot.as_ptr(), dot.as_ptr()) != 0
                || libc::umount2(dot.as_ptr(), libc::MNT_DETACH) != 0
                || libc::chdir(root.as_ptr()) != 0
            {
                return 126;
            }
            // 3. A /proc of the new pid namespace.
            libc::mount(c"proc".as_ptr(), proc_.as_ptr(), c"proc".as_ptr(), 0, std::ptr::null());
            // 4. The payload.
            let argv = [true_.as_ptr(), std::ptr::null()];
            libc::execv(true_.as_ptr(), argv.as_ptr());
        }
        127
    });
    // SAFETY: the child runs only the syscalls above on memory prepared
    // before the clone; this process is single-threaded here.
    let pid = unsafe { nix::sched::clone(child, &mut child_stack, flags, Some(libc::SIGCHLD)) }.expect("clone");
    let status = nix::sys::wait::waitpid(pid, None).expect("waitpid");
    assert!(matches!(status, nix::sys::wait::WaitStatus::Exited(_, 0)), "the bare container ended {status:?}");
    stack.remove();
}

fn api_cycle(client: &mut Client, body: &str) {
    let (status, resp) = client.request("POST", "/imageapi/v1/container", body);
    assert_eq!(status, 201, "POST /container: {resp}");
    let id = resp.split("\"id\":").nth(1).and_then(|s| s.split([',', '}']).next()).expect("id in response").to_string();
    // Poll as a client would, briskly.
    loop {
        let (status, resp) = client.request("GET", &format!("/imageapi/v1/container?id={id}"), "");
        assert_eq!(status, 200, "GET /container: {resp}");
        if resp.contains("\"state\":\"exited\"") {
            break;
        }
        assert!(!resp.contains("\"state\":\"dead\""), "container died: {resp}");
        std::thread::sleep(Duration::from_micros(500));
    }
    let (status, resp) = client.request("DELETE", &format!("/imageapi/v1/container?id={id}"), "");
    assert_eq!(status, 200, "DELETE /container: {resp}");
}

/// The same steps without the server: attach, mount, overlay, start the
/// init through the same shim, wait for it, sync, and take it all down.
fn direct_cycle(image: &Path, dir: &Path, id: u64, unconfined: bool) {
    let stack = DirectStack::create(image, dir);
    let top = stack.top();
    let state_dir = dir.join(format!("c{id}"));
    std::fs::create_dir(&state_dir).unwrap();
    let cfg = ContainerConfig {
        id,
        name: None,
        rootfs: top.clone(),
        argv: vec!["/bin/true".into()],
        systemd: false,
        namespaces: vec![Namespace::Mnt, Namespace::Pid, Namespace::Uts, Namespace::Ipc],
        log_path: dir.join("logs").join(format!("{id}.log")),
        state_dir: state_dir.clone(),
        cgroup: Some(imageapi_backend::container::cgroup::name_for(id, &state_dir)),
        unconfined,
        uid_shift: None,
        user_root: Default::default(),
    };
    runtime::start(&cfg, Path::new(env!("CARGO_BIN_EXE_imageapi-server"))).unwrap();
    runtime::wait_exit(&state_dir, None).unwrap();
    let root = std::fs::File::open(&top).unwrap();
    // SAFETY: syncfs only reads the descriptor, which `root` keeps open.
    unsafe { libc::syncfs(std::os::fd::AsRawFd::as_raw_fd(&root)) };
    drop(root);
    runtime::cleanup(&state_dir).unwrap();
    std::fs::remove_dir_all(&state_dir).unwrap();
    stack.remove();
}
