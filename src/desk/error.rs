//! Why a desk action did not happen: typed, so each edge says it in its own words.

use crate::domain::Id;
use crate::domain::complaint::ComplaintStatus;
use crate::domain::loyalty::PointsError;
use crate::domain::validate::FieldError;
use crate::membership::csv::CsvError;
use crate::membership::merge::MergeError;
use crate::store::StoreError;
use crate::sync::SyncError;

#[derive(Debug)]
pub enum DeskError {
    /// Input that did not pass the rules; nothing was saved.
    Invalid(Vec<FieldError>),
    /// No member has this id, card number or phone.
    NoSuchMember(String),
    /// The key names several members: their names and ids.
    AmbiguousMember(String, Vec<(String, Id)>),
    /// Nothing was given to name a member.
    NoMemberKey,
    /// The member was deleted or merged away meanwhile.
    MemberGone(Id),
    NotAMemberId(String),
    NotAComplaintId(String),
    NoSuchComplaint(Id),
    /// A complaint's status only moves forward.
    StatusBackwards {
        id: Id,
        now: ComplaintStatus,
    },
    /// Points given as compensation need a member to give them to.
    CompensationNeedsMember,
    /// An edit or update that changes nothing.
    NothingToChange,
    Points(PointsError),
    Merge(MergeError),
    Store(StoreError),
    Sync(SyncError),
    Csv(CsvError),
    /// This desk has no sync folder set.
    NoExportFolder,
    /// Writing files failed: the path and the cause.
    Files(std::path::PathBuf, std::io::Error),
    /// A bill's payments cannot be taken.
    Payment(crate::domain::payment::PaymentProblem),
    /// This store has operators and nobody is signed in.
    SignInNeeded,
    /// The signed-in operator's role may not do this.
    NotAllowed(crate::domain::Permission),
    /// No operator has this name and PIN.
    WrongPin,
    /// Too many wrong PINs for this name lately: try again after these minutes.
    SignInLocked {
        minutes: u32,
    },
    OperatorExists(String),
    NoSuchOperator(String),
    /// The first operator of a store must be a manager.
    FirstOperatorManager,
    /// The last manager cannot be removed.
    LastManager,
    OperatorInput(crate::domain::operator::OperatorProblem),
    /// The PIN could not be hashed (no randomness from the system).
    PinHash,
    /// A member looks like one already held; nothing was saved (a confirmed save goes ahead).
    PossibleDuplicates(Vec<super::DuplicateNote>),
    /// A backup, restore, check or rebuild that could not be done.
    Upkeep(super::upkeep::UpkeepError),
    /// A shift action refused (交班).
    Shift(super::ShiftRefusal),
    /// A stored-value top-up, spend, refund or adjustment refused.
    Wallet(crate::domain::wallet::WalletError),
    /// A package (次卡) that cannot be sold, used or refunded as asked.
    Package(super::packages::PackageError),
}

impl From<crate::domain::wallet::WalletError> for DeskError {
    fn from(e: crate::domain::wallet::WalletError) -> Self {
        DeskError::Wallet(e)
    }
}

impl From<StoreError> for DeskError {
    fn from(e: StoreError) -> Self {
        DeskError::Store(e)
    }
}
impl From<PointsError> for DeskError {
    fn from(e: PointsError) -> Self {
        DeskError::Points(e)
    }
}
impl From<MergeError> for DeskError {
    fn from(e: MergeError) -> Self {
        DeskError::Merge(e)
    }
}
impl From<SyncError> for DeskError {
    fn from(e: SyncError) -> Self {
        DeskError::Sync(e)
    }
}
impl From<CsvError> for DeskError {
    fn from(e: CsvError) -> Self {
        DeskError::Csv(e)
    }
}
impl From<Vec<FieldError>> for DeskError {
    fn from(e: Vec<FieldError>) -> Self {
        DeskError::Invalid(e)
    }
}
impl From<FieldError> for DeskError {
    fn from(e: FieldError) -> Self {
        DeskError::Invalid(vec![e])
    }
}
