//! The terminal application: state, messages, the pure update, forms, and the runtime
//! that performs effects. `ui` draws the state; `event_loop` wires it to a terminal.

pub mod event_loop;
pub mod form;
pub mod msg;
pub mod note;
pub mod runtime;
pub mod state;
pub mod terminal;
pub mod update;
pub mod worker;

pub use event_loop::{TuiOptions, run_tui};
pub use runtime::App;
