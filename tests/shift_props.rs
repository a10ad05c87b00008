#![allow(clippy::unwrap_used)]
//! Shifts across desks: the same operations delivered in any order, with duplicates,
//! give the same shifts and slips on every desk, and each slip counts exactly the bills
//! its own desk took while it was open — never another desk's, even when synced mid-shift.

use frontdesk::desk::{AddMember, Desk};
use frontdesk::domain::loyalty::ProgramSettings;
use frontdesk::domain::validate::MemberDraft;
use frontdesk::domain::{Id, Money, Op, Payment, TerminalId, Timestamp};
use frontdesk::store::Store;
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Act {
    Open {
        desk: u8,
        float: u16,
    },
    Bill {
        desk: u8,
        cash: u16,
        wechat: u16,
    },
    Close {
        desk: u8,
        counted: u16,
    },
    Accept {
        desk: u8,
    },
    /// One desk takes in everything another holds.
    Sync {
        from: u8,
        to: u8,
    },
}

const DESKS: usize = 3;

fn act() -> impl Strategy<Value = Act> {
    let d = 0..DESKS as u8;
    prop_oneof![
        (d.clone(), 0..1000u16).prop_map(|(desk, float)| Act::Open { desk, float }),
        (d.clone(), 0..500u16, 0..500u16).prop_map(|(desk, cash, wechat)| Act::Bill {
            desk,
            cash,
            wechat
        }),
        (d.clone(), 0..2000u16).prop_map(|(desk, counted)| Act::Close { desk, counted }),
        d.clone().prop_map(|desk| Act::Accept { desk }),
        (d.clone(), d).prop_map(|(from, to)| Act::Sync { from, to }),
    ]
}

fn all_ops(store: &Store) -> Vec<Op> {
    let mut ops = Vec::new();
    store
        .for_each_op(|op| {
            ops.push(op);
            Ok(())
        })
        .unwrap();
    ops
}

/// Runs the acts; returns the desks and, per desk, the sales each of its closed shifts
/// should show (in order), as the bills taken while it was open add up.
fn play(acts: &[Act]) -> (Vec<Store>, Vec<Vec<i64>>) {
    let settings = ProgramSettings::default();
    let desks: Vec<Store> = (0..DESKS)
        .map(|i| Store::in_memory(Some(TerminalId(i as u64 + 1))))
        .map(Result::unwrap)
        .collect();
    let now = Timestamp::now();
    let member = Desk::new(&desks[0], &settings, now)
        .add_member(AddMember {
            draft: MemberDraft {
                name: "Ann".into(),
                phone: "13812345678".into(),
                ..MemberDraft::default()
            },
            referred_by: None,
            confirmed: true,
        })
        .unwrap()
        .id;
    let first = all_ops(&desks[0]);
    for d in &desks[1..] {
        d.import(&first).unwrap();
    }
    let mut open: Vec<Option<i64>> = vec![None; DESKS];
    let mut closed: Vec<Vec<i64>> = vec![Vec::new(); DESKS];
    for a in acts {
        match a {
            Act::Open { desk, float } => {
                let k = *desk as usize;
                let desk = Desk::new(&desks[k], &settings, now);
                if desk.shift_open(Money(i64::from(*float) * 100)).is_ok() {
                    open[k] = Some(0);
                }
            }
            Act::Bill { desk, cash, wechat } => {
                let k = *desk as usize;
                // What the bill came to: the member price once the member has a tier's discount.
                let due = bill(&desks[k], &settings, member, *cash, *wechat);
                if let Some(s) = open[k].as_mut() {
                    *s += due;
                }
            }
            Act::Close { desk, counted } => {
                let k = *desk as usize;
                let desk = Desk::new(&desks[k], &settings, now);
                if desk.shift_close(Money(i64::from(*counted) * 100)).is_ok() {
                    closed[k].push(open[k].take().unwrap());
                }
            }
            Act::Accept { desk } => {
                let _ = Desk::new(&desks[*desk as usize], &settings, now).shift_accept();
            }
            Act::Sync { from, to } => {
                let ops = all_ops(&desks[*from as usize]);
                desks[*to as usize].import(&ops).unwrap();
            }
        }
    }
    (desks, closed)
}

/// A bill of `cash + wechat` at the list price: the member price is due, paid with up to
/// `cash` in cash and the rest by WeChat.
fn bill(store: &Store, settings: &ProgramSettings, member: Id, cash: u16, wechat: u16) -> i64 {
    let amount = Money(i64::from(cash + wechat) * 100);
    if amount.0 == 0 {
        return 0;
    }
    let desk = Desk::new(store, settings, Timestamp::now());
    let due = desk.price_for(member, amount).unwrap();
    let cash = Money((i64::from(cash) * 100).min(due.0));
    let mut payments = Vec::new();
    if cash.0 > 0 {
        payments.push(Payment::new("cash", cash));
    }
    if due.0 > cash.0 {
        payments.push(Payment::new("wechat", Money(due.0 - cash.0)));
    }
    if payments.is_empty() {
        return 0;
    }
    desk.log_service(frontdesk::desk::LogService {
        member,
        items: vec!["tea".into()],
        staff: String::new(),
        amount,
        redeem: 0,
        payments,
    })
    .unwrap();
    due.0
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn shifts_and_slips_agree_on_every_desk_whatever_the_order(
        acts in prop::collection::vec(act(), 1..30),
        orders in prop::collection::vec(any::<u64>(), 2..4),
    ) {
        let (desks, expected) = play(&acts);
        // Each desk's slips count its own bills only, as they were when it closed.
        for (k, store) in desks.iter().enumerate() {
            let t = store.terminal();
            for (n, sales) in expected[k].iter().enumerate() {
                let s = store.desk_shift(t, Some(n as u64 + 1)).unwrap().unwrap();
                let f = &s.close.as_ref().unwrap().figures;
                prop_assert_eq!(f.sales, Money(*sales));
                let cash: i64 = f.lines.iter().filter(|l| l.method == "cash").map(|l| l.sales.0).sum();
                let float = s.open.as_ref().unwrap().float;
                prop_assert_eq!(f.expected_cash, Money(float.0 + cash));
                prop_assert_eq!(f.difference, Money(f.counted.0 - f.expected_cash.0));
            }
        }
        // Everything, delivered in several orders with duplicates, to fresh desks.
        let mut everything: Vec<Op> = desks.iter().flat_map(all_ops).collect();
        let mut digests = Vec::new();
        let mut shifts = Vec::new();
        for seed in orders {
            let mut rng = fastrand::Rng::with_seed(seed);
            rng.shuffle(&mut everything);
            let mut delivery = everything.clone();
            let again = rng.usize(0..=delivery.len());
            delivery.extend(everything[..again].iter().cloned());
            let fresh = Store::in_memory(Some(TerminalId(99))).unwrap();
            for chunk in delivery.chunks(rng.usize(1..=8)) {
                fresh.import(chunk).unwrap();
            }
            digests.push(fresh.digest().unwrap());
            let open: Vec<_> = desks
                .iter()
                .map(|d| fresh.open_shift(d.terminal()).unwrap())
                .collect();
            shifts.push((fresh.shifts().unwrap(), open));
        }
        // The desks themselves, once each holds everything.
        for d in &desks {
            d.import(&everything).unwrap();
            digests.push(d.digest().unwrap());
            let open: Vec<_> = desks
                .iter()
                .map(|o| d.open_shift(o.terminal()).unwrap())
                .collect();
            shifts.push((d.shifts().unwrap(), open));
        }
        prop_assert!(digests.windows(2).all(|w| w[0] == w[1]), "{:?}", digests);
        prop_assert!(shifts.windows(2).all(|w| w[0] == w[1]));
    }
}
