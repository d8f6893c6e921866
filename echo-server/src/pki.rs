//! `--gen-test-pki DIR`: the certificates and keys rsockets' TLS tests use, generated fresh for
//! each run so that no private key is ever committed.
//!
//! All keys are ECDSA P-256 in PEM PKCS#8. The file names and what each one is are a contract
//! with the PHP tests (see the README); [`FILES`] lists them.

use std::fs;
use std::io;
use std::path::Path;

use pkcs8::der::pem::LineEnding;
use pkcs8::pkcs5::pbes2;
use pkcs8::PrivateKeyInfo;
use rcgen::{
    date_time_ymd, BasicConstraints, Certificate, CertificateParams, DistinguishedName, DnType,
    ExtendedKeyUsagePurpose, IsCa, KeyPair, KeyUsagePurpose, PKCS_ECDSA_P256_SHA256,
};
use ring::rand::{SecureRandom, SystemRandom};

/// Passphrase of `client-encrypted.key`.
pub const PASSPHRASE: &str = "rsockets-test";

/// PBKDF2 rounds for `client-encrypted.key`: OpenSSL's default, cheap enough for debug builds.
const PBKDF2_ITERATIONS: u32 = 2048;

/// Every file written, relative to the directory.
pub const FILES: &[&str] = &[
    "ca.pem",
    "ca.key",
    "other-ca.pem",
    "other-ca.key",
    "server.pem",
    "server.key",
    "wrong-name.pem",
    "wrong-name.key",
    "expired.pem",
    "expired.key",
    "self-signed.pem",
    "self-signed.key",
    "client.pem",
    "client.key",
    "client-encrypted.key",
    "other-client.pem",
    "other-client.key",
    "capath/ca.pem",
];

/// The names a server certificate is valid for.
const SERVER_NAMES: [&str; 3] = ["localhost", "127.0.0.1", "::1"];

/// A test PKI that cannot be written.
#[derive(Debug, thiserror::Error)]
pub enum PkiError {
    #[error("cannot generate {what}: {reason}")]
    Generate { what: &'static str, reason: String },
    #[error("cannot write {path}: {source}")]
    Write { path: String, source: io::Error },
}

/// A certificate with its key, able to sign others when it is a CA.
struct Issued {
    cert: Certificate,
    key: KeyPair,
}

/// What a certificate is for.
#[derive(Clone, Copy)]
enum Role {
    Ca(&'static str),
    Server { names: &'static [&'static str] },
    Client(&'static str),
}

/// Writes the whole test PKI into `dir`, creating it if missing.
pub fn generate(dir: &Path) -> Result<(), PkiError> {
    fs::create_dir_all(dir.join("capath")).map_err(|e| write_error(&dir.join("capath"), e))?;
    let out = Out(dir);

    let ca = issue("ca", Role::Ca("rsockets test CA"), None, false)?;
    let other_ca = issue("other-ca", Role::Ca("rsockets other CA"), None, false)?;
    out.pair("ca", &ca)?;
    out.pair("other-ca", &other_ca)?;
    out.write("capath/ca.pem", &ca.cert.pem())?;

    let server = Role::Server {
        names: &SERVER_NAMES,
    };
    let wrong_name = Role::Server {
        names: &["wrong.example"],
    };
    out.pair("server", &issue("server", server, Some(&ca), false)?)?;
    out.pair(
        "wrong-name",
        &issue("wrong-name", wrong_name, Some(&ca), false)?,
    )?;
    out.pair("expired", &issue("expired", server, Some(&ca), true)?)?;
    out.pair("self-signed", &issue("self-signed", server, None, false)?)?;

    let client = issue("client", Role::Client("rsockets-client"), Some(&ca), false)?;
    out.pair("client", &client)?;
    out.write("client-encrypted.key", &encrypt(&client.key)?)?;
    let other = Role::Client("rsockets-other-client");
    out.pair(
        "other-client",
        &issue("other-client", other, Some(&other_ca), false)?,
    )?;
    Ok(())
}

/// Makes a key and a certificate for `role`, signed by `issuer` (self-signed without one),
/// valid 2020..2100, or 2000..2001 when `expired`.
fn issue(
    what: &'static str,
    role: Role,
    issuer: Option<&Issued>,
    expired: bool,
) -> Result<Issued, PkiError> {
    let failed = |e: rcgen::Error| PkiError::Generate {
        what,
        reason: e.to_string(),
    };
    let mut params = match role {
        Role::Server { names } => {
            // IP literals become IP address SANs, the rest DNS names.
            let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
            let mut params = CertificateParams::new(names).map_err(failed)?;
            params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
            params.distinguished_name = name(what);
            params
        }
        Role::Client(common_name) => {
            let mut params = CertificateParams::default();
            params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
            params.distinguished_name = name(common_name);
            params
        }
        Role::Ca(common_name) => {
            let mut params = CertificateParams::default();
            params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
            params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
            params.distinguished_name = name(common_name);
            params
        }
    };
    // Wide enough for any clock a test machine may have.
    let (from, to) = if expired { (2000, 2001) } else { (2020, 2100) };
    params.not_before = date_time_ymd(from, 1, 1);
    params.not_after = date_time_ymd(to, 1, 1);
    if !matches!(params.is_ca, IsCa::Ca(_)) {
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    }
    let key = KeyPair::generate_for(&PKCS_ECDSA_P256_SHA256).map_err(failed)?;
    let cert = match issuer {
        Some(ca) => params.signed_by(&key, &ca.cert, &ca.key),
        None => params.self_signed(&key),
    }
    .map_err(failed)?;
    Ok(Issued { cert, key })
}

fn name(common_name: &str) -> DistinguishedName {
    let mut dn = DistinguishedName::new();
    dn.push(DnType::OrganizationName, "rsockets tests");
    dn.push(DnType::CommonName, common_name);
    dn
}

/// `key` as an encrypted PKCS#8 PEM (`BEGIN ENCRYPTED PRIVATE KEY`): PBES2 with
/// PBKDF2-HMAC-SHA256 and AES-256-CBC, passphrase [`PASSPHRASE`].
fn encrypt(key: &KeyPair) -> Result<String, PkiError> {
    let failed = |reason: String| PkiError::Generate {
        what: "client-encrypted.key",
        reason,
    };
    let der = key.serialize_der();
    let info = PrivateKeyInfo::try_from(der.as_slice()).map_err(|e| failed(e.to_string()))?;
    let mut salt = [0u8; 16];
    let mut iv = [0u8; 16];
    let rng = SystemRandom::new();
    rng.fill(&mut salt)
        .and_then(|()| rng.fill(&mut iv))
        .map_err(|_| failed("no system randomness".into()))?;
    let params = pbes2::Parameters::pbkdf2_sha256_aes256cbc(PBKDF2_ITERATIONS, &salt, &iv)
        .map_err(|e| failed(e.to_string()))?;
    let encrypted = info
        .encrypt_with_params(params, PASSPHRASE)
        .map_err(|e| failed(e.to_string()))?;
    let pem = encrypted
        .to_pem("ENCRYPTED PRIVATE KEY", LineEnding::LF)
        .map_err(|e| failed(e.to_string()))?;
    Ok(pem.to_string())
}

/// The output directory.
struct Out<'a>(&'a Path);

impl Out<'_> {
    /// Writes `NAME.pem` and `NAME.key`.
    fn pair(&self, name: &str, issued: &Issued) -> Result<(), PkiError> {
        self.write(&format!("{name}.pem"), &issued.cert.pem())?;
        self.write(&format!("{name}.key"), &issued.key.serialize_pem())
    }

    fn write(&self, file: &str, contents: &str) -> Result<(), PkiError> {
        let path = self.0.join(file);
        fs::write(&path, contents).map_err(|e| write_error(&path, e))
    }
}

fn write_error(path: &Path, source: io::Error) -> PkiError {
    PkiError::Write {
        path: path.display().to_string(),
        source,
    }
}
