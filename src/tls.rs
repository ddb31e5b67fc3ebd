//! The https listener's TLS configuration: the server certificate and key,
//! and with `--tls-ca` the CA every client certificate must chain to.
//!
//! rustls with the `ring` provider; TLS 1.2 and 1.3 with rustls' safe
//! defaults, HTTP/1.1 only (the server speaks nothing else).

use rustls::crypto::ring;
use rustls::server::WebPkiClientVerifier;
use rustls::{RootCertStore, ServerConfig};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use std::path::Path;
use std::sync::Arc;

/// Build the server configuration from PEM files. With `ca`, a client
/// without a certificate signed by it fails the handshake.
pub fn server_config(certificate: &Path, key: &Path, ca: Option<&Path>) -> Result<Arc<ServerConfig>, String> {
    let chain = read_certificates(certificate, "--tls-certificate")?;
    let key = PrivateKeyDer::from_pem_file(key)
        .map_err(|e| format!("--tls-key {}: no usable private key: {e}", key.display()))?;
    let provider = Arc::new(ring::default_provider());
    let builder = ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("setting up TLS: {e}"))?;
    let builder = match ca {
        None => builder.with_no_client_auth(),
        Some(ca) => {
            let mut roots = RootCertStore::empty();
            for cert in read_certificates(ca, "--tls-ca")? {
                roots.add(cert).map_err(|e| format!("--tls-ca {}: not a usable CA certificate: {e}", ca.display()))?;
            }
            let verifier = WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider)
                .build()
                .map_err(|e| format!("--tls-ca {}: {e}", ca.display()))?;
            builder.with_client_cert_verifier(verifier)
        }
    };
    let mut config = builder
        .with_single_cert(chain, key)
        .map_err(|e| format!("--tls-certificate {} with --tls-key: {e}", certificate.display()))?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

fn read_certificates(path: &Path, flag: &str) -> Result<Vec<CertificateDer<'static>>, String> {
    let certs = CertificateDer::pem_file_iter(path)
        .and_then(|iter| iter.collect::<Result<Vec<_>, _>>())
        .map_err(|e| format!("{flag} {}: {e}", path.display()))?;
    if certs.is_empty() {
        return Err(format!("{flag} {}: no PEM certificate in it", path.display()));
    }
    Ok(certs)
}

/// The DNS names (`*.example.com` for a wildcard) of the server
/// certificate at `certificate`: names clients reach the https listener
/// by. None for a file without a usable certificate (the listener itself
/// then fails to start, with the reason).
pub fn dns_names(certificate: &Path) -> Vec<String> {
    let Ok(chain) = read_certificates(certificate, "--tls-certificate") else { return Vec::new() };
    let Some(leaf) = chain.first() else { return Vec::new() };
    match webpki::EndEntityCert::try_from(leaf) {
        Ok(cert) => cert.valid_dns_names().map(str::to_string).collect(),
        Err(_) => Vec::new(),
    }
}

