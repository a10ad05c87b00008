//! The program settings file: read at start, re-read when it changes; a broken file is
//! reported with the key at fault and the last valid settings stay in force.

use crate::domain::loyalty::{ProgramSettings, SettingsError};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// Why the settings file could not be taken; the last valid settings (or the built-in
/// program) stay in force. Typed data, worded by the edges (`catalog::settings_file_error`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingsFileError {
    /// The file could not be read: its path and the system's reason.
    Unreadable { path: PathBuf, cause: String },
    /// The file was read but is not valid.
    Invalid { path: PathBuf, error: SettingsError },
    /// The file is larger than any settings file (`MAX_SETTINGS_BYTES`): not read.
    TooLarge { path: PathBuf, bytes: u64, max: u64 },
}

/// The largest settings file read: the shipped examples are a few kilobytes.
pub const MAX_SETTINGS_BYTES: u64 = 1024 * 1024;

/// The text of a settings file, refused unread when it is larger than
/// [`MAX_SETTINGS_BYTES`].
pub fn read_settings_file(p: &Path) -> Result<String, SettingsFileError> {
    use std::io::Read;
    let unreadable = |e: std::io::Error| SettingsFileError::Unreadable {
        path: p.to_path_buf(),
        cause: e.to_string(),
    };
    let too_large = |bytes| SettingsFileError::TooLarge {
        path: p.to_path_buf(),
        bytes,
        max: MAX_SETTINGS_BYTES,
    };
    let file = std::fs::File::open(p).map_err(unreadable)?;
    let size = file.metadata().map_err(unreadable)?.len();
    if size > MAX_SETTINGS_BYTES {
        return Err(too_large(size));
    }
    let mut text = String::new();
    file.take(MAX_SETTINGS_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(unreadable)?;
    if text.len() as u64 > MAX_SETTINGS_BYTES {
        return Err(too_large(text.len() as u64));
    }
    Ok(text)
}

pub struct SettingsSource {
    path: Option<PathBuf>,
    modified: Option<SystemTime>,
    current: ProgramSettings,
}

/// `settings.toml` in the frontdesk config folder.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "frontdesk")
        .map(|d| d.config_dir().join("settings.toml"))
}

impl SettingsSource {
    /// Settings from `path` (or the config folder's settings.toml when it exists), else the
    /// built-in restaurant program, and what was wrong with the file, if anything.
    pub fn load(path: Option<&Path>) -> (SettingsSource, Option<SettingsFileError>) {
        SettingsSource::load_with(path, ProgramSettings::default())
    }

    /// As `load`, with `builtin` as the program when there is no settings file (the
    /// Chinese twin of the restaurant program for a desk that speaks Chinese).
    pub fn load_with(
        path: Option<&Path>,
        builtin: ProgramSettings,
    ) -> (SettingsSource, Option<SettingsFileError>) {
        let explicit = path.is_some();
        let path = path.map(Path::to_path_buf).or_else(default_path);
        let mut src = SettingsSource {
            path,
            modified: None,
            current: builtin,
        };
        let note = match src.path.clone() {
            Some(p) if explicit || p.exists() => src.read(&p).err(),
            _ => None,
        };
        (src, note)
    }

    /// Built-in settings, for tests and stores without a settings file.
    pub fn fixed(settings: ProgramSettings) -> SettingsSource {
        SettingsSource {
            path: None,
            modified: None,
            current: settings,
        }
    }

    pub fn get(&self) -> &ProgramSettings {
        &self.current
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Re-read the file if it changed since it was last read. `Some(Ok)` when new settings
    /// took effect, `Some(Err(why))` when the new file is invalid (the old ones stay).
    pub fn reload_if_changed(&mut self) -> Option<Result<(), SettingsFileError>> {
        let p = self.path.clone()?;
        let modified = std::fs::metadata(&p).and_then(|m| m.modified()).ok()?;
        if Some(modified) == self.modified {
            return None;
        }
        Some(self.read(&p))
    }

    fn read(&mut self, p: &Path) -> Result<(), SettingsFileError> {
        self.modified = std::fs::metadata(p).and_then(|m| m.modified()).ok();
        let text = read_settings_file(p)?;
        match ProgramSettings::parse(&text) {
            Ok(s) => {
                self.current = s;
                Ok(())
            }
            Err(error) => Err(SettingsFileError::Invalid {
                path: p.to_path_buf(),
                error,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn a_file_larger_than_any_settings_file_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("settings.toml");
        let comment = "# padding\n".repeat((MAX_SETTINGS_BYTES as usize) / 10 + 1);
        std::fs::write(
            &p,
            format!("{comment}{}", crate::domain::loyalty::settings::SALON_TOML),
        )
        .unwrap();
        let (src, note) = SettingsSource::load(Some(&p));
        assert!(
            matches!(
                note,
                Some(SettingsFileError::TooLarge {
                    max: MAX_SETTINGS_BYTES,
                    ..
                })
            ),
            "{note:?}"
        );
        assert_eq!(src.get(), &ProgramSettings::default());
    }

    #[test]
    fn a_broken_file_keeps_the_last_valid_settings() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("settings.toml");
        std::fs::write(&p, crate::domain::loyalty::settings::SALON_TOML).unwrap();
        let (mut src, note) = SettingsSource::load(Some(&p));
        assert!(note.is_none(), "{note:?}");
        let program = src.get().program.clone();
        std::fs::write(&p, "program = 3\n").unwrap();
        src.modified = None;
        let err = src.reload_if_changed().unwrap().unwrap_err();
        assert!(
            matches!(&err, SettingsFileError::Invalid { error, .. } if error.key == "program"),
            "{err:?}"
        );
        assert_eq!(src.get().program, program);
    }
}
