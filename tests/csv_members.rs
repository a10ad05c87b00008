#![allow(clippy::unwrap_used)]
//! Member CSV: import reports every bad row with its column and reason, reads Chinese
//! files with a BOM and CRLF, flags duplicates, and round-trips with export.

use chrono::{FixedOffset, NaiveDate};
use frontdesk::catalog::{Catalog, Lang};
use frontdesk::csvio::*;
use frontdesk::domain::duplicates::DuplicateReason;
use frontdesk::domain::validate;
use frontdesk::domain::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 1).unwrap()
}
const AT: Timestamp = Timestamp(1_748_736_000_000);

fn plan(text: &str, existing: &[Member]) -> ImportPlan {
    plan_member_import(text.as_bytes(), existing, today(), AT).unwrap()
}

#[test]
fn a_bad_phone_a_bad_date_and_an_empty_name_are_three_row_errors() {
    let file = "Name,Mobile,Date of Birth,Email\n\
                Ann Lee,13812345678,1990-05-17,ann@example.com\n\
                Bo Chen,12345,1985-01-02,\n\
                Cy Wu,13912345678,1990-13-45,\n\
                ,13712345678,,\n\
                Di Ma,13612345678,17/05/1990,\n";
    let p = plan(file, &[]);
    let errs: Vec<(usize, &str)> = p
        .errors
        .iter()
        .map(|e| (e.row, e.column.as_str()))
        .collect();
    assert_eq!(errs, vec![(3, "Mobile"), (4, "Date of Birth"), (5, "Name")]);
    let said: Vec<String> = p
        .errors
        .iter()
        .map(|e| Lang::En.messages().row_error(e))
        .collect();
    let reason = |i: usize| Lang::En.messages().row_problem(&p.errors[i].problem);
    assert!(reason(0).contains("not a phone number"), "{}", said[0]);
    assert!(reason(1).contains("not a date"), "{}", said[1]);
    assert_eq!(reason(2), "name is required");
    assert_eq!(said[2], "row 5, Name: name is required");
    assert_eq!(
        p.errors[2].problem,
        RowProblem::Field(validate::FieldError::new(
            "name",
            validate::Problem::Required
        ))
    );
    assert_eq!(p.invalid_rows().len(), 3);
    // Nothing is imported unless invalid rows are skipped.
    assert!(p.to_import(false).is_err());
    let rows: Vec<usize> = p.to_import(true).unwrap().iter().map(|r| r.row).collect();
    assert_eq!(rows, vec![2, 6]);
    let ann = &p.rows[0].member;
    assert_eq!(ann.birthday, NaiveDate::from_ymd_opt(1990, 5, 17));
    assert_eq!(ann.notes, "email: ann@example.com");
    assert_eq!(
        p.rows[1].member.birthday,
        NaiveDate::from_ymd_opt(1990, 5, 17)
    );
    assert_eq!(p.date_order, DateOrder::DayFirst);
}

#[test]
fn a_chinese_file_with_bom_and_crlf() {
    let file = "\u{feff}姓名,手机,生日,卡号,标签,备注\r\n\
                张伟,138 1234 5678,1990/5/17,vip-001,VIP；常客,不吃辣\r\n\
                李娜,+86 139-0000-1111,1988年3月2日,,\"生日宴, 包间\",\r\n";
    let p = plan(file, &[]);
    assert!(p.errors.is_empty(), "{:?}", p.errors);
    assert_eq!(p.rows.len(), 2);
    let zw = &p.rows[0].member;
    assert_eq!(zw.name, "张伟");
    assert_eq!(zw.phone, "13812345678");
    assert_eq!(zw.birthday, NaiveDate::from_ymd_opt(1990, 5, 17));
    assert_eq!(zw.card, "VIP-001");
    assert_eq!(zw.tags, vec!["vip", "常客"]);
    assert_eq!(zw.notes, "不吃辣");
    let ln = &p.rows[1].member;
    assert_eq!(
        (ln.name.as_str(), ln.phone.as_str()),
        ("李娜", "13900001111")
    );
    assert_eq!(ln.birthday, NaiveDate::from_ymd_opt(1988, 3, 2));
    assert_eq!(ln.tags, vec!["生日宴", "包间"]);
    assert_eq!(ln.id, frontdesk::domain::ops::NEW_ID);
    assert!(p.ignored_columns().is_empty());
}

#[test]
fn first_and_last_name_columns_semicolons_and_unknown_columns() {
    let file = "First Name;Last Name;Phone Number;Reference ID;Points\r\n\
                Ann;Lee;13812345678;R-1;120\r\n\
                伟;张;13912345678;;0\r\n";
    let p = plan(file, &[]);
    assert!(p.errors.is_empty(), "{:?}", p.errors);
    assert_eq!(p.rows[0].member.name, "Ann Lee");
    assert_eq!(p.rows[0].member.card, "R-1");
    assert_eq!(p.rows[1].member.name, "张伟");
    assert_eq!(p.ignored_columns(), vec!["Points"]);
}

#[test]
fn ambiguous_dates_without_evidence_are_errors_not_guesses() {
    let file = "name,phone,birthday\nAnn,13812345678,05/06/1990\nBo,13912345678,1990-01-01\n";
    let p = plan(file, &[]);
    assert_eq!(p.errors.len(), 1);
    assert_eq!(
        (p.errors[0].row, p.errors[0].column.as_str()),
        (2, "birthday")
    );
    let reason = Lang::En.messages().row_problem(&p.errors[0].problem);
    assert!(reason.contains("could be"), "{reason}");
    assert!(
        reason.contains("5 June 1990") && reason.contains("6 May 1990"),
        "{reason}"
    );
}

#[test]
fn missing_columns_and_foreign_encodings_are_refused() {
    let e = plan_member_import("名字,地址\n张伟,北京\n".as_bytes(), &[], today(), AT).unwrap_err();
    assert!(matches!(e, ImportError::MissingColumn("phone", ..)), "{e}");
    // "张伟" in GBK.
    let gbk: &[u8] = b"name,phone\n\xd5\xc5\xce\xb0,13812345678\n";
    let e = plan_member_import(gbk, &[], today(), AT).unwrap_err();
    assert_eq!(e, ImportError::NotUtf8(2));
    assert_eq!(
        plan_member_import("".as_bytes(), &[], today(), AT).unwrap_err(),
        ImportError::Empty
    );
}

fn member(id: u128, name: &str, phone: &str, card: &str) -> Member {
    let mut m = Member::empty(Id(id), Timestamp(0));
    m.name = name.into();
    m.phone = phone.into();
    m.card = card.into();
    m
}

#[test]
fn duplicates_against_existing_members_and_within_the_file() {
    let existing = vec![
        member(1, "张伟", "13812345678", ""),
        member(2, "Ann", "13700000000", "C-9"),
    ];
    let file = "name,phone,card\n\
                张伟,13812345678,\n\
                New One,13911112222,c-9\n\
                Bo,13600001111,\n\
                Bo again,136 0000 1111,\n\
                Cy,13500002222,K-1\n\
                Cy two,13500003333,k-1\n";
    let p = plan(file, &existing);
    assert!(p.errors.is_empty());
    let dups: Vec<(usize, DuplicateOf, DuplicateReason)> = p
        .duplicates
        .iter()
        .map(|d| (d.row, d.of, d.reason))
        .collect();
    assert_eq!(
        dups,
        vec![
            (2, DuplicateOf::Existing(Id(1)), DuplicateReason::SamePhone),
            (3, DuplicateOf::Existing(Id(2)), DuplicateReason::SameCard),
            (5, DuplicateOf::Row(4), DuplicateReason::SamePhone),
            (7, DuplicateOf::Row(6), DuplicateReason::SameCard),
        ]
    );
    let new: Vec<usize> = p.to_import(false).unwrap().iter().map(|r| r.row).collect();
    assert_eq!(new, vec![4, 6]);
    frontdesk::catalog::set_lang(frontdesk::catalog::Lang::En);
    assert_eq!(
        frontdesk::catalog::import_duplicate(&p.duplicates[2]),
        "row 5: same phone as row 4"
    );
}

#[test]
fn importing_what_was_just_imported_finds_only_duplicates() {
    let file = "name,phone\nAnn,13812345678\nBo,13912345678\n";
    let first = plan(file, &[]);
    let stored: Vec<Member> = first
        .to_import(false)
        .unwrap()
        .iter()
        .enumerate()
        .map(|(i, r)| Member {
            id: Id(i as u128 + 1),
            ..r.member.clone()
        })
        .collect();
    let second = plan(file, &stored);
    assert!(second.to_import(false).unwrap().is_empty());
    assert_eq!(second.duplicates.len(), 2);
}

#[test]
fn export_round_trips_through_import() {
    let mut a = member(1, "张伟", "13812345678", "VIP-001");
    a.gender = Gender::Male;
    a.birthday = NaiveDate::from_ymd_opt(1990, 5, 17);
    a.tags = vec!["vip".into(), "常客".into()];
    a.alerts = vec!["allergic to peanuts, shellfish".into(), "no spice".into()];
    a.notes = "likes the corner table, \"quiet\"".into();
    a.marketing_consent = true;
    let mut b = member(2, "José María", "+447700900123", "");
    b.gender = Gender::Female;
    let c = member(3, "Li Na", "13900001111", "");
    let members = vec![a, b, c];
    for bom in [true, false] {
        let mut buf = Vec::new();
        let opts = ExportOptions {
            bom,
            offset: FixedOffset::east_opt(8 * 3600),
        };
        write_members(&mut buf, &members, &opts).unwrap();
        let p = plan_member_import(buf.as_slice(), &[], today(), AT).unwrap();
        assert!(p.errors.is_empty(), "{:?}", p.errors);
        assert!(p.duplicates.is_empty());
        assert_eq!(p.ignored_columns(), vec!["id", "created", "updated"]);
        let back: Vec<Member> = p
            .rows
            .iter()
            .zip(&members)
            .map(|(r, m)| Member {
                id: m.id,
                created: m.created,
                updated: m.updated,
                ..r.member.clone()
            })
            .collect();
        assert_eq!(back, members);
    }
}
