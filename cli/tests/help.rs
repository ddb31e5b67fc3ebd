//! The command line itself, without a server: `--help` on every command,
//! `--version`, the bash and zsh completions, and the refusals that come
//! before any connection (flags that do not go together).

use std::process::Command;

fn imageapi(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_imageapi")).args(args).output().expect("running imageapi");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

const COMMANDS: [&str; 13] = ["ls", "get", "run", "attach", "mount", "start", "stop", "pause", "resume", "rm", "logs", "images", "completions"];

#[test]
fn every_command_has_help() {
    let (code, top, _) = imageapi(&["--help"]);
    assert_eq!(code, 0);
    for c in COMMANDS {
        assert!(top.contains(c), "--help does not list {c}:\n{top}");
        let (code, help, err) = imageapi(&[c, "--help"]);
        assert_eq!(code, 0, "{c} --help: {err}");
        assert!(help.contains(&format!("imageapi {c}")), "{c} --help has no usage line:\n{help}");
    }
    let (code, version, _) = imageapi(&["--version"]);
    assert_eq!(code, 0);
    assert_eq!(version.trim(), format!("imageapi {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn completions_for_bash_and_zsh_know_every_command() {
    for shell in ["bash", "zsh"] {
        let (code, script, err) = imageapi(&["completions", shell]);
        assert_eq!(code, 0, "{shell}: {err}");
        for c in COMMANDS {
            assert!(script.contains(c), "the {shell} completion lacks {c}");
        }
    }
    // The bash script is valid bash.
    let (_, script, _) = imageapi(&["completions", "bash"]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("imageapi.bash");
    std::fs::write(&file, script).unwrap();
    let status = Command::new("bash").arg("-n").arg(&file).status().unwrap();
    assert!(status.success(), "bash -n refuses the completion script");
}

#[test]
fn flags_that_do_not_go_together_are_refused_before_connecting() {
    let (code, _, err) = imageapi(&["--url", "http://127.0.0.1:1", "--tls-ca", "/ca.pem", "ls"]);
    assert_eq!(code, 1);
    assert!(err.contains("https"), "{err}");
    let (code, _, err) = imageapi(&["--url", "ftp://x", "ls"]);
    assert_eq!(code, 1);
    assert!(err.contains("http:// or https://"), "{err}");
    let (code, _, err) = imageapi(&["--socket", "/nonexistent/imageapi.sock", "ls"]);
    assert_eq!(code, 1);
    assert!(err.starts_with("imageapi: cannot reach the server at /nonexistent/imageapi.sock"), "{err}");
    // Two mount sources at once: clap's own refusal, status 2.
    let (code, _, _) = imageapi(&["mount", "--bind", "/tmp", "--overlay", "1"]);
    assert_eq!(code, 2);
}
