//! Which locale folders and .ftl files there are.

use std::{fs, path::Path};

/// The locale folders under `root`: those that hold at least one .ftl file.
pub(super) fn folders(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(root)
        .map(|entries| entries.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    names.retain(|name| !ftl_files(&root.join(name)).is_empty());
    names.sort();
    names
}

pub(crate) fn ftl_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|name| name.ends_with(".ftl"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}
