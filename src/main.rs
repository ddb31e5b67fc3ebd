//! `imageapi-server`: parses flags, opens the listeners and serves the
//! backend on each of them until SIGTERM or SIGINT.

mod budget;
mod docs;
mod fast;
mod flags;
mod guard;
mod http;
mod idle;
mod listen;
mod logs;
mod peer;
mod schema;
mod sock_diag;
mod socket;
mod stall;
mod systemd;
mod tls;
mod v01;

use clap::Parser;
use imageapi_backend::{dirs::Dirs, Backend};

/// Threads for requests that change something (they call the kernel).
const BLOCKING_THREADS: usize = 8;

fn main() {
    // The container shim is this binary re-executed: a fresh, single-threaded
    // process, never a fork of the multi-threaded server.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.len() == 3 && args[1] == "container-shim" {
        imageapi_backend::container::shim::shim_main(std::path::Path::new(&args[2]));
    }
    // The man page, from the same flag definitions (scripts/package).
    if args.len() == 2 && args[1] == "--print-man-page" {
        let page = clap_mangen::Man::new(<flags::Flags as clap::CommandFactory>::command());
        std::process::exit(match page.render(&mut std::io::stdout()) {
            Ok(()) => 0,
            Err(_) => 1,
        });
    }
    // Two malloc arenas at most: one per thread (the default) keeps every
    // thread's freed memory resident after a burst of requests.
    // SAFETY: mallopt only sets an allocator parameter, before any thread starts.
    unsafe { libc::mallopt(libc::M_ARENA_MAX, 2) };
    let flags = flags::Flags::parse();
    init_logging();
    if let Err(e) = flags.check() {
        eprintln!("imageapi-server: {e}");
        std::process::exit(2);
    }
    if let (Some(name), Some(file)) = (&flags.add_serve_user, &flags.serve_users) {
        add_serve_user(name, file);
    }
    // Changes run on the blocking pool; a bounded one keeps a flood of slow
    // requests (downloads) from growing the server by a thread each: the
    // rest wait their turn.
    // A blocking thread idle for a second ends: a burst (the peer checks of
    // many new connections, a batch of changes) leaves no threads behind.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .max_blocking_threads(BLOCKING_THREADS)
        .thread_keep_alive(std::time::Duration::from_secs(1))
        .enable_all()
        .build()
        .unwrap_or_else(|e| fail(&format!("starting the async runtime: {e}")));
    runtime.block_on(serve(flags));
    // Requests still running on the blocking pool past --graceful-timeout
    // (a download that crawls) must not hold the exit: their kernel
    // objects were swept by the teardown, or are re-adopted or removed at
    // the next start.
    runtime.shutdown_background();
}

async fn serve(flags: flags::Flags) {
    // The handlers first: a SIGTERM from the moment the listeners accept
    // (a supervisor that stops at once) must run the stop below, not end
    // the process with its mounts directory still mounted.
    let signals = Signals::install();
    // One server per run directory, decided before anything in it is
    // touched: a second one would stop the first one's containers and
    // unmount its mounts as leftovers of a crash.
    let _run_lock = imageapi_backend::dirs::lock_run_dir(&flags.run_dir).unwrap_or_else(|e| fail(&e));
    let dirs = Dirs::create(&flags.run_dir)
        .unwrap_or_else(|e| fail(&format!("creating the run directory {}: {e}", flags.run_dir.display())));
    dirs.isolate_mounts().unwrap_or_else(|e| fail(&format!("setting up the mounts directory: {e}")));
    // From here on a failed start also undoes the mount just made.
    let state = flags.state_file();
    if let Some(dir) = state.parent() {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| fail_released(&dirs, &format!("creating the state directory {}: {e}", dir.display())));
    }
    let nofile = imageapi_backend::limits::nofile_limit();
    let max_open_files = if flags.max_open_files == 0 { nofile } else { flags.max_open_files.min(nofile) };
    imageapi_backend::limits::configure(imageapi_backend::limits::Limits { max_objects: flags.max_objects, max_open_files });
    imageapi_backend::container::set_user_policy(flags.user_namespaces.into());
    log::info!("{}", imageapi_backend::kernel::features::get().summary());
    let backend = Backend::open(dirs.clone(), &state, &flags.store_dir()).unwrap_or_else(|e| fail_released(&dirs, &format!("restoring the saved state: {e}")));
    imageapi_backend::metrics::set_operations(schema::operations());
    let budget = budget::split(&flags, max_open_files);
    let listeners = listen::open(&flags, &budget).await.unwrap_or_else(|e| fail_released(&dirs, &e));
    listen::serve_store(&flags, budget.serve, backend.store().clone()).await.unwrap_or_else(|e| fail_released(&dirs, &e));
    let guard = std::sync::Arc::new(flags.guard_policy().unwrap_or_else(|e| fail_released(&dirs, &e)));
    let service = http::Service::new(backend.clone()).with_fast_reads(!flags.no_fast_reads).with_guard(guard);
    let drain = listen::Drain::new();
    for l in listeners {
        tokio::spawn(l.serve(service.clone(), drain.token()));
    }
    systemd::notify_ready();
    if let Some(interval) = systemd::watchdog_interval() {
        log::info!("watchdog: telling systemd the server is alive every {:?}", interval / 2);
        let backend = backend.clone();
        tokio::spawn(systemd::watchdog(interval, move || backend.check_responsive()));
    }

    signals.wait().await;
    log::info!("shutting down: finishing the requests in flight");
    if !drain.wait(flags.graceful_timeout).await {
        log::warn!("some connections were still busy after --graceful-timeout; going on without them");
    }
    if flags.teardown_on_exit {
        log::info!("removing every object in order");
        let _ = tokio::task::spawn_blocking(move || backend.shutdown()).await;
    } else {
        log::info!("objects stay in place and are re-adopted at the next start");
    }
    dirs.release_mounts();
    log::info!("stopped");
}

/// SIGTERM and SIGINT, caught from [`Signals::install`] on (one that
/// arrives before [`Signals::wait`] is kept for it).
struct Signals {
    term: tokio::signal::unix::Signal,
    int: tokio::signal::unix::Signal,
}

impl Signals {
    fn install() -> Signals {
        use tokio::signal::unix::{signal, SignalKind};
        let term = signal(SignalKind::terminate()).unwrap_or_else(|e| fail(&format!("installing SIGTERM handler: {e}")));
        let int = signal(SignalKind::interrupt()).unwrap_or_else(|e| fail(&format!("installing SIGINT handler: {e}")));
        Signals { term, int }
    }

    async fn wait(mut self) {
        tokio::select! {
            _ = self.term.recv() => log::info!("SIGTERM received"),
            _ = self.int.recv() => log::info!("SIGINT received"),
        }
    }
}

/// `--add-serve-user NAME`: the password from stdin into the users file.
fn add_serve_user(name: &str, file: &std::path::Path) -> ! {
    let mut line = String::new();
    if let Err(e) = std::io::stdin().read_line(&mut line) {
        eprintln!("imageapi-server: reading the password from stdin: {e}");
        std::process::exit(2);
    }
    let password = line.strip_suffix('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).unwrap_or(&line);
    match imageapi_store::Users::add(file, name, password, imageapi_store::users::COST) {
        Ok(()) => {
            eprintln!("imageapi-server: {name} may now write through IMGAPI (users file {})", file.display());
            std::process::exit(0)
        }
        Err(e) => {
            eprintln!("imageapi-server: {e}");
            std::process::exit(2)
        }
    }
}

/// Log level from IMAGEAPI_LOGLEVEL (PANIC, FATAL, ERROR, WARN, INFO, DEBUG,
/// TRACE; default INFO), as the original server read it.
fn init_logging() {
    let level = match std::env::var("IMAGEAPI_LOGLEVEL").unwrap_or_default().to_ascii_uppercase().as_str() {
        "PANIC" | "FATAL" | "ERROR" => log::LevelFilter::Error,
        "WARN" | "WARNING" => log::LevelFilter::Warn,
        "DEBUG" => log::LevelFilter::Debug,
        "TRACE" => log::LevelFilter::Trace,
        _ => log::LevelFilter::Info,
    };
    // The generated router and the swagger crate see raw requests; whatever
    // they might log below WARN could hold a body, and bodies can hold
    // secrets (an rbd key). Nothing of ours logs a body at any level.
    let quiet = level.min(log::LevelFilter::Warn);
    env_logger::Builder::new()
        .filter_level(level)
        .filter_module("imageapi_generated", quiet)
        .filter_module("swagger", quiet)
        .format_timestamp_millis()
        .init();
}

/// [`fail`], after unmounting the mounts directory that the start made.
fn fail_released(dirs: &Dirs, message: &str) -> ! {
    dirs.release_mounts();
    fail(message)
}

fn fail(message: &str) -> ! {
    log::error!("{message}");
    eprintln!("imageapi-server: {message}");
    std::process::exit(1);
}
