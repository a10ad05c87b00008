//! `frontdesk shift open|close|accept|show` and `frontdesk report day`: the shift
//! handover (交班) and the day close (日结).

use super::{InWords, output};
use crate::catalog::shift::{day_text, method_words, slip_name, slip_text};
use crate::desk::{DayReport, Desk, DeskError, Slip};
use crate::domain::Money;
use crate::domain::shift::ShiftFigures;
use crate::domain::validate::{FieldError, Problem};
use crate::tr;
use anyhow::bail;
use clap::Subcommand;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

#[derive(Subcommand, Debug)]
pub enum ShiftCmd {
    /// Open a shift on this desk with the cash float in the drawer (备用金).
    Open {
        #[arg(long, value_name = "AMOUNT")]
        float: String,
    },
    /// Close the open shift with the cash counted; prints the slip.
    Close {
        #[arg(long, value_name = "AMOUNT")]
        counted: String,
        /// Also write the slip into this folder as text and CSV.
        #[arg(long, value_name = "DIR")]
        to: Option<PathBuf>,
    },
    /// The next operator accepts the last closed shift of this desk.
    Accept,
    /// A slip of this desk by number; by default the open shift or the last one.
    Show {
        number: Option<u64>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum ReportCmd {
    /// The day close: every shift of the store closed on a date (default today).
    Day {
        /// YYYY-MM-DD, local time.
        date: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

pub fn run(desk: &Desk, cmd: ShiftCmd) -> anyhow::Result<()> {
    match cmd {
        ShiftCmd::Open { float } => {
            let opened = desk.shift_open(amount(&float)?).in_words()?;
            if let Some(s) = opened.accepted {
                out!(
                    "{}",
                    tr!("cli-shift-accepted", name = slip_name(&slip_of(s)))
                );
            }
            let s = slip_of(opened.shift);
            out!(
                "{}",
                tr!(
                    "cli-shift-opened",
                    name = slip_name(&s),
                    float = float_of(&s)
                )
            );
        }
        ShiftCmd::Close { counted, to } => {
            let slip = desk.shift_close(amount(&counted)?).in_words()?;
            out!("{}", slip_text(&slip));
            if let Some(dir) = to {
                let (text, csv) = write_slip(&dir, &slip)?;
                out!("{}", tr!("cli-shift-written", text = text, csv = csv));
            }
        }
        ShiftCmd::Accept => {
            let slip = desk.shift_accept().in_words()?;
            out!("{}", tr!("cli-shift-accepted", name = slip_name(&slip)));
        }
        ShiftCmd::Show { number, json } => {
            let slip = desk.shift_show(number).in_words()?;
            if json {
                output::print_json(&slip_json(&slip))?;
            } else {
                out!("{}", slip_text(&slip));
            }
        }
    }
    Ok(())
}

pub fn report(desk: &Desk, cmd: ReportCmd) -> anyhow::Result<()> {
    let ReportCmd::Day { date, json } = cmd;
    let date = match date {
        Some(d) => match chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d") {
            Ok(d) => d,
            Err(_) => bail!(tr!("cli-audit-bad-date", date = d)),
        },
        None => desk.now.local_date(),
    };
    let r = desk.day_report(date).in_words()?;
    if json {
        output::print_json(&day_json(&r))?;
    } else {
        out!("{}", day_text(&r));
    }
    Ok(())
}

fn amount(text: &str) -> anyhow::Result<Money> {
    Money::parse(text)
        .map_err(|e| DeskError::from(FieldError::new("amount", Problem::Amount(e))))
        .in_words()
}

fn slip_of(shift: crate::domain::shift::Shift) -> Slip {
    Slip {
        shift,
        figures: ShiftFigures::default(),
    }
}

fn float_of(s: &Slip) -> String {
    s.open().map_or(Money(0), |o| o.float).to_string()
}

/// Writes `<desk>-<number>.txt` and `.csv` into `dir`; returns their paths.
fn write_slip(dir: &Path, slip: &Slip) -> anyhow::Result<(String, String)> {
    let fail = |p: &Path, e| DeskError::Files(p.to_path_buf(), e);
    std::fs::create_dir_all(dir)
        .map_err(|e| fail(dir, e))
        .in_words()?;
    let stem = format!("shift-{}-{}", slip.shift.desk(), slip.number());
    let text = dir.join(format!("{stem}.txt"));
    let csv = dir.join(format!("{stem}.csv"));
    let body = format!("{}\n", slip_text(slip));
    std::fs::write(&text, body)
        .map_err(|e| fail(&text, e))
        .in_words()?;
    std::fs::write(&csv, slip_csv(slip)?)
        .map_err(|e| fail(&csv, e))
        .in_words()?;
    Ok((text.display().to_string(), csv.display().to_string()))
}

/// The slip as CSV: one row per method, then one per cash figure.
fn slip_csv(slip: &Slip) -> anyhow::Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let f = &slip.figures;
    w.write_record(["desk", "number", "row", "sales", "top_ups", "refunds"])?;
    let (desk, n) = (slip.desk_name().to_string(), slip.number().to_string());
    for l in &f.lines {
        let row = [&l.method, &m(l.sales), &m(l.top_ups), &m(l.refunds)];
        w.write_record([&desk, &n].into_iter().chain(row))?;
    }
    let cash = [
        ("float", f.float),
        ("cash_in", f.cash_in),
        ("cash_out", f.cash_out),
        ("expected_cash", f.expected_cash),
        ("counted", f.counted),
        ("difference", f.difference),
    ];
    for (k, v) in cash {
        w.write_record([desk.as_str(), &n, k, &m(v), "", ""])?;
    }
    Ok(w.into_inner()?)
}

fn m(v: Money) -> String {
    v.to_string()
}

/// The figures as JSON: amounts written out, methods by key and in words.
fn figures_json(f: &ShiftFigures) -> Value {
    let methods: Vec<Value> = f
        .lines
        .iter()
        .map(|l| {
            json!({ "method": l.method, "name": method_words(&l.method), "sales": m(l.sales),
                    "top_ups": m(l.top_ups), "refunds": m(l.refunds) })
        })
        .collect();
    json!({
        "methods": methods, "sales": m(f.sales), "top_ups": m(f.top_ups),
        "refunds": m(f.refunds), "float": m(f.float), "cash_in": m(f.cash_in),
        "cash_out": m(f.cash_out), "expected_cash": m(f.expected_cash),
        "counted": m(f.counted), "difference": m(f.difference),
        "check_ins": f.check_ins, "services": f.services, "complaints": f.complaints,
    })
}

fn slip_json(s: &Slip) -> Value {
    let sh = &s.shift;
    let mut v = figures_json(&s.figures);
    let extra = json!({
        "id": sh.id.to_string(), "desk": s.desk_name(), "number": s.number(),
        "open": sh.is_open(),
        "opened_by": sh.open.as_ref().map(|o| o.operator.clone()),
        "opened_at": sh.open.as_ref().map(|o| output::iso(o.at)),
        "closed_by": sh.close.as_ref().map(|c| c.operator.clone()),
        "closed_at": sh.close.as_ref().map(|c| output::iso(c.at)),
        "accepted_by": sh.accept.as_ref().map(|a| a.operator.clone()),
        "accepted_at": sh.accept.as_ref().map(|a| output::iso(a.at)),
    });
    if let (Some(o), Value::Object(e)) = (v.as_object_mut(), extra) {
        o.extend(e);
        // While open nothing has been counted yet.
        if sh.is_open() {
            o.insert("counted".into(), Value::Null);
            o.insert("difference".into(), Value::Null);
        }
    }
    v
}

fn day_json(r: &DayReport) -> Value {
    let shifts: Vec<Value> = r.slips.iter().map(slip_json).collect();
    let mut v = figures_json(&r.totals);
    if let Some(o) = v.as_object_mut() {
        o.insert("date".into(), json!(r.date.to_string()));
        o.insert("shifts".into(), json!(shifts));
    }
    v
}
