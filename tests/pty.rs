#![allow(clippy::unwrap_used)]
//! The real binary in a pseudo-terminal: it starts, draws, quits on Ctrl-Q and gives the
//! terminal back (normal screen, cursor shown).

use rexpect::session::spawn_command;
use std::process::Command;

#[test]
fn the_app_starts_quits_and_restores_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    // A new pty has no size; give it the 80x24 of an old desk terminal.
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("stty rows 24 cols 80 && exec \"$0\" --store \"$1\"")
        .arg(env!("CARGO_BIN_EXE_frontdesk"))
        .arg(dir.path().join("pty.redb"))
        .env("NO_COLOR", "1")
        .env("FRONTDESK_LOG_DIR", dir.path());
    let mut p = spawn_command(cmd, Some(10_000)).unwrap();
    p.exp_string("Ctrl-D").unwrap();
    p.send_control('q').unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(
        rest.contains("\u{1b}[?1049l"),
        "left the alternate screen: {rest:?}"
    );
    assert!(
        rest.contains("\u{1b}[?25h"),
        "showed the cursor again: {rest:?}"
    );
    let status = p.process().wait().unwrap();
    assert!(
        matches!(status, rexpect::process::WaitStatus::Exited(_, 0)),
        "{status:?}"
    );
}
