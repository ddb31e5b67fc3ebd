//! The command line of `imageapi`: every command, its flags and its help.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "imageapi",
    version,
    about = "Attach, mount and run system images through an imageapi server",
    long_about = "Attach, mount and run system images through an imageapi server.\n\n\
        Talks to the server on its unix socket (/var/run/imageapi.sock) unless --url is given. \
        Errors print the server's sentence and exit with status 1."
)]
pub struct Cli {
    /// The server's unix socket.
    #[arg(long, global = true, env = "IMAGEAPI_SOCKET", default_value = "/var/run/imageapi.sock", value_name = "PATH")]
    pub socket: PathBuf,
    /// Talk to the server over http(s) instead, e.g. https://node1:8443.
    #[arg(long, global = true, env = "IMAGEAPI_URL", value_name = "URL")]
    pub url: Option<String>,
    /// With an https --url: the CA certificate (PEM) the server's certificate must chain to.
    #[arg(long, global = true, value_name = "FILE")]
    pub tls_ca: Option<PathBuf>,
    /// With an https --url: the client certificate (PEM) to present.
    #[arg(long, global = true, value_name = "FILE", requires = "tls_key")]
    pub tls_certificate: Option<PathBuf>,
    /// With an https --url: the private key (PEM) of --tls-certificate.
    #[arg(long, global = true, value_name = "FILE", requires = "tls_certificate")]
    pub tls_key: Option<PathBuf>,
    /// Print the server's JSON answers instead of tables and sentences.
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// List attachments, mounts and containers (id, kind, what, refs, state).
    #[command(visible_alias = "list")]
    Ls {
        /// Only this noun.
        #[arg(value_enum)]
        noun: Option<Noun>,
    },
    /// Show one object by id (or a container by name).
    Get {
        /// An id, or a container's name.
        object: String,
    },
    /// Run a container from an image file (squashfs, ext4 or erofs): a loop
    /// device, the image's filesystem on it and a writable overlay over it,
    /// made in one request and removed with the container.
    Run(RunArgs),
    /// Attach a file to a loop device (or hold a block device).
    Attach {
        /// A regular file (loop device) or a block device (held as it is).
        path: PathBuf,
        /// Attach read-only.
        #[arg(long)]
        ro: bool,
        /// Let the kernel scan the file's partition table.
        #[arg(long)]
        partitions: bool,
    },
    /// Mount a filesystem: an image file, an attachment, a directory (bind) or an overlay.
    #[command(group(clap::ArgGroup::new("source").required(true).multiple(false)))]
    Mount(MountArgs),
    /// Start a created or exited container.
    Start { container: String },
    /// Stop a container and wait until it has exited.
    Stop {
        container: String,
        /// Seconds between the polite stop signal and the kill (default: the container's own).
        #[arg(long, value_name = "SECONDS")]
        timeout: Option<u64>,
    },
    /// Freeze every process of a container.
    Pause { container: String },
    /// Thaw a paused container.
    Resume { container: String },
    /// Remove objects: a container, mount or attachment (and what only it used).
    Rm {
        /// Ids, or containers' names.
        #[arg(required = true)]
        objects: Vec<String>,
        /// Also remove what uses it; a running container is killed first.
        #[arg(short, long)]
        force: bool,
    },
    /// Print a container's log.
    Logs {
        container: String,
        /// Keep printing new lines until the container ends.
        #[arg(short, long)]
        follow: bool,
        /// Only the last this many lines.
        #[arg(short = 'n', long, value_name = "LINES")]
        tail: Option<u64>,
    },
    /// Print a shell completion script (bash: `source <(imageapi completions bash)`).
    Completions {
        #[arg(value_enum)]
        shell: Shell,
    },
    /// The image store: list, add, import, activate and remove images.
    #[command(subcommand)]
    Images(ImagesCommand),
    /// Print the man page (for packaging).
    #[command(hide = true)]
    Manpage,
}

#[derive(Args, Debug)]
pub struct RunArgs {
    /// The image file (squashfs, ext4 or erofs) on this node, or an active
    /// image of the store: its uuid, name or name:version.
    pub image: PathBuf,
    /// The container's name.
    #[arg(long)]
    pub name: Option<String>,
    /// The init is systemd (default command: /sbin/init).
    #[arg(long)]
    pub systemd: bool,
    /// No overlay: mount the image itself read-write, so changes stay in the file (ext4 only).
    #[arg(long)]
    pub rw: bool,
    /// Seconds between the polite stop signal and the kill.
    #[arg(long, value_name = "SECONDS")]
    pub stop_timeout: Option<i64>,
    /// The init's command line (default: /sbin/init with --systemd, /bin/sh otherwise).
    #[arg(last = true, value_name = "COMMAND")]
    pub command: Vec<String>,
}

#[derive(Args, Debug)]
#[group(skip)]
pub struct MountArgs {
    /// An image file: attached to a loop device and mounted, in one request.
    #[arg(long, group = "source", value_name = "FILE")]
    pub image: Option<PathBuf>,
    /// An existing attachment's id (needs --type).
    #[arg(long, group = "source", value_name = "ID", requires = "fs_type")]
    pub attach: Option<i64>,
    /// A directory or file of the node, bind-mounted.
    #[arg(long, group = "source", value_name = "PATH")]
    pub bind: Option<PathBuf>,
    /// An overlay over these mounts' ids, topmost first.
    #[arg(long, group = "source", value_name = "ID", num_args = 1.., value_delimiter = ',')]
    pub overlay: Option<Vec<i64>>,
    /// The filesystem type (default for --image: read from the file).
    #[arg(long = "type", short = 't', value_name = "FS")]
    pub fs_type: Option<String>,
    /// Mount options, e.g. -o ro,noexec.
    #[arg(short = 'o', value_name = "OPTIONS", value_delimiter = ',')]
    pub options: Vec<String>,
    /// Read-only (bind).
    #[arg(long)]
    pub ro: bool,
}

#[derive(Subcommand, Debug)]
pub enum ImagesCommand {
    /// List the store's images.
    Ls,
    /// Upload an image file into the store (with a progress line).
    Add {
        file: PathBuf,
        #[command(flatten)]
        meta: ImageMeta,
    },
    /// Add an image from a path on the server's node (copied there) or an http(s) URL (downloaded there).
    Import {
        /// A path on the node, or a URL.
        source: String,
        #[command(flatten)]
        meta: ImageMeta,
    },
    /// Import an OCI image (a layout directory, or a docker save or OCI archive) from a path on the server's node, as a squashfs image.
    ImportOci {
        /// The layout directory or the tar archive, on the node.
        source: String,
        /// Which image of the source, by tag (or a docker RepoTags entry such as busybox:latest); needed when it holds several.
        #[arg(long)]
        tag: Option<String>,
        #[arg(long)]
        name: String,
        #[arg(long = "image-version", value_name = "VERSION")]
        version: String,
        /// Activate it once it is imported.
        #[arg(long)]
        activate: bool,
    },
    /// Make an image active (attachable, served).
    Activate { uuid: String },
    /// Remove an image and its file.
    Rm { uuid: String },
}

#[derive(Args, Debug)]
pub struct ImageMeta {
    #[arg(long)]
    pub name: String,
    #[arg(long = "image-version", value_name = "VERSION")]
    pub version: String,
    /// squashfs, ext4, xfs, erofs, iso, tar, kernel, initrd or file (default: read from the file).
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: Option<String>,
    /// Activate it once its file is in.
    #[arg(long)]
    pub activate: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    #[value(alias = "attachments")]
    Attach,
    #[value(alias = "mounts")]
    Mount,
    #[value(alias = "containers")]
    Container,
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum Shell {
    Bash,
    Zsh,
}
