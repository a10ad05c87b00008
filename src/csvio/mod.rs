//! CSV files in and out: exports of members, visits, services and complaints for a
//! spreadsheet, and an import plan for members from other systems. No store here: the
//! functions read and write through `std::io::Read` / `Write` and work on records.

pub mod dates;
pub mod export;
pub mod import;

pub use dates::{DateOrder, DateProblem, parse_date};
pub use export::{
    ExportError, ExportOptions, write_complaints, write_members, write_members_with,
    write_services, write_visits,
};
pub use import::{
    DuplicateOf, Field, ImportDuplicate, ImportError, ImportPlan, ImportRow, RowError, RowProblem,
    plan_member_import, recognise_header,
};

/// The UTF-8 byte order mark: Excel needs it to open UTF-8 (Chinese names) correctly.
pub const BOM: &str = "\u{feff}";
