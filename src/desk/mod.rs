//! The desk core: one function for each thing a front desk does — find, open a card,
//! add or edit a member, check in, log a service, take and advance a complaint, adjust
//! points, care lists, export, import, sync. Each takes typed input and returns a typed
//! outcome; the terminal app (through its store worker) and the command line both call
//! these, and neither touches the store for a desk action. No wording lives here: the
//! edges turn outcomes and [`DeskError`]s into sentences through the catalog.

mod about;
mod card;
mod complaints;
mod error;
mod files;
mod lists;
mod lookup;
mod members;
mod operators;
mod packages;
mod points;
mod privacy;
mod request;
mod shift;
pub mod upkeep;
mod visits;
mod wallet;

pub use about::{DeskInfo, IndexChange};
pub use card::{Card, CardStanding};
pub use complaints::{AdvanceComplaint, ComplaintAdvanced, ComplaintRow, TakeComplaint};
pub use error::DeskError;
pub use files::{Exported, SyncProgress};
pub use lists::Arrival;
pub use lookup::{Badge, Found, MemberRow, birthday_within};
pub use members::{AddMember, DuplicateNote, EditMember, MemberAdded, MemberEdited, Merged};
pub use operators::{AddOperator, OperatorRow};
pub use packages::{PackageError, PackageRow, SellPackage, package_methods};
pub use points::{AdjustPoints, PointsChanged, RedeemPoints};
pub use privacy::{AuditEntry, Erased};
pub use request::{Outcome, Request};
pub use shift::{DayReport, ShiftOpened, ShiftRefusal, Slip};
pub use visits::{CheckIn, CheckedIn, LogService, ServiceLogged};
pub use wallet::{AdjustStoredValue, RefundStoredValue, TopUp, WalletChanged, WalletView};

use crate::domain::loyalty::ProgramSettings;
use crate::domain::{Change, Op, TierEvent, Timestamp};
use crate::store::{MemberView, Store};

/// Members the empty-store offer loads.
pub const DEMO_MEMBERS: usize = 3000;

/// The desk at one moment: the store, the membership program in force, and the time
/// the action happens (from the caller, so tests and the app's messages decide it).
#[derive(Clone, Copy)]
pub struct Desk<'a> {
    pub store: &'a Store,
    pub settings: &'a ProgramSettings,
    pub now: Timestamp,
}

impl<'a> Desk<'a> {
    pub fn new(store: &'a Store, settings: &'a ProgramSettings, now: Timestamp) -> Desk<'a> {
        Desk {
            store,
            settings,
            now,
        }
    }

    /// Commit changes as this desk's operator, durably, at the desk's time.
    fn commit(&self, changes: Vec<Change>) -> Result<Vec<Op>, DeskError> {
        self.allow(crate::domain::Permission::DeskWork)?;
        Ok(self.store.commit_at(changes, self.now)?)
    }

    /// After a check-in or a service: the member's tier change, recorded once.
    fn record_tier_change(
        &self,
        member: crate::domain::Id,
    ) -> Result<Option<TierEvent>, DeskError> {
        Ok(crate::membership::tiers::record_tier_change(
            self.store,
            self.settings,
            member,
            self.now,
        )?)
    }

    /// Many members in one go (a page of search hits, a duplicates group), following
    /// merges; `None` for one deleted meanwhile.
    fn views(&self, ids: &[crate::domain::Id]) -> Result<Vec<Option<MemberView>>, DeskError> {
        ids.iter().map(|id| Ok(self.store.member(*id)?)).collect()
    }

    /// Who is working this desk (recorded on ledger entries).
    fn operator(&self) -> Result<String, DeskError> {
        Ok(self.store.operator()?)
    }
}
