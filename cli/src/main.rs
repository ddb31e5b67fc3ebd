//! `imageapi`: the command-line client of the imageapi server; parses the
//! command line, connects, runs one command and exits 1 with the server's
//! sentence when it fails.

mod args;
mod commands;
mod images;
mod table;
mod transport;
mod visible;

use args::{Cli, Command};
use clap::{CommandFactory, Parser};
use imageapi_generated::models::SetContainerStateStateParameter as Want;
use transport::{Conn, Target};

fn main() {
    // Like any filter, end quietly when the reader goes away (`| head`).
    // SAFETY: resetting a signal's disposition before any thread exists.
    unsafe { libc::signal(libc::SIGPIPE, libc::SIG_DFL) };
    let cli = Cli::parse();
    if let Command::Completions { shell } = cli.command {
        let shell = match shell {
            args::Shell::Bash => clap_complete::Shell::Bash,
            args::Shell::Zsh => clap_complete::Shell::Zsh,
        };
        clap_complete::generate(shell, &mut Cli::command(), "imageapi", &mut std::io::stdout());
        return;
    }
    if let Command::Manpage = cli.command {
        let page = clap_mangen::Man::new(Cli::command());
        if page.render(&mut std::io::stdout()).is_err() {
            std::process::exit(1);
        }
        return;
    }
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap_or_else(|e| fail(&format!("starting: {e}")));
    if let Err(e) = runtime.block_on(run(cli)) {
        fail(&e);
    }
}

fn target(cli: &Cli) -> Result<Target, String> {
    let Some(url) = &cli.url else {
        if cli.tls_ca.is_some() || cli.tls_certificate.is_some() {
            return Err("--tls-ca, --tls-certificate and --tls-key go with an https --url".into());
        }
        return Ok(Target::Unix(cli.socket.clone()));
    };
    if url.starts_with("https://") {
        let identity = cli.tls_certificate.clone().zip(cli.tls_key.clone());
        Ok(Target::Https { url: url.clone(), ca: cli.tls_ca.clone(), identity })
    } else if url.starts_with("http://") {
        if cli.tls_ca.is_some() || cli.tls_certificate.is_some() {
            return Err(format!("--url {url} is plain http: the TLS flags need https://"));
        }
        Ok(Target::Http(url.clone()))
    } else {
        Err(format!("--url {url}: give http:// or https://"))
    }
}

async fn run(cli: Cli) -> Result<(), String> {
    let conn = Conn::open(target(&cli)?)?;
    let json = cli.json;
    match &cli.command {
        Command::Ls { noun } => commands::ls(&conn, *noun, json).await,
        Command::Get { object } => commands::get(&conn, object).await,
        Command::Run(a) => commands::run(&conn, a, json).await,
        Command::Attach { path, ro, partitions } => commands::attach(&conn, path, *ro, *partitions, json).await,
        Command::Mount(m) => commands::mount(&conn, m, json).await,
        Command::Start { container } => commands::change(&conn, container, Want::Running, json).await,
        Command::Resume { container } => commands::change(&conn, container, Want::Running, json).await,
        Command::Pause { container } => commands::change(&conn, container, Want::Paused, json).await,
        Command::Stop { container, timeout } => commands::stop(&conn, container, *timeout, json).await,
        Command::Rm { objects, force } => commands::rm(&conn, objects, *force, json).await,
        Command::Logs { container, follow, tail } => commands::logs(&conn, container, *follow, *tail).await,
        Command::Images(i) => match i {
            args::ImagesCommand::Ls => images::ls(&conn, json).await,
            args::ImagesCommand::Add { file, meta } => {
                images::add(&conn, file, &meta.name, &meta.version, meta.kind.as_deref(), meta.activate, json).await
            }
            args::ImagesCommand::Import { source, meta } => {
                images::import(&conn, source, &meta.name, &meta.version, meta.kind.as_deref(), meta.activate, json).await
            }
            args::ImagesCommand::ImportOci { source, tag, name, version, activate } => {
                images::import_oci(&conn, source, tag.as_deref(), name, version, *activate, json).await
            }
            args::ImagesCommand::Activate { uuid } => images::activate(&conn, uuid, json).await,
            args::ImagesCommand::Rm { uuid } => images::rm(&conn, uuid, json).await,
        },
        Command::Completions { .. } | Command::Manpage => unreachable!("handled before connecting"),
    }
}

fn fail(message: &str) -> ! {
    eprintln!("imageapi: {message}");
    std::process::exit(1);
}
