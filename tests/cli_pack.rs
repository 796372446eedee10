//! `rumbo-cli pack` as a maintainer and an outreach worker use it: build, sign, verify, diff, and every refusal,
//! each with its reason and no file changed.

use std::{
    fs,
    path::{Path, PathBuf},
    process::Command,
};

fn cli(args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rumbo-cli")).args(args).output().expect("rumbo-cli runs");
    let text = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
    (out.status.success(), text)
}

fn ok(args: &[&str]) -> String {
    let (success, text) = cli(args);
    assert!(success, "rumbo-cli {args:?} failed:\n{text}");
    text
}

fn refused(args: &[&str], reason: &str) -> String {
    let (success, text) = cli(args);
    assert!(!success, "rumbo-cli {args:?} succeeded:\n{text}");
    assert!(text.contains(reason), "rumbo-cli {args:?}: “{reason}” not in:\n{text}");
    text
}

/// A scratch folder outside the repository with a copy of the locales and the data files.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let root = std::env::temp_dir().join(format!("rumbo-cli-pack-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        for lang in fs::read_dir(repo.join("locales")).unwrap().map(|e| e.unwrap().path()) {
            let target = root.join("locales").join(lang.file_name().unwrap());
            fs::create_dir_all(&target).unwrap();
            for file in fs::read_dir(&lang).unwrap().map(|e| e.unwrap().path()) {
                fs::copy(&file, target.join(file.file_name().unwrap())).unwrap();
            }
        }
        fs::create_dir_all(root.join("assets")).unwrap();
        for name in ["guides.json", "directory.json", "calendar.json"] {
            fs::copy(repo.join("assets").join(name), root.join("assets").join(name)).unwrap();
        }
        Scratch(root)
    }

    fn path(&self, name: &str) -> String {
        self.0.join(name).display().to_string()
    }

    fn keygen(&self, name: &str) -> String {
        let text = ok(&["pack", "keygen", "--out", &self.path(name)]);
        text.lines().find_map(|l| l.strip_prefix("fingerprint: ")).unwrap().to_string()
    }

    fn build(&self, version: u64, out: &str, extra: &[&str]) -> String {
        let (locales, assets, out) = (self.path("locales"), self.path("assets"), self.path(out));
        let version = version.to_string();
        let mut args = vec!["pack", "build", "--content-version", &version, "--locales", &locales, "--assets", &assets];
        args.extend(["--out", &out]);
        args.extend(extra);
        ok(&args)
    }

    fn edit(&self, file: &str, edit: impl Fn(String) -> String) {
        let path = self.0.join(file);
        fs::write(&path, edit(fs::read_to_string(&path).unwrap())).unwrap();
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

#[test]
fn build_sign_verify_round_trip_prints_version_date_and_the_keys_fingerprint() {
    let s = Scratch::new("round-trip");
    let fingerprint = s.keygen("publisher.key");
    assert_eq!(fingerprint.split(' ').count(), 8, "{fingerprint}");
    s.build(2, "content.pack", &[]);
    ok(&["pack", "sign", &s.path("content.pack"), "--key", &s.path("publisher.key")]);
    let text =
        ok(&["pack", "verify", &s.path("content.pack"), "--trust", &s.path("publisher.key.pub"), "--lang", "es"]);
    for line in
        ["version: 2", "content compiled: 2026-", &format!("key fingerprint: {fingerprint}"), "El contenido no cambió."]
    {
        assert!(text.contains(line), "{line} not in:\n{text}");
    }
    // The same fingerprint whatever language "what changed" is printed in.
    let ru = ok(&["pack", "verify", &s.path("content.pack"), "--trust", &s.path("publisher.key.pub"), "--lang", "ru"]);
    assert!(ru.contains(&fingerprint) && ru.contains("Содержание не изменилось."), "{ru}");
}

#[test]
fn unsigned_other_key_damaged_replayed_and_too_new_packs_are_refused() {
    let s = Scratch::new("refusals");
    let fingerprint = s.keygen("publisher.key");
    let other = s.keygen("other.key");
    let trust = s.path("publisher.key.pub");
    s.build(2, "v2.pack", &[]);
    let unsigned = fs::read(s.path("v2.pack")).unwrap();
    refused(&["pack", "verify", &s.path("v2.pack"), "--trust", &trust], "refused: the pack is not signed");
    ok(&["pack", "sign", &s.path("v2.pack"), "--key", &s.path("publisher.key")]);

    // No key trusted at all (this build has none), and a key other than the publisher's.
    refused(
        &["pack", "verify", &s.path("v2.pack")],
        &format!("signed by the key {fingerprint}, which this Rumbo does not trust"),
    );
    let other_signed = s.path("other.pack");
    ok(&["pack", "sign", &s.path("v2.pack"), "--key", &s.path("other.key"), "--out", &other_signed]);
    refused(&["pack", "verify", &other_signed, "--trust", &trust], &format!("signed by the key {other}"));
    // The other key's pack with its manifest changed (the version raised): changed, whoever signed it.
    let mut raised = fs::read(&other_signed).unwrap();
    let at = raised.windows(12).position(|w| w == b"\"version\": 2").expect("the manifest's version");
    raised[at + 11] = b'7';
    fs::write(s.path("raised.pack"), &raised).unwrap();
    let text = refused(&["pack", "verify", &s.path("raised.pack"), "--trust", &trust], "changed after it was signed");
    assert!(!text.contains("does not trust"), "{text}");

    // One byte of a phone number changed: the shared part's hash no longer matches.
    let mut bytes = fs::read(s.path("v2.pack")).unwrap();
    let at = bytes.windows(15).rposition(|w| w == b"+1 520 623 7874").unwrap() + 3;
    bytes[at] = b'9';
    fs::write(s.path("tampered.pack"), &bytes).unwrap();
    refused(&["pack", "verify", &s.path("tampered.pack"), "--trust", &trust], "“shared” is damaged");
    // Signing a damaged pack is refused too, and the file stays as it was.
    refused(&["pack", "sign", &s.path("tampered.pack"), "--key", &s.path("publisher.key")], "damaged");
    assert_eq!(fs::read(s.path("tampered.pack")).unwrap(), bytes);

    // A replayed older pack, against the newer one in use.
    s.build(3, "v3.pack", &[]);
    ok(&["pack", "sign", &s.path("v3.pack"), "--key", &s.path("publisher.key")]);
    ok(&["pack", "verify", &s.path("v3.pack"), "--trust", &trust, "--current", &s.path("v2.pack")]);
    let current = ["--current", &s.path("v3.pack")];
    refused(
        &[&["pack", "verify", &s.path("v2.pack"), "--trust", &trust][..], &current].concat(),
        "version 2, older than version 3",
    );
    refused(&[&["pack", "verify", &s.path("v3.pack"), "--trust", &trust][..], &current].concat(), "already in use");

    s.build(4, "future.pack", &["--min-app", "99.0.0"]);
    ok(&["pack", "sign", &s.path("future.pack"), "--key", &s.path("publisher.key")]);
    refused(&["pack", "verify", &s.path("future.pack"), "--trust", &trust], "needs Rumbo 99.0.0 or newer");

    // Not a pack at all.
    refused(&["pack", "verify", &s.path("publisher.key.pub"), "--trust", &trust], "not a Rumbo content pack");
    assert_ne!(unsigned, fs::read(s.path("v2.pack")).unwrap(), "signing wrote the signature");
}

#[test]
fn build_refuses_locales_that_lack_a_message_the_app_uses_and_writes_nothing() {
    let s = Scratch::new("missing");
    // Missing from one language: the translators' check catches it.
    s.edit("locales/ht/rumbo.ftl", |t| {
        t.lines().filter(|l| !l.starts_with("copy-done =")).collect::<Vec<_>>().join("\n")
    });
    let args = ["--locales", &s.path("locales"), "--assets", &s.path("assets"), "--out", &s.path("x.pack")];
    let build = [&["pack", "build", "--content-version", "2"][..], &args].concat();
    refused(&build, "copy-done");
    // Missing from all four, Spanish included: still a message the app's code uses.
    for lang in ["es", "en", "ru"] {
        s.edit(&format!("locales/{lang}/rumbo.ftl"), |t| {
            t.lines().filter(|l| !l.starts_with("copy-done =")).collect::<Vec<_>>().join("\n")
        });
    }
    refused(&build, "the message “copy-done”, which the app uses, is missing");
    assert!(!s.0.join("x.pack").exists());
}

#[test]
fn build_names_the_file_it_could_not_read_once_and_writes_nothing() {
    let s = Scratch::new("unreadable");
    fs::remove_file(s.0.join("assets/calendar.json")).unwrap();
    let args = ["--locales", &s.path("locales"), "--assets", &s.path("assets"), "--out", &s.path("x.pack")];
    let build = [&["pack", "build", "--content-version", "2"][..], &args].concat();
    let text = refused(&build, &format!("{}: ", s.path("assets/calendar.json")));
    assert_eq!(text.matches("calendar.json").count(), 1, "{text}");
    assert_eq!(text.matches("No such file").count(), 1, "the cause is said once: {text}");
    assert!(!s.0.join("x.pack").exists());
}

#[test]
fn what_changed_is_in_the_manifest_and_diff_prints_it() {
    let s = Scratch::new("diff");
    s.keygen("publisher.key");
    s.build(2, "v2.pack", &[]);
    s.edit("assets/calendar.json", |t| {
        let mut calendar: serde_json::Value = serde_json::from_str(&t).unwrap();
        let mut period = calendar["periods"][0].clone();
        period["id"] = "comar-2027-test".into();
        period["from"] = "2027-03-01".into();
        period["to"] = "2027-03-01".into();
        calendar["periods"].as_array_mut().unwrap().push(period);
        calendar.to_string()
    });
    let built = s.build(3, "v3.pack", &["--previous", &s.path("v2.pack")]);
    assert!(built.contains("New non-working day: 1 March 2027"), "{built}");
    // The list is measured from version 2: a device still on version 1 is told so (Settings' offer).
    assert!(built.contains("what changed since version 2:"), "{built}");
    ok(&["pack", "sign", &s.path("v3.pack"), "--key", &s.path("publisher.key")]);
    let verified = ok(&["pack", "verify", &s.path("v3.pack"), "--trust", &s.path("publisher.key.pub"), "--lang", "ht"]);
    assert!(verified.contains("Nouvo jou ki pa travay"), "{verified}");
    let diff = ok(&["pack", "diff", &s.path("v2.pack"), &s.path("v3.pack"), "--lang", "es"]);
    assert_eq!(diff.trim(), "Nuevo día inhábil: 1 de marzo de 2027");
}

#[test]
fn a_new_key_vouched_for_by_the_old_one_is_trusted_wherever_the_old_one_is() {
    let s = Scratch::new("rotation");
    let old = s.keygen("old.key");
    let new = s.keygen("new.key");
    s.build(2, "v2.pack", &[]);
    ok(&[
        "pack",
        "endorse",
        "--key",
        &s.path("old.key"),
        "--new",
        &s.path("new.key.pub"),
        "--out",
        &s.path("new.endorsement"),
    ]);
    ok(&["pack", "sign", &s.path("v2.pack"), "--key", &s.path("new.key"), "--endorsement", &s.path("new.endorsement")]);
    let text = ok(&["pack", "verify", &s.path("v2.pack"), "--trust", &s.path("old.key.pub")]);
    assert!(
        text.contains(&format!("key fingerprint: {new}")) && text.contains(&format!("vouched for by: {old}")),
        "{text}"
    );
    // Without the endorsement the new key is just another key.
    ok(&["pack", "sign", &s.path("v2.pack"), "--key", &s.path("new.key")]);
    refused(&["pack", "verify", &s.path("v2.pack"), "--trust", &s.path("old.key.pub")], "does not trust");
}

#[test]
fn keygen_never_writes_into_a_repository_or_over_a_key() {
    let inside = Path::new(env!("CARGO_MANIFEST_DIR")).join("target").join("never.key");
    refused(&["pack", "keygen", "--out", &inside.display().to_string()], "must never enter a repository");
    assert!(!inside.exists());
    let s = Scratch::new("keygen");
    s.keygen("a.key");
    let before = fs::read(s.path("a.key")).unwrap();
    refused(&["pack", "keygen", "--out", &s.path("a.key")], "already exists");
    assert_eq!(fs::read(s.path("a.key")).unwrap(), before);
}

/// An outreach worker given a one-file edition on a USB stick: it is Rumbo's when the signed list that came with
/// it names it with the same SHA-256; a changed copy, a renamed one, an altered list or another key is refused.
#[test]
fn a_received_edition_is_checked_against_the_signed_list_of_checksums() {
    let s = Scratch::new("sums");
    let fingerprint = s.keygen("publisher.key");
    s.keygen("other.key");
    let edition = "<!DOCTYPE html><p>911</p>";
    fs::write(s.path("rumbo-es.html"), edition).unwrap();
    let sha = |text: &str| rumbo_sha256(text.as_bytes());
    fs::write(s.path("SHA256SUMS"), format!("{}  rumbo-es.html\n", sha(edition))).unwrap();
    let signed = ok(&["pack", "sign-sums", &s.path("SHA256SUMS"), "--key", &s.path("publisher.key")]);
    assert!(signed.contains(&fingerprint) && Path::new(&s.path("SHA256SUMS.sig")).exists(), "{signed}");

    let trust = s.path("publisher.key.pub");
    let text = ok(&["pack", "check-file", &s.path("rumbo-es.html"), "--trust", &trust]);
    assert!(text.contains(&format!("key fingerprint: {fingerprint}")), "{text}");
    // Without the publisher's key among the trusted ones (this rumbo-cli trusts none by default).
    refused(&["pack", "check-file", &s.path("rumbo-es.html")], "does not trust");
    refused(&["pack", "check-file", &s.path("rumbo-es.html"), "--trust", &s.path("other.key.pub")], "does not trust");

    // The file changed: one phone number.
    fs::write(s.path("rumbo-es.html"), "<!DOCTYPE html><p>555</p>").unwrap();
    refused(&["pack", "check-file", &s.path("rumbo-es.html"), "--trust", &trust], "SHA-256 differs");
    // The right file under another name.
    fs::write(s.path("rumbo-es (1).html"), edition).unwrap();
    refused(&["pack", "check-file", &s.path("rumbo-es (1).html"), "--trust", &trust], "is not in the signed list");
    // The list changed after signing, to match the changed file.
    fs::write(s.path("SHA256SUMS"), format!("{}  rumbo-es.html\n", sha("<!DOCTYPE html><p>555</p>"))).unwrap();
    refused(&["pack", "check-file", &s.path("rumbo-es.html"), "--trust", &trust], "changed after it was signed");
    // No signature beside the list.
    fs::remove_file(s.path("SHA256SUMS.sig")).unwrap();
    refused(&["pack", "check-file", &s.path("rumbo-es.html"), "--trust", &trust], "SHA256SUMS.sig");
}

/// The same edition received alone, by WhatsApp, with no SHA256SUMS: signed inside itself it is checked with
/// nothing else, and prints its content's version, date and key; unsigned, one byte changed or another key, and
/// it is refused with the reason.
#[test]
fn a_received_edition_alone_is_checked_by_its_own_signature() {
    use rumbo::pack::edition::{doctype, header, Made};
    let s = Scratch::new("edition");
    let fingerprint = s.keygen("publisher.key");
    s.keygen("other.key");
    let made = Made { version: 2, compiled: chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap() };
    let edition = format!("{}{}<html lang=\"es\"><p>Llame al 911</p></html>\n", doctype(), header(made));
    fs::create_dir_all(s.0.join("phone")).unwrap();
    let (file, copy) = (s.path("phone/rumbo-es.html"), s.path("phone/copy.html"));
    fs::write(&file, &edition).unwrap();
    let trust = s.path("publisher.key.pub");
    refused(&["pack", "check-file", &file, "--trust", &trust], "not signed");
    // Beside an unsigned list of checksums too: the edition's own line says why.
    fs::write(s.path("phone/SHA256SUMS"), format!("{}  rumbo-es.html\n", rumbo_sha256(edition.as_bytes()))).unwrap();
    refused(&["pack", "check-file", &file, "--trust", &trust], "not signed");

    let signed = ok(&["pack", "sign-edition", &file, "--key", &s.path("publisher.key")]);
    assert!(signed.contains(&fingerprint), "{signed}");
    let text = ok(&["pack", "check-file", &file, "--trust", &trust]);
    for line in ["content version: 2", "content compiled: 2026-11-27", &format!("key fingerprint: {fingerprint}")] {
        assert!(text.contains(line), "{line} not in:\n{text}");
    }
    // This rumbo-cli trusts no key of its own; and another key's signature is not the publisher's.
    refused(&["pack", "check-file", &file], "does not trust");
    fs::copy(&file, &copy).unwrap();
    ok(&["pack", "sign-edition", &copy, "--key", &s.path("other.key")]);
    refused(&["pack", "check-file", &copy, "--trust", &trust], "does not trust");
    // That copy changed after the other key signed it: told it was changed, not only that the key is another.
    let altered = fs::read_to_string(&copy).unwrap().replace("911", "915");
    fs::write(&copy, altered).unwrap();
    let text = refused(&["pack", "check-file", &copy, "--trust", &trust], "changed after it was signed");
    assert!(!text.contains("does not trust"), "{text}");

    // One byte changed: the phone number.
    let altered = fs::read_to_string(&file).unwrap().replace("911", "915");
    fs::write(&copy, altered).unwrap();
    refused(&["pack", "check-file", &copy, "--trust", &trust], "changed after it was signed");
    // A file that is not an edition is not signed, and nothing is written; nor is any other file given with it.
    fs::write(&copy, "<p>hola</p>").unwrap();
    let before = fs::read(&file).unwrap();
    refused(&["pack", "sign-edition", &file, &copy, "--key", &s.path("other.key")], "nothing written");
    assert_eq!((fs::read(&file).unwrap(), fs::read_to_string(&copy).unwrap()), (before, "<p>hola</p>".into()));
}

fn rumbo_sha256(bytes: &[u8]) -> String {
    rumbo::pack::format::sha256_hex(bytes)
}

/// `rumbo-cli share --pack` offers only what the phones' Rumbo would take; it says so before sharing anything.
#[test]
fn share_refuses_to_offer_a_pack_the_phones_would_refuse() {
    let s = Scratch::new("share");
    s.keygen("publisher.key");
    s.build(2, "content.pack", &[]);
    fs::create_dir_all(s.0.join("dist/web")).unwrap();
    fs::write(s.0.join("dist/web/index.html"), "<html></html>").unwrap();
    let (dist, pack) = (s.path("dist"), s.path("content.pack"));
    let share = |pack: &str| {
        refused(
            &["share", "--dir", &dist, "--host", "127.0.0.1", "--port", "0", "--pack", pack],
            "phones would refuse it",
        )
    };
    assert!(share(&pack).contains("not signed"));
    // Signed by a key this build does not trust (as every key is, until the publisher's is listed).
    ok(&["pack", "sign", &pack, "--key", &s.path("publisher.key")]);
    assert!(share(&pack).contains("does not trust"));
}

/// A maintainer's release of content without a new app: the one-file edition made from the signed pack shows the
/// pack's texts and directory and names its version, in its third line, on its cover and when checked after
/// signing; a pack the app would refuse (unsigned, another key, altered) is refused with status 1, writing nothing.
/// Needs rumbo-cli with the export feature: `cargo test --no-default-features --features export --test cli_pack`.
#[cfg(feature = "export")]
#[test]
fn an_edition_made_from_a_pack_shows_its_content_and_version_and_a_refused_pack_writes_nothing() {
    let s = Scratch::new("export");
    let fingerprint = s.keygen("publisher.key");
    s.keygen("other.key");
    let intro = "Edición hecha desde el paquete de contenido 2.";
    s.edit("locales/es/sharing.ftl", |text| {
        let line = text.lines().find(|l| l.starts_with("export-intro =")).unwrap().to_string();
        text.replace(&line, &format!("export-intro = {intro}"))
    });
    s.edit("assets/directory.json", |text| {
        text.replacen("\"COMAR Tijuana\"", "\"COMAR Tijuana (oficina del paquete 2)\"", 1)
    });
    let built = s.build(2, "v2.pack", &[]);
    let compiled = built.split("content compiled ").nth(1).unwrap().split(',').next().unwrap().to_string();
    let unsigned = fs::read(s.path("v2.pack")).unwrap();
    ok(&["pack", "sign", &s.path("v2.pack"), "--key", &s.path("publisher.key")]);
    let trust = s.path("publisher.key.pub");

    let edition = s.path("rumbo-es.html");
    let made =
        ok(&["export", "html", "--lang", "es", "--pack", &s.path("v2.pack"), "--trust", &trust, "--out", &edition]);
    assert!(made.contains(&format!("content pack version 2, compiled {compiled}, signed by {fingerprint}")), "{made}");
    let html = fs::read_to_string(&edition).unwrap();
    let third_line = html.lines().nth(2).unwrap();
    assert_eq!(third_line, format!("<!-- rumbo-content: version 2, compiled {compiled} -->"));
    assert!(html.contains(intro), "the pack's text");
    assert!(html.contains("COMAR Tijuana (oficina del paquete 2)"), "the pack's directory");
    assert!(!html.contains("Esta es la edición de un solo archivo de Rumbo."), "not the compiled-in text");
    assert!(html.matches("contenido versión 2").count() >= 2, "the cover and the last page name the version");
    // The compiled-in edition, for comparison, still says version 1 and its own text.
    let compiled_in = ok(&["export", "html", "--lang", "es"]);
    assert!(compiled_in.contains("<!-- rumbo-content: version 1, compiled ") && !compiled_in.contains(intro));

    ok(&["pack", "sign-edition", &edition, "--key", &s.path("publisher.key")]);
    let checked = ok(&["pack", "check-file", &edition, "--trust", &trust]);
    for line in
        ["content version: 2", &format!("content compiled: {compiled}"), &format!("key fingerprint: {fingerprint}")]
    {
        assert!(checked.contains(line), "{line} not in:\n{checked}");
    }

    // Refused: the status is 1 and the edition is not written, nor one already there changed.
    let refuse = |pack: &str, extra: &[&str], reason: &str| {
        let out = s.path("refused.html");
        let mut args = vec!["export", "html", "--lang", "en", "--pack", pack, "--out", &out];
        args.extend(extra);
        let run = Command::new(env!("CARGO_BIN_EXE_rumbo-cli")).args(&args).output().unwrap();
        let text = String::from_utf8_lossy(&run.stderr).to_string();
        assert_eq!(run.status.code(), Some(1), "{args:?}: {text}");
        assert!(text.contains(reason) && text.contains("nothing written"), "{args:?}: “{reason}” not in {text}");
        assert!(!Path::new(&out).exists(), "{args:?} wrote {out}");
        let before = fs::read(&edition).unwrap();
        let over = Command::new(env!("CARGO_BIN_EXE_rumbo-cli"))
            .args(&args[..6])
            .args(["--out", &edition])
            .args(extra)
            .output();
        assert!(!over.unwrap().status.success());
        assert_eq!(fs::read(&edition).unwrap(), before, "{args:?} changed the edition already there");
    };
    fs::write(s.path("unsigned.pack"), &unsigned).unwrap();
    refuse(&s.path("unsigned.pack"), &["--trust", &trust], "the pack is not signed");
    refuse(&s.path("v2.pack"), &[], "which this Rumbo does not trust");
    refuse(&s.path("v2.pack"), &["--trust", &s.path("other.key.pub")], "which this Rumbo does not trust");
    let mut bytes = fs::read(s.path("v2.pack")).unwrap();
    let at = bytes.windows(13).rposition(|w| w == b"COMAR Tijuana").unwrap();
    bytes[at] = b'K';
    fs::write(s.path("tampered.pack"), &bytes).unwrap();
    refuse(&s.path("tampered.pack"), &["--trust", &trust], "“shared” is damaged");
}

/// An edition is written whole or not at all: rumbo-cli killed halfway through writing one over an older edition
/// (here by a file-size limit, as a full disk or a power cut would stop it) leaves the older edition as it was,
/// never a cut file that an outreach worker would pass on.
#[cfg(all(feature = "export", target_os = "linux"))]
#[test]
fn an_edition_cut_off_while_written_leaves_the_previous_one_whole() {
    let s = Scratch::new("cut-edition");
    let edition = s.path("rumbo-es.html");
    fs::write(&edition, "the previous edition").unwrap();
    // 64 KiB is a quarter of an edition: the kernel stops the process (SIGXFSZ) after writing that much.
    let run = Command::new("prlimit")
        .args(["--fsize=65536", "--", env!("CARGO_BIN_EXE_rumbo-cli"), "export", "html", "--lang", "es", "--out"])
        .arg(&edition)
        .output()
        .expect("prlimit (util-linux) runs");
    assert!(!run.status.success(), "the limit stopped the write: {}", String::from_utf8_lossy(&run.stderr));
    let left = fs::read(&edition).unwrap();
    assert!(left == b"the previous edition", "the previous edition was replaced by {} bytes of a cut one", left.len());

    let made = ok(&["export", "html", "--lang", "es", "--out", &edition]);
    assert!(made.contains("KB"), "{made}");
    assert!(fs::read_to_string(&edition).unwrap().trim_end().ends_with("</html>"), "a whole edition");
    assert!(!Path::new(&format!("{edition}.part")).exists(), "no temporary file left after a whole write");
}
