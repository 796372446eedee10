//! One value of content in use, process-wide: what the program was compiled with, unless the app installed a
//! content pack's in its place. The guides, the directory, the calendar and the texts each keep one, so that
//! every screen reading `Guides::shipped()` and the like shows the imported content without being changed.
//!
//! Installed values are leaked (`&'static`, like the compiled ones): an install happens only when a person
//! applies or returns from a pack, a handful of times in a program's life, and every reader can keep a plain
//! reference without a lock or a clone.

use std::sync::{LazyLock, RwLock};

pub struct Active<T: 'static> {
    compiled: LazyLock<T>,
    installed: RwLock<Option<&'static T>>,
}

impl<T: Send + Sync> Active<T> {
    pub const fn new(compiled: fn() -> T) -> Active<T> {
        Active { compiled: LazyLock::new(compiled), installed: RwLock::new(None) }
    }

    /// The installed value, or the compiled one.
    pub fn get(&'static self) -> &'static T {
        let installed = *self.installed.read().unwrap_or_else(|e| e.into_inner());
        installed.unwrap_or(&self.compiled)
    }

    /// What the program was compiled with, whatever is installed.
    pub fn compiled(&'static self) -> &'static T {
        &self.compiled
    }

    /// Puts `value` in use; None goes back to the compiled value.
    pub fn install(&self, value: Option<T>) {
        let leaked: Option<&'static T> = value.map(|v| &*Box::leak(Box::new(v)));
        *self.installed.write().unwrap_or_else(|e| e.into_inner()) = leaked;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn installed_replaces_the_compiled_value_until_none_is_installed() {
        static NUMBER: Active<u32> = Active::new(|| 1);
        assert_eq!(*NUMBER.get(), 1);
        NUMBER.install(Some(2));
        assert_eq!((*NUMBER.get(), *NUMBER.compiled()), (2, 1));
        NUMBER.install(None);
        assert_eq!(*NUMBER.get(), 1);
    }
}
