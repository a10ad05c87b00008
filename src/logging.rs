//! The log file: what a developer reads when a desk reports a problem. The terminal
//! belongs to the app, so nothing is logged to stdout or stderr; a log that cannot be
//! opened is skipped, never an error: logging must not stop the desk.
//!
//! Files are `frontdesk.YYYY-MM-DD.log`, one a day, the last 7 kept, in `FRONTDESK_LOG_DIR`
//! or the platform state folder (data folder where there is none). On Unix `frontdesk.log`
//! links to the current one. The level comes from `FRONTDESK_LOG` in `EnvFilter` syntax
//! (`debug`, `frontdesk::sync=trace,info`), `info` by default.

use std::path::{Path, PathBuf};
use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{RollingFileAppender, Rotation};
use tracing_subscriber::EnvFilter;

/// The environment variable naming the log folder.
pub const DIR_ENV: &str = "FRONTDESK_LOG_DIR";
/// The environment variable holding the level filter.
pub const LEVEL_ENV: &str = "FRONTDESK_LOG";
/// Daily files kept, today's included.
pub const KEEP_FILES: usize = 7;

/// Start logging to the file in `dir` (given, it wins over `FRONTDESK_LOG_DIR`), or in the
/// default folder (see the module). Call once, first thing; keep the guard for the whole
/// run: dropping it writes out what is still buffered. `None` when no log could be opened,
/// or logging was already set up in this process.
pub fn init(dir: Option<&Path>) -> Option<WorkerGuard> {
    if tracing::dispatcher::has_been_set() {
        return None;
    }
    let dir = match dir {
        Some(d) => d.to_path_buf(),
        None => default_dir()?,
    };
    std::fs::create_dir_all(&dir).ok()?;
    let appender = appender(&dir)?;
    let (writer, guard) = tracing_appender::non_blocking(appender);
    let filter = EnvFilter::try_from_env(LEVEL_ENV).unwrap_or_else(|_| EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_writer(writer)
        .with_ansi(false)
        .with_env_filter(filter)
        .try_init()
        .ok()?;
    tracing::info!(version = env!("CARGO_PKG_VERSION"), "frontdesk started");
    Some(guard)
}

/// `FRONTDESK_LOG_DIR`, else the platform state folder, else the local data folder.
fn default_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os(DIR_ENV).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d));
    }
    let dirs = directories::ProjectDirs::from("", "", "frontdesk")?;
    Some(
        dirs.state_dir()
            .unwrap_or_else(|| dirs.data_local_dir())
            .to_path_buf(),
    )
}

fn appender(dir: &Path) -> Option<RollingFileAppender> {
    let builder = || {
        RollingFileAppender::builder()
            .rotation(Rotation::DAILY)
            .filename_prefix("frontdesk")
            .filename_suffix("log")
            .max_log_files(KEEP_FILES)
    };
    // A link that cannot be made (a file system without them) must not cost the log.
    #[cfg(unix)]
    if let Ok(a) = builder().latest_symlink("frontdesk.log").build(dir) {
        return Some(a);
    }
    builder().build(dir).ok()
}
