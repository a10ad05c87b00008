//! Building changes for the sync tests.
#![allow(dead_code, clippy::unwrap_used)]

use frontdesk::domain::complaint::{Category, ComplaintUpdate};
use frontdesk::domain::ops::NEW_ID;
use frontdesk::domain::*;

pub fn new_member(name: &str, phone: &str) -> Change {
    let mut m = Member::empty(NEW_ID, Timestamp(0));
    m.name = name.into();
    m.phone = phone.into();
    Change::MemberUpsert {
        id: NEW_ID,
        fields: MemberFields::all_of(&m),
    }
}

pub fn rename(id: Id, name: &str) -> Change {
    Change::MemberUpsert {
        id,
        fields: MemberFields {
            name: Some(name.into()),
            ..Default::default()
        },
    }
}

pub fn edit_notes(id: Id, notes: &str) -> Change {
    Change::MemberUpsert {
        id,
        fields: MemberFields {
            notes: Some(notes.into()),
            ..Default::default()
        },
    }
}

pub fn visit(member: Id, at: i64) -> Change {
    Change::Visit {
        visit: Visit {
            id: NEW_ID,
            member: Some(member),
            party: 2,
            location: "T4".into(),
            staff: "Li".into(),
            at: Timestamp(at),
        },
    }
}

pub fn service(member: Id, cents: i64, points: i64, at: i64) -> Change {
    Change::Service {
        service: ServiceRecord {
            id: NEW_ID,
            member,
            items: vec!["hot pot".into()],
            staff: "Li".into(),
            amount: Money(cents),
            points,
            at: Timestamp(at),
            payments: Vec::new(),
            list_price: Money(cents),
        },
    }
}

pub fn points(member: Id, delta: i64, kind: PointsKind, at: i64) -> Change {
    Change::Points {
        entry: PointsEntry {
            id: NEW_ID,
            member,
            delta,
            kind,
            reason: "test".into(),
            source: None,
            operator: "desk".into(),
            at: Timestamp(at),
        },
    }
}

pub fn complaint(member: Id) -> Change {
    Change::ComplaintAdd {
        complaint: Complaint {
            id: NEW_ID,
            member: Some(member),
            visit: None,
            category: Category::Waiting,
            severity: Severity::Medium,
            description: "waited 40 minutes".into(),
            assignee: "Wang".into(),
            status: ComplaintStatus::Open,
            resolution: String::new(),
            compensation: String::new(),
            created: Timestamp(0),
            updated: Timestamp(0),
            history: vec![],
        },
    }
}

pub fn complaint_update(id: Id, status: ComplaintStatus, note: &str) -> Change {
    Change::ComplaintUpdate {
        id,
        update: ComplaintUpdate {
            status: Some(status),
            note: note.into(),
            ..Default::default()
        },
    }
}
