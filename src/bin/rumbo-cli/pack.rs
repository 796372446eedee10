//! `rumbo-cli pack`: make, sign, check and compare content packs (`rumbo::pack`). A refused pack changes no file:
//! outputs are written to a temporary file beside the target and renamed into place only when everything passed.

use std::{
    fs,
    io::{Read, Write},
    path::{Path, PathBuf},
};

use clap::Subcommand;
use rumbo::i18n::{check, Lang, LANGUAGES};
use rumbo::pack::{
    self, edition, format::MAX_PACK, sums, Content, Endorsement, Pack, PublicKey, SecretKey, Trust, Verified,
};

use crate::output::CliResult;
use crate::write::{replace, with_suffix};

#[derive(Subcommand)]
pub enum PackCommand {
    /// Make a new secret key (and its public key) in files outside any git repository.
    Keygen {
        /// The secret key file to create; never inside the repository.
        #[arg(long)]
        out: PathBuf,
        /// The public key file (default: the secret's path with .pub added).
        #[arg(long)]
        public: Option<PathBuf>,
    },
    /// Make an unsigned pack from the locales and data files, after the locale and data checks.
    Build {
        /// The content's version: above every pack published before, and above the app's own.
        #[arg(long = "content-version")]
        version: u64,
        #[arg(long, default_value = "locales")]
        locales: PathBuf,
        #[arg(long, default_value = "assets")]
        assets: PathBuf,
        /// The pack this one follows, for "what changed" (default: the content built into this rumbo-cli).
        #[arg(long)]
        previous: Option<PathBuf>,
        /// The oldest Rumbo that can read it (default: this rumbo-cli's version).
        #[arg(long)]
        min_app: Option<String>,
        #[arg(long)]
        out: PathBuf,
    },
    /// Sign a pack with a secret key (replacing any signature it had).
    Sign {
        pack: PathBuf,
        #[arg(long)]
        key: PathBuf,
        /// Endorsements from a trusted key to this one (`pack endorse`), oldest first.
        #[arg(long)]
        endorsement: Vec<PathBuf>,
        /// Where to write the signed pack (default: replace PACK).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Vouch, with the old key, for a new key: packs the new key signs then pass wherever the old key is trusted.
    Endorse {
        /// The old (trusted) secret key.
        #[arg(long)]
        key: PathBuf,
        /// The new public key.
        #[arg(long)]
        new: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
    /// Check a pack as the app would: signature by a trusted key, versions, content. Prints its version, date and
    /// key fingerprint, and what changed.
    Verify {
        pack: PathBuf,
        /// Also trust this public key file (for checking a test or a private release).
        #[arg(long)]
        trust: Vec<PathBuf>,
        /// The pack in use, which this one must be newer than (default: the content built into this rumbo-cli).
        #[arg(long)]
        current: Option<PathBuf>,
        /// The language of "what changed": es, en, ht or ru.
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// What changed from one pack to another (signatures are not checked: use verify).
    Diff {
        old: PathBuf,
        new: PathBuf,
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// The keys this rumbo-cli trusts, with their fingerprints.
    Keys,
    /// Sign a list of checksums (dist/SHA256SUMS): writes its detached signature, SUMS.sig.
    SignSums {
        sums: PathBuf,
        #[arg(long)]
        key: PathBuf,
        /// Endorsements from a trusted key to this one (`pack endorse`), oldest first.
        #[arg(long)]
        endorsement: Vec<PathBuf>,
    },
    /// Sign one-file editions (dist/rumbo-LL.html) in place: the signature goes in the edition's second line.
    SignEdition {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long)]
        key: PathBuf,
        /// Endorsements from a trusted key to this one (`pack endorse`), oldest first.
        #[arg(long)]
        endorsement: Vec<PathBuf>,
    },
    /// Is this file really Rumbo's? A one-file edition that carries its own signature is checked alone; any other
    /// file (the bundle's zip, an unsigned edition) against the signed list of checksums that came with it
    /// (SHA256SUMS and SHA256SUMS.sig, by default beside the file).
    CheckFile {
        file: PathBuf,
        /// Check against this list of checksums (its signature is SUMS.sig), even if the file carries a signature.
        #[arg(long)]
        sums: Option<PathBuf>,
        /// Also trust this public key file (for checking a test or a private release).
        #[arg(long)]
        trust: Vec<PathBuf>,
    },
}

pub fn run(out: &mut dyn Write, command: PackCommand) -> CliResult {
    match command {
        PackCommand::Keygen { out: path, public } => keygen(out, &path, public.as_deref()),
        PackCommand::Build { version, locales, assets, previous, min_app, out: path } => {
            build(out, version, &locales, &assets, previous.as_deref(), min_app.as_deref(), &path)
        }
        PackCommand::Sign { pack, key, endorsement, out: path } => {
            sign(out, &pack, &key, &endorsement, path.as_deref().unwrap_or(&pack))
        }
        PackCommand::Endorse { key, new, out: path } => endorse(out, &key, &new, &path),
        PackCommand::Verify { pack, trust, current, lang } => verify(out, &pack, &trust, current.as_deref(), &lang),
        PackCommand::Diff { old, new, lang } => diff(out, &old, &new, &lang),
        PackCommand::Keys => keys(out),
        PackCommand::SignSums { sums, key, endorsement } => sign_sums(out, &sums, &key, &endorsement),
        PackCommand::SignEdition { files, key, endorsement } => sign_edition(out, &files, &key, &endorsement),
        PackCommand::CheckFile { file, sums, trust } => check_file(out, &file, sums.as_deref(), &trust),
    }
}

fn sign_sums(out: &mut dyn Write, sums: &Path, key: &Path, endorsements: &[PathBuf]) -> CliResult {
    let text = read_small(sums, sums::MAX_SUMS)?;
    sums::parse(&text).map_err(|e| format!("{}: {e}", sums.display()))?;
    let secret = secret_key(key)?;
    let signature = secret.sign_sums(text.as_bytes(), read_endorsements(endorsements)?);
    let to = with_suffix(sums, ".sig");
    replace(&to, sums::signature_file(&signature).as_bytes())?;
    writeln!(out, "{}: signed by {}", to.display(), secret.public().fingerprint())?;
    Ok(())
}

fn sign_edition(out: &mut dyn Write, files: &[PathBuf], key: &Path, endorsements: &[PathBuf]) -> CliResult {
    let secret = secret_key(key)?;
    let endorsements = read_endorsements(endorsements)?;
    // Every file is read and signed before any is written, so a bad one leaves all as they were.
    let mut signed = Vec::new();
    for file in files {
        let bytes = read_limited(file, edition::MAX_EDITION + 1)?;
        let bytes = edition::sign(&secret, &bytes, endorsements.clone())
            .map_err(|e| format!("{}: not signed, nothing written: {e}", file.display()))?;
        signed.push((file, bytes));
    }
    for (file, bytes) in signed {
        replace(file, &bytes)?;
        writeln!(out, "{}: signed by {}", file.display(), secret.public().fingerprint())?;
    }
    Ok(())
}

fn check_file(out: &mut dyn Write, file: &Path, sums: Option<&Path>, keys: &[PathBuf]) -> CliResult {
    let beside = file.parent().unwrap_or(Path::new(".")).join("SHA256SUMS");
    if sums.is_none() {
        let bytes = read_file(file)?;
        // An edition's own signature, when it carries one (or something in its place); otherwise a signed list
        // beside the file, when there is one.
        let signed_list = beside.exists() && with_suffix(&beside, ".sig").exists();
        let own = match edition::read(&bytes) {
            Ok(stamped) => stamped.signature.is_some() || !signed_list,
            Err(edition::EditionError::NoSignatureLine | edition::EditionError::TooLarge { .. }) => !beside.exists(),
            Err(_) => true,
        };
        if own {
            return check_edition(out, file, &bytes, keys);
        }
    }
    let sums = sums.unwrap_or(&beside);
    let signature = with_suffix(sums, ".sig");
    let name =
        file.file_name().and_then(|n| n.to_str()).ok_or_else(|| format!("{}: not a file name", file.display()))?;
    let list = read_small(sums, sums::MAX_SUMS)?;
    let signed = read_small(&signature, 64 * 1024)?;
    let bytes = read_file(file)?;
    let verified = sums::check_file(&trusted(keys)?, &list, &signed, name, &bytes)
        .map_err(|e| format!("{}: NOT confirmed as Rumbo's: {e}", file.display()))?;
    writeln!(out, "{}: the same file that {} lists, signed by a trusted key", file.display(), sums.display())?;
    print_key(out, &verified)
}

fn check_edition(out: &mut dyn Write, file: &Path, bytes: &[u8], keys: &[PathBuf]) -> CliResult {
    let checked = edition::check(&trusted(keys)?, bytes)
        .map_err(|e| format!("{}: NOT confirmed as Rumbo's: {e}", file.display()))?;
    writeln!(out, "{}: a Rumbo one-file edition, unchanged since a trusted key signed it", file.display())?;
    writeln!(out, "content version: {}", checked.made.version)?;
    writeln!(out, "content compiled: {}", checked.made.compiled)?;
    print_key(out, &checked.verified)
}

fn print_key(out: &mut dyn Write, verified: &Verified) -> CliResult {
    writeln!(out, "key fingerprint: {}", verified.signer.fingerprint())?;
    if verified.root != verified.signer {
        writeln!(out, "  vouched for by: {}", verified.root.fingerprint())?;
    }
    Ok(())
}

fn secret_key(path: &Path) -> Result<SecretKey, String> {
    SecretKey::from_file(&read_small(path, 4096)?).ok_or_else(|| format!("{}: not a secret key file", path.display()))
}

fn read_endorsements(files: &[PathBuf]) -> Result<Vec<Endorsement>, String> {
    files
        .iter()
        .map(|file| {
            let text = read_small(file, 4096)?;
            serde_json::from_str::<Endorsement>(&text)
                .map_err(|e| format!("{}: not an endorsement: {e}", file.display()))
        })
        .collect()
}

/// The built-in keys and any given with --trust.
pub(crate) fn trusted(keys: &[PathBuf]) -> Result<Trust, String> {
    let mut trust = Trust::built_in();
    for key in keys {
        let text = read_small(key, 4096)?;
        let key = PublicKey::from_file(&text).ok_or_else(|| format!("{}: not a public key file", key.display()))?;
        trust.add(key, rumbo::pack::KeyOrigin::BuildOption);
    }
    Ok(trust)
}

fn keygen(out: &mut dyn Write, path: &Path, public: Option<&Path>) -> CliResult {
    let public = public.map(Path::to_path_buf).unwrap_or_else(|| with_suffix(path, ".pub"));
    for file in [path, public.as_path()] {
        if let Some(repo) = enclosing_repository(file) {
            return Err(format!(
                "{}: inside the git repository {}; a secret key must never enter a repository",
                file.display(),
                repo.display()
            )
            .into());
        }
        if file.exists() {
            return Err(format!("{}: already exists; nothing was written", file.display()).into());
        }
    }
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| format!("no randomness from the system: {e}"))?;
    let key = SecretKey::from_seed(seed);
    write_new(path, key.to_file().as_bytes(), true)?;
    write_new(&public, key.public().to_file().as_bytes(), false)?;
    writeln!(out, "secret key: {} (keep it offline and never share it)", path.display())?;
    writeln!(out, "public key: {}", public.display())?;
    writeln!(out, "fingerprint: {}", key.public().fingerprint())?;
    Ok(())
}

/// The git work tree `path` would be written in, if any.
fn enclosing_repository(path: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(path).ok()?;
    absolute.ancestors().skip(1).find(|dir| dir.join(".git").exists()).map(Path::to_path_buf)
}

fn build(
    out: &mut dyn Write,
    version: u64,
    locales: &Path,
    assets: &Path,
    previous: Option<&Path>,
    min_app: Option<&str>,
    path: &Path,
) -> CliResult {
    let content = Content::from_dirs(locales, assets)?;
    let models = content.models().map_err(|e| format!("refused, nothing written: {e}"))?;
    // The translators' check and the directory's rules, as `l10n check` and `directory check` run them.
    let expectations = rumbo::checks::l10n::expectations_for(&models.guides, &models.directory);
    let findings = check::check_dir(locales, &expectations);
    let errors: Vec<_> = findings.iter().filter(|f| f.severity == check::Severity::Error).collect();
    if !errors.is_empty() {
        errors.iter().try_for_each(|finding| writeln!(out, "{finding}"))?;
        return Err(format!("refused, nothing written: {} errors in {}", errors.len(), locales.display()).into());
    }
    let (previous, since) = match previous {
        Some(file) => {
            let pack = read_pack(file)?;
            let content = Content::from_pack(&pack).map_err(|e| format!("{}: {e}", file.display()))?;
            (content, pack.manifest.version)
        }
        None => (Content::embedded(), pack::EMBEDDED_VERSION),
    };
    let min_app = min_app.unwrap_or(pack::APP_VERSION);
    let built = pack::build(&content, (&previous, since), version, min_app).map_err(|e| format!("refused: {e}"))?;
    write_new(path, &built.to_bytes(), false)?;
    writeln!(out, "{}: version {}, content compiled {}, unsigned", path.display(), version, built.manifest.compiled)?;
    print_summary(out, &built, Lang::from_code("en").expect("en"))
}

fn sign(out: &mut dyn Write, pack: &Path, key: &Path, endorsements: &[PathBuf], to: &Path) -> CliResult {
    let unsigned = read_pack(pack)?;
    let secret = secret_key(key)?;
    let signed = secret.sign_pack(unsigned, read_endorsements(endorsements)?);
    replace(to, &signed.to_bytes())?;
    writeln!(out, "{}: signed by {}", to.display(), secret.public().fingerprint())?;
    Ok(())
}

fn endorse(out: &mut dyn Write, key: &Path, new: &Path, to: &Path) -> CliResult {
    let old = secret_key(key)?;
    let new_key = PublicKey::from_file(&read_small(new, 4096)?)
        .ok_or_else(|| format!("{}: not a public key file", new.display()))?;
    let endorsement = old.endorse(&new_key);
    write_new(to, serde_json::to_string_pretty(&endorsement).expect("plain values").as_bytes(), false)?;
    writeln!(out, "{}: {} vouches for {}", to.display(), old.public().fingerprint(), new_key.fingerprint())?;
    Ok(())
}

fn verify(out: &mut dyn Write, file: &Path, keys: &[PathBuf], current: Option<&Path>, lang: &str) -> CliResult {
    let lang = language(lang)?;
    let trust = trusted(keys)?;
    let current = match current {
        Some(path) => read_pack(path)?.manifest.version,
        None => pack::EMBEDDED_VERSION,
    };
    let bytes = read_file(file)?;
    let checked = pack::check_import(&bytes, &trust, current, pack::APP_VERSION)
        .map_err(|e| format!("{}: refused: {e}", file.display()))?;
    let manifest = &checked.pack.manifest;
    writeln!(out, "{}: a Rumbo content pack, signed by a trusted key", file.display())?;
    writeln!(out, "version: {}", manifest.version)?;
    writeln!(out, "content compiled: {}", manifest.compiled)?;
    writeln!(out, "needs Rumbo: {} or newer", manifest.min_app)?;
    print_key(out, &checked.verified)?;
    print_summary(out, &checked.pack, lang)
}

fn diff(out: &mut dyn Write, old: &Path, new: &Path, lang: &str) -> CliResult {
    let lang = language(lang)?;
    let content = |path: &Path| Content::from_pack(&read_pack(path)?).map_err(|e| format!("{}: {e}", path.display()));
    let (before, after) = (content(old)?, content(new)?);
    let changes = pack::diff(&before, &after).map_err(|e| e.to_string())?;
    let (old_models, new_models) =
        (before.models().map_err(|e| e.to_string())?, after.models().map_err(|e| e.to_string())?);
    let lines = pack::changes::summary(&changes, &old_models, &new_models);
    lines[lang.code()].iter().try_for_each(|line| writeln!(out, "{line}"))?;
    Ok(())
}

fn keys(out: &mut dyn Write) -> CliResult {
    let trust = Trust::built_in();
    for (key, origin) in trust.keys() {
        let from = match origin {
            rumbo::pack::KeyOrigin::Listed => "assets/pack-keys.txt",
            rumbo::pack::KeyOrigin::BuildOption => "added at build time (RUMBO_TRUSTED_KEYS)",
            rumbo::pack::KeyOrigin::Test => "test builds only",
        };
        writeln!(out, "{}  {from}", key.fingerprint())?;
    }
    if trust.keys().is_empty() {
        writeln!(out, "this rumbo-cli trusts no key: it refuses every pack it is given")?;
    }
    Trust::built_in_problems().iter().try_for_each(|p| writeln!(out, "warning: {p}"))?;
    Ok(())
}

fn print_summary(out: &mut dyn Write, pack: &Pack, lang: Lang) -> CliResult {
    match pack.manifest.since {
        Some(since) => writeln!(out, "what changed since version {since}:")?,
        None => writeln!(out, "what changed:")?,
    }
    for line in pack.manifest.summary.get(lang.code()).into_iter().flatten() {
        writeln!(out, "  {line}")?;
    }
    Ok(())
}

fn language(code: &str) -> Result<Lang, String> {
    Lang::from_code(code).ok_or_else(|| format!("unknown language {code:?}: use one of {}", LANGUAGES.join(", ")))
}

fn read_pack(path: &Path) -> Result<Pack, String> {
    Pack::read(&read_file(path)?).map_err(|e| format!("{}: {e}", path.display()))
}

/// A regular file of at most one byte more than a pack may be (so the reader can say it is too large).
pub(crate) fn read_file(path: &Path) -> Result<Vec<u8>, String> {
    read_limited(path, MAX_PACK + 1)
}

fn read_small(path: &Path, max: u64) -> Result<String, String> {
    String::from_utf8(read_limited(path, max)?).map_err(|_| format!("{}: not text", path.display()))
}

fn read_limited(path: &Path, max: u64) -> Result<Vec<u8>, String> {
    let fail = |e: std::io::Error| format!("{}: {e}", path.display());
    let file = fs::File::open(path).map_err(fail)?;
    if !file.metadata().map_err(fail)?.is_file() {
        return Err(format!("{}: not a regular file", path.display()));
    }
    let mut bytes = Vec::new();
    file.take(max).read_to_end(&mut bytes).map_err(fail)?;
    Ok(bytes)
}

/// Writes a file that must not exist yet (a secret key readable by its owner alone).
fn write_new(path: &Path, bytes: &[u8], secret: bool) -> Result<(), String> {
    if path.exists() {
        return Err(format!("{}: already exists; nothing was written", path.display()));
    }
    replace(path, bytes)?;
    #[cfg(unix)]
    if secret {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(0o600)).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    #[cfg(not(unix))]
    let _ = secret;
    Ok(())
}
