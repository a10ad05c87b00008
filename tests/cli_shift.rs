#![allow(clippy::unwrap_used)]
//! `frontdesk shift open|close|accept|show` and `frontdesk report day`, through the real
//! binary: every command, and every refusal as one sentence with exit status 1.

mod common;
use common::cli::{Shop as Desk, json};

#[test]
fn a_shift_opens_closes_with_its_slip_and_is_accepted() {
    let d = Desk::new();
    let err = d.fails(&["shift", "close", "--counted", "10"]);
    assert!(err.contains("No shift is open on this desk"), "{err}");
    let err = d.fails(&["--lang", "zh", "shift", "close", "--counted", "10"]);
    assert!(err.contains("本台没有进行中的班次"), "{err}");
    let id = d.ok(&["member", "add", "--name", "张伟", "--phone", "13812345678"]);
    let err = d.fails(&["shift", "show"]);
    assert!(err.contains("No shift has been opened"), "{err}");
    d.fails(&["shift", "accept"]);
    let err = d.fails(&["shift", "open", "--float", "abc"]);
    assert!(err.contains("abc"), "{err}");

    let out = d.ok(&["shift", "open", "--float", "500"]);
    assert!(out.contains("#1 with a float of 500.00"), "{out}");
    let err = d.fails(&["shift", "open", "--float", "100"]);
    assert!(err.contains("Shift 1 is already open"), "{err}");

    d.ok(&["checkin", id.trim()]);
    d.ok(&[
        "service",
        id.trim(),
        "--amount",
        "88.50",
        "--item",
        "剪发",
        "--pay",
        "微信",
    ]);
    let open = json(&d.ok(&["shift", "show", "--json"]));
    assert_eq!(open["open"], true);
    assert_eq!(open["sales"], "88.50");
    assert_eq!(open["expected_cash"], "500.00");
    assert!(open["counted"].is_null());

    let to = d.dir.path().join("slips");
    let to_arg = to.to_str().unwrap();
    let slip = d.ok(&["shift", "close", "--counted", "480", "--to", to_arg]);
    assert!(slip.contains("Shift slip"), "{slip}");
    assert!(slip.contains("WeChat Pay  88.50"), "{slip}");
    assert!(slip.contains("-20.00"), "{slip}");
    assert!(
        slip.contains("Check-ins 1 · services 1 · complaints 0"),
        "{slip}"
    );
    let files: Vec<_> = std::fs::read_dir(&to)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let csv = files
        .iter()
        .find(|p| p.extension().unwrap() == "csv")
        .unwrap();
    let csv = std::fs::read_to_string(csv).unwrap();
    assert!(
        csv.starts_with("desk,number,row,sales,top_ups,refunds\n"),
        "{csv}"
    );
    assert!(csv.contains(",1,difference,-20.00,,"), "{csv}");
    let txt = files
        .iter()
        .find(|p| p.extension().unwrap() == "txt")
        .unwrap();
    assert!(
        std::fs::read_to_string(txt)
            .unwrap()
            .contains("Counted cash")
    );
    let err = d.fails(&["shift", "close", "--counted", "480"]);
    assert!(err.contains("No shift is open"), "{err}");

    let shown = json(&d.ok(&["shift", "show", "1", "--json"]));
    assert_eq!(shown["number"], 1);
    assert_eq!(shown["open"], false);
    assert_eq!(shown["counted"], "480.00");
    assert_eq!(shown["difference"], "-20.00");
    assert_eq!(shown["methods"][0]["method"], "wechat");
    let err = d.fails(&["shift", "show", "9"]);
    assert!(err.contains("no shift 9"), "{err}");

    let out = d.ok(&["shift", "accept"]);
    assert!(out.contains("accepted shift"), "{out}");
    let err = d.fails(&["shift", "accept"]);
    assert!(err.contains("No closed shift"), "{err}");
    let zh = d.ok(&["--lang", "zh", "shift", "show"]);
    assert!(
        zh.contains("交班单") && zh.contains("差额") && zh.contains("接班"),
        "{zh}"
    );
    // A desk never named is named in the language in use.
    assert!(zh.contains("前台 ") && !zh.contains("desk "), "{zh}");
}

#[test]
fn the_day_close_adds_up_the_shifts_closed_that_day() {
    let d = Desk::new();
    let id = d.ok(&["member", "add", "--name", "Ann", "--phone", "13812345678"]);
    d.ok(&["shift", "open", "--float", "100"]);
    d.ok(&[
        "service",
        id.trim(),
        "--amount",
        "20",
        "--item",
        "tea",
        "--pay",
        "wechat",
    ]);
    d.ok(&["shift", "close", "--counted", "100"]);
    d.ok(&["shift", "open", "--float", "200"]);
    d.ok(&[
        "service",
        id.trim(),
        "--amount",
        "30",
        "--item",
        "cake",
        "--pay",
        "alipay",
    ]);
    d.ok(&["shift", "close", "--counted", "205"]);
    // A shift still open is not in the day close.
    d.ok(&["shift", "open", "--float", "50"]);
    let day = json(&d.ok(&["report", "day", "--json"]));
    assert_eq!(day["shifts"].as_array().unwrap().len(), 2);
    assert_eq!(day["sales"], "50.00");
    assert_eq!(day["float"], "300.00");
    assert_eq!(day["counted"], "305.00");
    assert_eq!(day["difference"], "5.00");
    let text = d.ok(&["report", "day"]);
    assert!(text.contains("2 shifts"), "{text}");
    let zh = d.ok(&["--lang", "zh", "report", "day"]);
    assert!(zh.contains("共 2 班"), "{zh}");
    let empty = json(&d.ok(&["report", "day", "2001-01-01", "--json"]));
    assert_eq!(empty["shifts"].as_array().unwrap().len(), 0);
    let err = d.fails(&["report", "day", "yesterday"]);
    assert!(err.contains("is not a date"), "{err}");
}

#[test]
fn the_operator_who_closed_a_shift_cannot_accept_it() {
    let d = Desk::new();
    let boss = Some(("Wang", "2468"));
    let li = Some(("Li", "1357"));
    d.staff();
    // Nobody signed in: refused.
    d.fails(&["shift", "open", "--float", "100"]);
    d.ok_as(li, &["shift", "open", "--float", "100"]);
    d.ok_as(li, &["shift", "close", "--counted", "100"]);
    let err = d.fails_as(li, &["shift", "accept"]);
    assert!(err.contains("Li closed this shift"), "{err}");
    let out = d.ok_as(boss, &["shift", "accept"]);
    assert!(out.contains("accepted shift"), "{out}");
    let shown = json(&d.ok_as(li, &["shift", "show", "--json"]));
    assert_eq!(shown["opened_by"], "Li");
    assert_eq!(shown["closed_by"], "Li");
    assert_eq!(shown["accepted_by"], "Wang");
}
