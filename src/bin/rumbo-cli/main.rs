//! Command-line tools for translators and outreach workers. Builds without Dioxus: `cargo cli --help`.

mod bookmarks;
mod case;
mod deadline;
mod directory;
mod export;
mod output;
mod pack;
mod share;
mod write;

use std::{
    io::{self, Write},
    path::{Path, PathBuf},
    process::ExitCode,
};

use anyhow::Context;
use chrono::NaiveDate;
use clap::{error::ErrorKind, CommandFactory, FromArgMatches, Parser, Subcommand};
use output::{fail, CliError, CliResult};
use rumbo::{
    deadline::{parse_date, Term},
    directory::{City, Kind},
    i18n::{check, status, Lang},
    offline,
};

#[derive(Parser)]
#[command(name = "rumbo-cli", version, about = "Tools for Rumbo's translators and outreach workers")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web bundle over HTTP (used by `make run`).
    Serve {
        /// The built web bundle.
        #[arg(long, default_value = "dist/web")]
        dir: PathBuf,
        #[arg(long, default_value = "127.0.0.1")]
        host: String,
        /// 0 picks a free port (the address printed has the real one).
        #[arg(long, default_value_t = 8080)]
        port: u16,
        #[command(flatten)]
        limits: share::LimitArgs,
    },
    /// Share Rumbo with the phones on this Wi-Fi: a page in each phone's language, the web app under /app/,
    /// and the one-file editions, on every network address of this machine, with a QR code. Logs nothing.
    Share {
        /// What `make dist` wrote: web/ and rumbo-<lang>.html.
        #[arg(long, default_value = "dist")]
        dir: PathBuf,
        /// Also offer this signed content pack for download on the phones' page (checked first: one the phones
        /// would refuse is not offered).
        #[arg(long)]
        pack: Option<PathBuf>,
        /// The address to listen on: every interface by default.
        #[arg(long, default_value = "0.0.0.0")]
        host: String,
        /// Keep it the same from one share to the next: what a phone saves belongs to the address, port included.
        #[arg(long, default_value_t = 8080)]
        port: u16,
        #[command(flatten)]
        limits: share::LimitArgs,
    },
    /// The last day of a term of the asylum procedure, on Rumbo's calendar of non-working days.
    Deadline {
        /// The start: the day of entry into Mexico (asylum), of notification (appeal), of filing (decision).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        entry: NaiveDate,
        /// Which term to count.
        #[arg(long, value_enum, default_value_t = Term::Asylum)]
        term: Term,
        /// Count as of this day instead of the computer's date.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        today: Option<NaiveDate>,
        /// One JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// One person's case: every term that follows from their dates, the next weekly sign-in, and (--ics) the
    /// reminders as a calendar file. The same timeline as the app's "My case" screen.
    Case(Box<case::CaseArgs>),
    /// Saved items in a Rumbo database file (the desktop app's, or a copy).
    Bookmarks {
        #[command(subcommand)]
        command: BookmarksCommand,
    },
    /// The directory's data: check its rules, or list entries for a printout.
    Directory {
        #[command(subcommand)]
        command: DirectoryCommand,
    },
    /// Tools for translators.
    L10n {
        #[command(subcommand)]
        command: L10nCommand,
    },
    /// The one-file edition of one language: guides, directory and deadline table in one HTML file with no
    /// script, to open from a file, send, or print. Needs the `export` feature (make dist builds it).
    Export {
        #[command(subcommand)]
        command: ExportCommand,
    },
    /// Content packs: build, sign, verify and compare the signed files that carry new content to an app.
    Pack {
        #[command(subcommand)]
        command: pack::PackCommand,
    },
    /// Finish a built web bundle: relative asset URLs, and the offline service worker (sw.js) listing every file.
    Precache {
        /// The built web bundle.
        dir: PathBuf,
    },
}

#[derive(Subcommand)]
enum ExportCommand {
    Html {
        /// The edition's language.
        #[arg(long, value_enum, ignore_case = true)]
        lang: Lang,
        /// Where to write it; standard output by default.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Make it from this signed content pack, checked as the app checks one, instead of the content compiled
        /// into this rumbo-cli: the edition then names the pack's version. A refused pack writes nothing.
        #[arg(long)]
        pack: Option<PathBuf>,
        /// Also trust this public key file for the pack (for a test or a private release).
        #[arg(long, requires = "pack")]
        trust: Vec<PathBuf>,
    },
    /// The pocket card to print (HTML with print styles): Spanish for an official, the other side in LANG.
    Card {
        /// The card's language (its other side is always Spanish, for an official).
        #[arg(long, value_enum, ignore_case = true)]
        lang: Lang,
        /// Where to write it; standard output by default.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Every screen in each language as a page that needs no script (`<lang>/<screen>.html`), and the Spanish
    /// home in the bundle's index.html, readable before the app loads. Run on a built web bundle, before precache.
    Static {
        /// The built web bundle (dist/web).
        dir: PathBuf,
    },
}

#[derive(Subcommand)]
enum BookmarksCommand {
    /// One line per bookmark, newest first: kind and id.
    List {
        #[arg(long)]
        db: PathBuf,
    },
    /// The bookmarks as a JSON file, on standard output.
    Export {
        #[arg(long)]
        db: PathBuf,
        /// Also put the person's case (their dates) in the file: anyone who sees the file can read them.
        #[arg(long)]
        with_case: bool,
    },
    /// Adds the bookmarks of a JSON file made by export (or by the app); twice adds nothing.
    Import {
        #[arg(long)]
        db: PathBuf,
        file: PathBuf,
    },
}

#[derive(Subcommand)]
enum DirectoryCommand {
    /// Validate the schema and the rules: sources and dates for every actionable field, phone formats,
    /// duplicates. Sources read more than 180 days before --today are warnings. Fails on any error.
    Check {
        /// A directory file other than the one built into Rumbo.
        #[arg(long)]
        file: Option<PathBuf>,
        /// The day to judge the sources' age by; today by default.
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<NaiveDate>,
    },
    /// Print the entries, in Spanish, or as JSON.
    List {
        /// Only the entries of this city.
        #[arg(long, value_enum)]
        city: Option<City>,
        /// Only the entries of this kind.
        #[arg(long, value_enum)]
        kind: Option<Kind>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum L10nCommand {
    /// Check every locale against Spanish: syntax, missing and extra messages, variables, plural
    /// categories, empty messages, guide markup, and ids the app's data files use. Fails on any error.
    Check {
        /// The folder that holds one folder per language.
        #[arg(long, default_value = "locales")]
        locales: PathBuf,
    },
    /// Per locale: messages translated, missing, identical to Spanish, and the review status.
    Status {
        #[arg(long, default_value = "locales")]
        locales: PathBuf,
    },
}

const WORKER_TEMPLATE: &str = include_str!("../../../assets/sw.template.js");

fn main() -> ExitCode {
    // The version line also says when the content was compiled, as every artefact does (nobody has reviewed it yet).
    let edition = rumbo::edition::Edition::shipped();
    let version = format!("{} (content compiled {})", edition.version, edition.reviewed);
    // One buffer for the whole run; every command writes through `out` and returns write errors. Standard output
    // is locked only while the buffer is written out, so a server's threads may print too.
    let mut out = io::BufWriter::new(io::stdout());
    let result = match Cli::command().version(&*version.leak()).try_get_matches() {
        Ok(matches) => run(Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit()).command, &mut out),
        // --help and --version are output too: `rumbo-cli --help | head` ends quietly like any command.
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            write!(out, "{}", e.render()).map_err(CliError::from)
        }
        Err(e) => e.exit(),
    };
    let flushed = out.flush();
    match result.and_then(|()| flushed.map_err(CliError::from)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is_closed_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            output::note(format_args!("rumbo-cli: {e}"));
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command, out: &mut dyn Write) -> CliResult {
    match command {
        Command::Serve { dir, host, port, limits } => share::serve(out, &dir, &host, port, &limits),
        Command::Share { dir, pack, host, port, limits } => {
            share::run(out, &dir, pack.as_deref(), &host, port, &limits)
        }
        Command::Precache { dir } => precache(out, &dir),
        Command::Export { command: ExportCommand::Html { lang, out: file, pack, trust } } => {
            export::html(out, lang, file.as_deref(), pack.as_deref(), &trust)
        }
        Command::Export { command: ExportCommand::Static { dir } } => export::static_pages(&dir),
        Command::Export { command: ExportCommand::Card { lang, out: file } } => {
            export::card(out, lang, file.as_deref())
        }
        Command::Deadline { entry, term, today, json } => deadline::run(out, entry, term, today, json),
        Command::Case(args) => case::run(out, &args),
        Command::Bookmarks { command: BookmarksCommand::List { db } } => bookmarks::list(out, &db),
        Command::Bookmarks { command: BookmarksCommand::Export { db, with_case } } => {
            bookmarks::export(out, &db, with_case)
        }
        Command::Bookmarks { command: BookmarksCommand::Import { db, file } } => bookmarks::import(out, &db, &file),
        Command::Directory { command: DirectoryCommand::Check { file, today } } => {
            directory::run_check(out, file.as_deref(), today)
        }
        Command::Directory { command: DirectoryCommand::List { city, kind, json } } => {
            directory::run_list(out, city, kind, json)
        }
        Command::Pack { command } => pack::run(out, command),
        Command::L10n { command: L10nCommand::Check { locales } } => l10n_check(out, &locales),
        Command::L10n { command: L10nCommand::Status { locales } } => l10n_status(out, &locales),
    }
}

fn l10n_check(out: &mut dyn Write, locales: &Path) -> CliResult {
    let findings = check::check_dir(locales, &rumbo::checks::l10n::expectations());
    let printed = findings.iter().try_for_each(|finding| writeln!(out, "{finding}"));
    let errors = findings.iter().filter(|f| f.severity == check::Severity::Error).count();
    let warnings = findings.len() - errors;
    // The verdict stands even if the reader stopped early (`l10n check | head` in a script with pipefail).
    if errors > 0 {
        return Err(fail!("{errors} errors and {warnings} warnings in {}", locales.display()));
    }
    printed?;
    writeln!(out, "{}: every locale is complete ({warnings} warnings)", locales.display())?;
    Ok(())
}

fn l10n_status(out: &mut dyn Write, locales: &Path) -> CliResult {
    writeln!(
        out,
        "{:<6} {:>8} {:>10} {:>8} {:>10}  review",
        "locale", "messages", "translated", "missing", "identical"
    )?;
    for s in status::status_dir(locales) {
        writeln!(
            out,
            "{:<6} {:>8} {:>10} {:>8} {:>10}  {}",
            s.lang, s.total, s.translated, s.missing, s.identical, s.review
        )?;
    }
    Ok(())
}

fn precache(out: &mut dyn Write, dir: &Path) -> CliResult {
    offline::make_relative(dir).with_context(|| dir.display().to_string())?;
    let list = offline::scan(dir).with_context(|| dir.display().to_string())?;
    let worker = dir.join(offline::WORKER_FILE);
    write::replace(&worker, offline::service_worker(WORKER_TEMPLATE, &list).as_bytes())?;
    writeln!(out, "{}: {} files precached, version {}", worker.display(), list.files.len(), list.version)?;
    Ok(())
}
