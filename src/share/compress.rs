//! Compressed copies of the shared files: each file compressed once (brotli and gzip), in one background thread,
//! and kept by the hash of its contents. A request gets a copy only while the file on disk is still the one that
//! was compressed (same length, times and inode); otherwise it gets the file as it is and the file is compressed
//! again, so no phone ever gets an old version in one encoding and the new one in another. Query strings play no
//! part, and the copies together stay within a budget.

use std::{
    collections::{HashMap, HashSet},
    fs::{self, File, Metadata},
    io::{Read, Write},
    path::{Path, PathBuf},
    sync::{mpsc, Arc, Condvar, Mutex, MutexGuard},
    thread,
    time::{Duration, Instant, SystemTime},
};

use flate2::{write::GzEncoder, Compression};
use hyper::body::Bytes;
use sha2::{Digest, Sha256};

use super::limits::Limits;

/// A file's compressed copies; a coding that would not save at least a twentieth is left out.
#[derive(Debug, Default)]
pub struct Compressed {
    pub gzip: Option<Bytes>,
    pub brotli: Option<Bytes>,
}

impl Compressed {
    fn size(&self) -> usize {
        self.gzip.as_ref().map_or(0, Bytes::len) + self.brotli.as_ref().map_or(0, Bytes::len)
    }

    /// Both codings of bytes already in memory (the share's pages).
    pub fn of(bytes: &[u8]) -> Compressed {
        if bytes.len() < MIN_SIZE {
            return Compressed::default();
        }
        let mut encoders = Encoders::new();
        encoders.write(bytes);
        encoders.finish(bytes.len() as u64)
    }
}

/// Below this, compressing saves less than the headers it costs.
const MIN_SIZE: usize = 1024;
/// Brotli's quality (0–11) and window. Measured on a 3 MB binary on this project's 2-core machine: 7 gives
/// 851 KB in 2.0 s, 9 gives 844 KB in 3.8 s (and 15 MB more memory), 11 gives 724 KB in 21 s.
const BROTLI_QUALITY: u32 = 7;
const BROTLI_WINDOW: u32 = 22;
/// How old a file's modification time must be before its contents are trusted to match its fingerprint.
const SETTLED: Duration = Duration::from_secs(1);
/// How much of a file is read before giving up on one that does not compress.
const SAMPLE: usize = 256 * 1024;
/// Formats that are compressed already.
const STORED: &[&str] = &["png", "jpg", "jpeg", "gif", "webp", "avif", "woff2", "woff", "zip", "gz", "br", "mp4"];

/// What identifies a file's contents on disk without reading it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    len: u64,
    modified: Option<SystemTime>,
    #[cfg(unix)]
    inode: (u64, u64, i64, i64),
}

impl Fingerprint {
    pub fn of(meta: &Metadata) -> Fingerprint {
        #[cfg(unix)]
        use std::os::unix::fs::MetadataExt;
        Fingerprint {
            len: meta.len(),
            modified: meta.modified().ok(),
            #[cfg(unix)]
            inode: (meta.dev(), meta.ino(), meta.ctime(), meta.ctime_nsec()),
        }
    }
}

type Hash = [u8; 32];

#[derive(Default)]
struct Store {
    /// What each file was when last compressed, and its contents' hash (none: sent as it is).
    files: HashMap<PathBuf, (Fingerprint, Option<Hash>)>,
    copies: HashMap<Hash, Arc<Compressed>>,
    bytes: usize,
    queued: HashSet<PathBuf>,
}

struct Shared {
    store: Mutex<Store>,
    /// Signalled whenever the queue empties.
    drained: Condvar,
    limits: Limits,
}

impl Shared {
    fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The copies, and the thread that makes them (it ends when the cache is dropped).
pub struct Cache {
    shared: Arc<Shared>,
    jobs: Mutex<mpsc::Sender<PathBuf>>,
}

impl Cache {
    pub fn new(limits: &Limits) -> Cache {
        let shared = Arc::new(Shared { store: Mutex::default(), drained: Condvar::new(), limits: limits.clone() });
        let (jobs, queue) = mpsc::channel::<PathBuf>();
        let worker = Arc::clone(&shared);
        thread::Builder::new()
            .name("rumbo-compress".into())
            .spawn(move || {
                for path in queue {
                    compress(&worker, &path);
                    let mut store = worker.store();
                    store.queued.remove(&path);
                    if store.queued.is_empty() {
                        worker.drained.notify_all();
                    }
                }
            })
            .expect("a thread can start");
        Cache { shared, jobs: Mutex::new(jobs) }
    }

    /// The copies of `path` if they are of the file as it is now (`now`, from the open file); otherwise none,
    /// and the file is queued to be compressed again.
    pub fn lookup(&self, path: &Path, now: &Fingerprint) -> Option<Arc<Compressed>> {
        let mut store = self.shared.store();
        match store.files.get(path) {
            Some((known, hash)) if known == now => hash.and_then(|h| store.copies.get(&h).cloned()),
            _ => {
                self.queue_locked(&mut store, path);
                None
            }
        }
    }

    /// Compresses `path` in the background, unless it is queued already.
    pub fn queue(&self, path: &Path) {
        self.queue_locked(&mut self.shared.store(), path);
    }

    fn queue_locked(&self, store: &mut Store, path: &Path) {
        if store.queued.insert(path.to_path_buf()) {
            let sent = self.jobs.lock().unwrap_or_else(|p| p.into_inner()).send(path.to_path_buf());
            if sent.is_err() {
                store.queued.remove(path);
            }
        }
    }

    /// Waits until everything queued is compressed, or `timeout`; true if it all is.
    pub fn wait(&self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        let mut store = self.shared.store();
        while !store.queued.is_empty() {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            store = self.shared.drained.wait_timeout(store, left).unwrap_or_else(|p| p.into_inner()).0;
        }
        true
    }

    /// Bytes held by all copies.
    #[cfg(test)]
    pub fn bytes(&self) -> usize {
        self.shared.store().bytes
    }
}

fn compress(shared: &Shared, path: &Path) {
    // File times are coarse (a few ms): a file rewritten with the same length within one tick keeps its
    // fingerprint. Reading only files whose time is a second old means every such rewrite came before the read
    // (as git does with "racily clean" files).
    if let Some(young) = fs::metadata(path).ok().and_then(|m| m.modified().ok()).and_then(|t| t.elapsed().ok()) {
        if young < SETTLED {
            thread::sleep(SETTLED - young);
        }
    }
    let Ok(mut file) = File::open(path) else { return };
    let Ok(meta) = file.metadata() else { return };
    if meta.modified().ok().and_then(|t| t.elapsed().ok()).is_none_or(|age| age < SETTLED) {
        // Changed again meanwhile (or dated in the future): the next request queues it again.
        return;
    }
    let before = Fingerprint::of(&meta);
    let stored = path.extension().and_then(|e| e.to_str()).is_some_and(|e| STORED.contains(&e));
    let copies =
        if !meta.is_file() || stored || meta.len() < MIN_SIZE as u64 || meta.len() > shared.limits.compress_max_file {
            None
        } else {
            let mut encoders = Encoders::new();
            let mut buf = vec![0; 64 * 1024];
            let mut read = 0;
            loop {
                match file.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => {
                        encoders.write(&buf[..n]);
                        read += n;
                    }
                    Err(_) => return,
                }
                // Random-looking data (already compressed): stop early rather than hold two copies of it.
                if read >= SAMPLE && encoders.gzip.get_ref().len() > read - read / 20 {
                    break;
                }
            }
            if read >= SAMPLE && encoders.gzip.get_ref().len() > read - read / 20 {
                None
            } else {
                let hash: Hash = encoders.hash.clone().finalize().into();
                Some((hash, encoders.finish(meta.len())))
            }
        };
    // Changed while it was read (or replaced): the next request finds it changed and queues it again.
    if fs::metadata(path).map(|m| Fingerprint::of(&m)).ok() != Some(before) {
        return;
    }
    let mut store = shared.store();
    let hash = match copies {
        Some((hash, compressed)) if store.copies.contains_key(&hash) => {
            drop(compressed);
            Some(hash)
        }
        Some((hash, compressed)) if store.bytes + compressed.size() <= shared.limits.compress_budget => {
            store.bytes += compressed.size();
            store.copies.insert(hash, Arc::new(compressed));
            Some(hash)
        }
        _ => None,
    };
    let old = store.files.insert(path.to_path_buf(), (before, hash)).and_then(|(_, old)| old);
    // A file's old copies go once no file has those contents any more.
    if let Some(old) = old.filter(|old| Some(*old) != hash) {
        if !store.files.values().any(|(_, h)| *h == Some(old)) {
            if let Some(gone) = store.copies.remove(&old) {
                store.bytes -= gone.size();
            }
        }
    }
}

/// Both encoders and the hash, fed the same bytes once.
struct Encoders {
    hash: Sha256,
    gzip: GzEncoder<Vec<u8>>,
    brotli: brotli::CompressorWriter<Vec<u8>>,
}

impl Encoders {
    fn new() -> Encoders {
        Encoders {
            hash: Sha256::new(),
            gzip: GzEncoder::new(Vec::new(), Compression::best()),
            brotli: brotli::CompressorWriter::new(Vec::new(), 64 * 1024, BROTLI_QUALITY, BROTLI_WINDOW),
        }
    }

    fn write(&mut self, bytes: &[u8]) {
        self.hash.update(bytes);
        // Writing into a Vec cannot fail.
        let _ = self.gzip.write_all(bytes);
        let _ = self.brotli.write_all(bytes);
    }

    fn finish(self, len: u64) -> Compressed {
        let worth = |out: &Vec<u8>| (out.len() as u64) < len - len / 20;
        let gzip = self.gzip.finish().ok().filter(worth);
        // into_inner ends the brotli stream.
        let brotli = Some(self.brotli.into_inner()).filter(worth);
        Compressed { gzip: gzip.map(Bytes::from), brotli: brotli.map(Bytes::from) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn text(n: usize) -> Vec<u8> {
        (0..n).map(|i| b"Rumbo offline guide "[i % 20]).collect()
    }

    fn gunzip(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(bytes).read_to_end(&mut out).unwrap();
        out
    }

    fn unbrotli(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        brotli::Decompressor::new(bytes, 4096).read_to_end(&mut out).unwrap();
        out
    }

    #[test]
    fn both_codings_decode_to_the_same_bytes() {
        let body = text(50_000);
        let copies = Compressed::of(&body);
        assert_eq!(gunzip(copies.gzip.as_ref().unwrap()), body);
        assert_eq!(unbrotli(copies.brotli.as_ref().unwrap()), body);
        assert!(Compressed::of(&body[..100]).gzip.is_none(), "too small to be worth it");
        let mut x = 0x2545_f491_4f6c_dd1d_u64;
        let noise: Vec<u8> = (0..20_000)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 24) as u8
            })
            .collect();
        assert!(Compressed::of(&noise).gzip.is_none(), "incompressible bytes are sent as they are");
    }

    #[test]
    fn a_changed_file_is_never_answered_from_its_old_copy() {
        let folder = tempfile::tempdir().unwrap();
        let dir = folder.path();
        let file = dir.join("sw.js");
        fs::write(&file, text(10_000)).unwrap();
        let cache = Cache::new(&Limits::default());
        let now = |p: &Path| Fingerprint::of(&fs::metadata(p).unwrap());
        assert!(cache.lookup(&file, &now(&file)).is_none(), "not compressed yet: sent as it is");
        assert!(cache.wait(Duration::from_secs(20)));
        let old = cache.lookup(&file, &now(&file)).expect("compressed once");
        assert_eq!(gunzip(old.gzip.as_ref().unwrap()), text(10_000));
        fs::write(&file, text(12_000)).unwrap();
        assert!(cache.lookup(&file, &now(&file)).is_none(), "changed: sent as it is until compressed again");
        assert!(cache.wait(Duration::from_secs(20)));
        let new = cache.lookup(&file, &now(&file)).expect("compressed again");
        assert_eq!(unbrotli(new.brotli.as_ref().unwrap()), text(12_000));
        assert_eq!(cache.bytes(), new.size(), "the old copies are gone");
    }

    #[test]
    fn the_copies_stay_within_their_budget() {
        let folder = tempfile::tempdir().unwrap();
        let dir = folder.path();
        let cache = Cache::new(&Limits { compress_budget: 1500, ..Limits::default() });
        for i in 0..5 {
            let file = dir.join(format!("{i}.txt"));
            fs::write(&file, format!("{i}").repeat(20_000)).unwrap();
            cache.queue(&file);
        }
        assert!(cache.wait(Duration::from_secs(20)));
        assert!(cache.bytes() <= 1500, "{}", cache.bytes());
    }
}
