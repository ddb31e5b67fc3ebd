//! Build script of the server binary.
//!
//! 1. Refuses to build from a stale `generated/`: the generated crate is
//!    stamped with a hash of everything it was made from (swagger.yaml, the
//!    generation script with its pinned generator version, the post-
//!    processing step). When they differ, it regenerates if the generator is
//!    installed, or stops with one sentence saying what to run.
//! 2. Converts swagger.yaml to the JSON the server serves at
//!    `/imageapi/v1/swagger.json`.
//! 3. Embeds Swagger UI from the swagger-ui-dist npm package that
//!    scripts/setup installs into node_modules/, for `/imageapi/v1/docs`;
//!    without it the server builds all the same and the page says what to
//!    install.

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let inputs = generation_inputs(&root);
    for input in &inputs {
        println!("cargo:rerun-if-changed={}", input.display());
    }
    let stamp = root.join("generated/.openapi-generator/INPUTS_SHA256");
    println!("cargo:rerun-if-changed={}", stamp.display());

    let want = hash(&inputs);
    let have = std::fs::read_to_string(&stamp).unwrap_or_default();
    if have.trim() != want {
        regenerate(&root);
    }

    let yaml = std::fs::read_to_string(root.join("swagger.yaml")).expect("reading swagger.yaml");
    let spec: serde_json::Value = serde_yaml_ng::from_str(&yaml).expect("swagger.yaml is not valid YAML");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("swagger.json");
    std::fs::write(out, serde_json::to_string(&spec).unwrap()).expect("writing swagger.json");

    embed_swagger_ui(&root);
}

/// The files of swagger-ui-dist the docs page needs, with their types.
const SWAGGER_UI_FILES: [(&str, &str); 3] = [
    ("swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
    ("swagger-ui.css", "text/css; charset=utf-8"),
    ("favicon-32x32.png", "image/png"),
];

/// Write `$OUT_DIR/swagger_ui.rs`: the version of swagger-ui-dist and its
/// files as byte strings, or `None` when the package is not installed.
fn embed_swagger_ui(root: &Path) {
    let dist = root.join("node_modules/swagger-ui-dist");
    // Absent, this path makes cargo run the script again on every build,
    // so installing the package later is noticed.
    println!("cargo:rerun-if-changed={}", dist.join("package.json").display());
    let version = std::fs::read_to_string(dist.join("package.json"))
        .ok()
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .and_then(|v| v["version"].as_str().map(str::to_string));
    let complete = SWAGGER_UI_FILES.iter().all(|(f, _)| dist.join(f).is_file());
    let code = match version {
        Some(v) if complete => {
            let files: Vec<String> = SWAGGER_UI_FILES
                .iter()
                .map(|(f, t)| format!("({f:?}, {t:?}, include_bytes!({:?}) as &[u8])", dist.join(f).display().to_string()))
                .collect();
            format!("pub const SWAGGER_UI: Option<(&str, &[(&str, &str, &[u8])])> = Some(({v:?}, &[{}]));\n", files.join(", "))
        }
        _ => "pub const SWAGGER_UI: Option<(&str, &[(&str, &str, &[u8])])> = None;\n".to_string(),
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("swagger_ui.rs");
    std::fs::write(out, code).expect("writing swagger_ui.rs");
}

/// The files generated/ is made from, in the order scripts/generate hashes them.
fn generation_inputs(root: &Path) -> Vec<PathBuf> {
    let mut inputs = vec![root.join("swagger.yaml"), root.join("scripts/generate")];
    let mut helpers: Vec<PathBuf> = std::fs::read_dir(root.join("scripts/generator"))
        .expect("reading scripts/generator")
        .map(|e| e.unwrap().path())
        .collect();
    helpers.sort();
    inputs.extend(helpers);
    inputs
}

fn hash(inputs: &[PathBuf]) -> String {
    let mut h = Sha256::new();
    for input in inputs {
        h.update(std::fs::read(input).unwrap_or_else(|e| panic!("reading {}: {e}", input.display())));
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

fn regenerate(root: &Path) {
    let have_generator = Command::new("openapi-generator-cli").arg("version").output().is_ok_and(|o| o.status.success());
    if !have_generator {
        eprintln!("generated/ is older than swagger.yaml: run scripts/generate (it installs openapi-generator-cli from PyPI and needs Java 17).");
        std::process::exit(1);
    }
    let status = Command::new(root.join("scripts/generate")).status().expect("running scripts/generate");
    if !status.success() {
        eprintln!("scripts/generate failed; see its output above.");
        std::process::exit(1);
    }
    // The generated crate may already have been compiled from the old code
    // in this same build, so this build cannot be trusted: stop here.
    eprintln!("generated/ was regenerated from the changed swagger.yaml: run the build again.");
    std::process::exit(1);
}
