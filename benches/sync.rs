//! Sync benchmark: export 1,000,000 operations from one store to a folder and import them
//! into a fresh store; prints time, operations per second and bundle bytes per operation.
//!
//! `cargo bench --bench sync` (release). `FRONTDESK_BENCH_OPS=100000` for a smaller run;
//! `FRONTDESK_BENCH_ENCRYPT=0` to skip the encrypted round. The last line is one JSON object.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::time::Instant;

use frontdesk::domain::ops::NEW_ID;
use frontdesk::domain::*;
use frontdesk::store::Store;
use frontdesk::sync::{SyncKey, export, import};

const BATCH: usize = 10_000;

/// A front desk's mix: new members, check-ins, services with points, points entries, edits.
fn generate(store: &Store, n: usize) -> Vec<Id> {
    let mut rng = fastrand::Rng::with_seed(7);
    let mut members: Vec<Id> = Vec::new();
    let mut made = 0;
    let day0 = 1_700_000_000_000i64;
    while made < n {
        let k = BATCH.min(n - made);
        let now = Timestamp(day0 + made as i64 * 1000);
        let mut changes = Vec::with_capacity(k);
        for i in 0..k {
            let roll = rng.u8(..100);
            let at = Timestamp(now.0 + i as i64);
            if members.is_empty() || roll < 20 {
                let mut m = Member::empty(NEW_ID, at);
                m.name = format!("会员 {}", made + i);
                m.phone = format!("138{:08}", rng.u32(..100_000_000));
                m.tags = vec!["regular".into()];
                changes.push(Change::MemberUpsert {
                    id: NEW_ID,
                    fields: MemberFields::all_of(&m),
                });
                continue;
            }
            let member = members[rng.usize(..members.len())];
            changes.push(match roll {
                20..=49 => Change::Visit {
                    visit: Visit {
                        id: NEW_ID,
                        member: Some(member),
                        party: rng.u16(1..6),
                        location: format!("T{}", rng.u8(1..30)),
                        staff: "Li".into(),
                        at,
                    },
                },
                50..=79 => {
                    let cents = rng.i64(1000..100_000);
                    Change::Service {
                        service: ServiceRecord {
                            id: NEW_ID,
                            member,
                            items: vec!["hot pot".into(), "tea".into()],
                            staff: "Li".into(),
                            amount: Money(cents),
                            points: cents / 100,
                            at,
                            payments: Vec::new(),
                            list_price: Money(cents),
                        },
                    }
                }
                80..=89 => Change::Points {
                    entry: PointsEntry {
                        id: NEW_ID,
                        member,
                        delta: -rng.i64(1..200),
                        kind: PointsKind::Redeem,
                        reason: "voucher".into(),
                        source: None,
                        operator: "desk".into(),
                        at,
                    },
                },
                _ => Change::MemberUpsert {
                    id: member,
                    fields: MemberFields {
                        notes: Some(format!("note {}", rng.u32(..1000))),
                        ..Default::default()
                    },
                },
            });
        }
        let ops = store.commit_bulk(changes, now).unwrap();
        for op in &ops {
            if let Change::MemberUpsert { id, .. } = &op.change
                && op.id() == *id
            {
                members.push(*id);
            }
        }
        made += k;
    }
    store.flush().unwrap();
    members
}

fn dir_bytes(dir: &Path) -> u64 {
    let mut total = 0;
    for e in std::fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        let t = e.file_type().unwrap();
        total += if t.is_dir() {
            dir_bytes(&e.path())
        } else {
            e.metadata().unwrap().len()
        };
    }
    total
}

struct Round {
    export_s: f64,
    import_s: f64,
    bytes: u64,
    bundles: usize,
}

fn round(src: &Store, work: &Path, name: &str, key: Option<&SyncKey>, n: u64) -> Round {
    let dir = work.join(format!("{name}-folder"));
    std::fs::create_dir_all(&dir).unwrap();
    let t = Instant::now();
    let ex = export(src, &dir, key).unwrap();
    let export_s = t.elapsed().as_secs_f64();
    assert_eq!(ex.ops_written, n);
    let bytes = dir_bytes(&dir);

    let dst = Store::open(&work.join(format!("{name}-dst.redb"))).unwrap();
    let t = Instant::now();
    let im = import(&dst, &dir, key).unwrap();
    let import_s = t.elapsed().as_secs_f64();
    assert_eq!(im.ops_applied, n);
    assert!(im.bundles_refused.is_empty());
    assert_eq!(dst.digest().unwrap(), src.digest().unwrap());
    println!(
        "{name}: export {n} ops in {export_s:.2} s ({:.0} ops/s), {} bundles, {bytes} bytes ({:.1} bytes/op)",
        n as f64 / export_s,
        ex.bundles_written,
        bytes as f64 / n as f64
    );
    println!(
        "{name}: import {n} ops in {import_s:.2} s ({:.0} ops/s) into a fresh store, {} members changed",
        n as f64 / import_s,
        im.members_changed
    );
    Round {
        export_s,
        import_s,
        bytes,
        bundles: ex.bundles_written,
    }
}

fn main() {
    let n: usize = std::env::var("FRONTDESK_BENCH_OPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let encrypt = std::env::var("FRONTDESK_BENCH_ENCRYPT").map_or(true, |v| v != "0");
    let work = tempfile::tempdir().unwrap();
    let src = Store::open(&work.path().join("src.redb")).unwrap();
    src.set_terminal_name("bench desk").unwrap();
    let t = Instant::now();
    generate(&src, n);
    println!(
        "generated {n} operations in {:.2} s (bulk commits)",
        t.elapsed().as_secs_f64()
    );
    let n = n as u64;
    let plain = round(&src, work.path(), "plaintext", None, n);
    let enc = encrypt.then(|| {
        let key = SyncKey::from_passphrase("bench chain").unwrap();
        round(&src, work.path(), "encrypted", Some(&key), n)
    });
    let rate = |s: f64| (n as f64 / s).round();
    let mut json = format!(
        "{{\"bench\":\"sync\",\"ops\":{n},\"bundles\":{},\"export_s\":{:.3},\"export_ops_per_s\":{},\"import_s\":{:.3},\"import_ops_per_s\":{},\"bytes_per_op\":{:.1}",
        plain.bundles,
        plain.export_s,
        rate(plain.export_s),
        plain.import_s,
        rate(plain.import_s),
        plain.bytes as f64 / n as f64
    );
    if let Some(e) = enc {
        json.push_str(&format!(
            ",\"encrypted_export_s\":{:.3},\"encrypted_export_ops_per_s\":{},\"encrypted_import_s\":{:.3},\"encrypted_import_ops_per_s\":{},\"encrypted_bytes_per_op\":{:.1}",
            e.export_s,
            rate(e.export_s),
            e.import_s,
            rate(e.import_s),
            e.bytes as f64 / n as f64
        ));
    }
    json.push('}');
    println!("{json}");
}
