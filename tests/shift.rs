#![allow(clippy::unwrap_used)]
//! The shift through the desk core: the slip's totals by method (bills split across
//! methods, stored value and packages listed but not cash), the float, the counted cash
//! and the difference; the refusals; the day close across desks once synced.

use frontdesk::desk::{AddMember, Desk, DeskError, LogService, ShiftRefusal};
use frontdesk::domain::loyalty::ProgramSettings;
use frontdesk::domain::validate::MemberDraft;
use frontdesk::domain::{Change, Id, Money, Op, Payment, TerminalId, Timestamp};
use frontdesk::membership::money::{Span, money_movements};
use frontdesk::store::Store;

fn member(desk: &Desk) -> Id {
    desk.add_member(AddMember {
        draft: MemberDraft {
            name: "Ann".into(),
            phone: "13812345678".into(),
            ..MemberDraft::default()
        },
        referred_by: None,
        confirmed: true,
    })
    .unwrap()
    .id
}

fn bill(desk: &Desk, member: Id, parts: &[(&str, i64)]) {
    let payments: Vec<Payment> = parts
        .iter()
        .map(|(m, a)| Payment::new(m, Money(*a)))
        .collect();
    let amount = Money(parts.iter().map(|(_, a)| a).sum());
    unpaid_bill(desk, member, amount, payments);
}

/// A bill with these payments (none: an older bill, recorded before payments were).
fn unpaid_bill(desk: &Desk, member: Id, amount: Money, payments: Vec<Payment>) {
    desk.log_service(LogService {
        member,
        items: vec!["tea".into()],
        staff: "Mei".into(),
        amount,
        redeem: 0,
        payments,
    })
    .unwrap();
}

fn top_up(desk: &Desk, member: Id, amount: i64, method: &str) {
    desk.wallet_topup(frontdesk::desk::TopUp {
        member,
        amount: Money(amount),
        method: method.into(),
    })
    .unwrap();
}

/// A bill as a desk recorded it before bills said how they were paid.
fn older_bill(store: &Store, member: Id, amount: Money) {
    let service = frontdesk::domain::ServiceRecord {
        id: frontdesk::domain::ops::NEW_ID,
        member,
        items: vec!["tea".into()],
        staff: String::new(),
        amount,
        points: 0,
        at: Timestamp::now(),
        payments: Vec::new(),
        list_price: amount,
    };
    store.commit(vec![Change::Service { service }]).unwrap();
}

fn refusal(e: DeskError) -> ShiftRefusal {
    match e {
        DeskError::Shift(r) => r,
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_slip_adds_up_bills_by_method_and_compares_the_cash() {
    let store = Store::in_memory(None).unwrap();
    let settings = ProgramSettings::default();
    let desk = Desk::new(&store, &settings, Timestamp::now());
    let m = member(&desk);
    // A bill and a top-up before the shift are not in it.
    bill(&desk, m, &[("cash", 99_900)]);
    top_up(&desk, m, 30_000, "cash");
    let opened = desk.shift_open(Money(50_000)).unwrap();
    assert!(opened.accepted.is_none());
    bill(&desk, m, &[("cash", 12_000), ("wechat", 30_000)]);
    bill(&desk, m, &[("alipay", 8_800)]);
    bill(&desk, m, &[("stored_value", 20_000), ("cash", 5_000)]);
    // Money in to stored value during the shift: a top-up, apart from sales.
    top_up(&desk, m, 10_000, "wechat");
    // An older bill, recorded before payments were.
    older_bill(&store, m, Money(3_300));
    let open_slip = desk.shift_show(None).unwrap();
    assert_eq!(open_slip.figures.expected_cash, Money(67_000));

    let slip = desk.shift_close(Money(66_500)).unwrap();
    let f = &slip.figures;
    let line = |k: &str| f.lines.iter().find(|l| l.method == k).unwrap().sales;
    assert_eq!(line("cash"), Money(17_000));
    assert_eq!(line("wechat"), Money(30_000));
    assert_eq!(line("alipay"), Money(8_800));
    assert_eq!(line("stored_value"), Money(20_000));
    let order: Vec<&str> = f.lines.iter().map(|l| l.method.as_str()).collect();
    assert_eq!(
        order,
        ["cash", "wechat", "alipay", "stored_value", "not_recorded"]
    );
    assert_eq!(line("not_recorded"), Money(3_300));
    assert_eq!(f.sales, Money(17_000 + 30_000 + 8_800 + 20_000 + 3_300));
    assert_eq!((f.top_ups, f.refunds), (Money(10_000), Money(0)));
    // Float 500 + cash taken 170: paying by stored value is no cash, and the top-up
    // came by WeChat.
    assert_eq!(f.cash_in, Money(17_000));
    assert_eq!(f.expected_cash, Money(67_000));
    assert_eq!(f.counted, Money(66_500));
    assert_eq!(f.difference, Money(-500));
    assert_eq!((f.check_ins, f.services, f.complaints), (0, 4, 0));
    assert_eq!(slip.number(), 1);

    // Bills after the close belong to no shift; the slip stays as it closed.
    bill(&desk, m, &[("cash", 1_000)]);
    assert_eq!(desk.shift_show(Some(1)).unwrap().figures, *f);
    let span = Span {
        desk: store.terminal(),
        from: slip.shift.id.seq(),
        to: u64::MAX,
    };
    assert_eq!(money_movements(&store, &span).unwrap().len(), 8);
}

#[test]
fn shift_refusals_are_typed() {
    let store = Store::in_memory(None).unwrap();
    let settings = ProgramSettings::default();
    let desk = Desk::new(&store, &settings, Timestamp::now());
    assert_eq!(
        refusal(desk.shift_close(Money(0)).unwrap_err()),
        ShiftRefusal::NotOpen
    );
    assert_eq!(
        refusal(desk.shift_show(None).unwrap_err()),
        ShiftRefusal::NoShifts
    );
    assert_eq!(
        refusal(desk.shift_accept().unwrap_err()),
        ShiftRefusal::NothingToAccept
    );
    desk.shift_open(Money(0)).unwrap();
    assert_eq!(
        refusal(desk.shift_open(Money(0)).unwrap_err()),
        ShiftRefusal::AlreadyOpen(1)
    );
    assert_eq!(
        refusal(desk.shift_show(Some(7)).unwrap_err()),
        ShiftRefusal::NoSuchShift(7)
    );
    desk.shift_close(Money(0)).unwrap();
    // Without operators, the next one to open accepts the last slip.
    let next = desk.shift_open(Money(0)).unwrap();
    assert_eq!(next.accepted.unwrap().open.unwrap().number, 1);
    assert_eq!(next.shift.open.unwrap().number, 2);
}

#[test]
fn the_day_close_holds_every_desks_shifts_once_synced() {
    let settings = ProgramSettings::default();
    let a = Store::in_memory(Some(TerminalId(1))).unwrap();
    let b = Store::in_memory(Some(TerminalId(2))).unwrap();
    a.set_terminal_name("Front").unwrap();
    b.set_terminal_name("Bar").unwrap();
    let now = Timestamp::now();
    let (da, db) = (Desk::new(&a, &settings, now), Desk::new(&b, &settings, now));
    let m = member(&da);
    let ops = |s: &Store| {
        let mut v: Vec<Op> = Vec::new();
        s.for_each_op(|op| {
            v.push(op);
            Ok(())
        })
        .unwrap();
        v
    };
    b.import(&ops(&a)).unwrap();
    for (d, cash) in [(&da, 10_000), (&db, 4_000)] {
        d.shift_open(Money(20_000)).unwrap();
        bill(d, m, &[("cash", cash)]);
        d.shift_close(Money(20_000 + cash)).unwrap();
    }
    // Both desks number their first slip 1: told apart by desk.
    let today = now.local_date();
    assert_eq!(da.day_report(today).unwrap().slips.len(), 1);
    a.import(&ops(&b)).unwrap();
    b.import(&ops(&a)).unwrap();
    for d in [&da, &db] {
        let r = d.day_report(today).unwrap();
        let names: Vec<(String, u64)> = r
            .slips
            .iter()
            .map(|s| (s.desk_name().to_string(), s.number()))
            .collect();
        assert_eq!(names.len(), 2);
        assert!(names.contains(&("Front".into(), 1)) && names.contains(&("Bar".into(), 1)));
        assert_eq!(r.totals.sales, Money(14_000));
        assert_eq!(r.totals.expected_cash, Money(54_000));
        assert_eq!(r.totals.difference, Money(0));
    }
    assert_eq!(a.digest().unwrap(), b.digest().unwrap());
    // A forged close carrying absurd totals is refused like any forged operation.
    let mut forged = ops(&a)
        .into_iter()
        .find(|o| matches!(o.change, Change::ShiftClose { .. }))
        .unwrap();
    if let Change::ShiftClose { close } = &mut forged.change {
        close.figures.sales = Money(i64::MAX);
    }
    forged.seq = 9_999;
    assert!(frontdesk::domain::admit::check_op(&forged, now).is_err());
    // A desk cannot open or close another desk's shift.
    let mut foreign = ops(&a)
        .into_iter()
        .find(|o| matches!(o.change, Change::ShiftClose { .. }) && o.terminal == TerminalId(2))
        .unwrap();
    assert!(frontdesk::domain::admit::check_op(&foreign, now).is_ok());
    foreign.terminal = TerminalId(1);
    foreign.hlc.terminal = 1;
    assert!(frontdesk::domain::admit::check_op(&foreign, now).is_err());
}
