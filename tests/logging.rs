#![allow(clippy::unwrap_used)]
//! The log goes to a file in the folder given, and what is logged is there once the
//! guard is dropped; a folder that cannot be made is skipped. One test in this binary: a
//! process sets up logging once.

#[test]
fn init_writes_the_log_file_in_the_folder_given() {
    let dir = tempfile::tempdir().unwrap();
    // A folder that cannot be made: no log, no error, and logging can still start later.
    let file = dir.path().join("a-file");
    std::fs::write(&file, "").unwrap();
    assert!(frontdesk::logging::init(Some(&file.join("logs"))).is_none());

    let logs = dir.path().join("nested").join("logs");
    let guard = frontdesk::logging::init(Some(&logs)).expect("the log opens");
    tracing::info!(member = 42, "checked in");
    tracing::debug!("below the default level");
    drop(guard);

    let files: Vec<_> = std::fs::read_dir(&logs)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && !p.is_symlink())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("frontdesk.") && name.ends_with(".log"),
        "{name}"
    );
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(text.contains("frontdesk started"), "{text}");
    assert!(
        text.contains("checked in") && text.contains("member=42"),
        "{text}"
    );
    if std::env::var_os("FRONTDESK_LOG").is_none() {
        assert!(!text.contains("below the default level"), "{text}");
    }
    assert!(
        !text.contains('\u{1b}'),
        "no colour codes in a file: {text}"
    );
    #[cfg(unix)]
    assert_eq!(
        std::fs::read_to_string(logs.join("frontdesk.log")).unwrap(),
        text
    );

    // Set up once per process: a second call gives no guard and changes nothing.
    let other = dir.path().join("other");
    assert!(frontdesk::logging::init(Some(&other)).is_none());
    assert!(!other.exists());
}
