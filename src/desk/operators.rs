//! Operators at the desk: defining them, signing in with a PIN, and the guard every
//! guarded action passes. A store with no operators lets every action through, as a
//! one-person shop expects; once one exists, changes need someone signed in.

use super::{Desk, DeskError};
use crate::domain::operator::{Operator, OperatorProblem, check_operator_name, check_pin};
use crate::domain::{Change, Permission, Role, Timestamp};

/// Wrong PINs allowed for one name before it is locked out for a while.
pub const MAX_TRIES: usize = 5;
/// How long a name stays locked after too many wrong PINs, in minutes.
pub const LOCK_MINUTES: u32 = 15;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

/// Someone who may sign in, as lists show them (never the PIN or its hash).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OperatorRow {
    pub name: String,
    pub role: Role,
}

#[derive(Clone, Debug)]
pub struct AddOperator {
    pub name: String,
    pub role: Role,
    pub pin: String,
}

impl Desk<'_> {
    /// Whether this store has operators (and so asks who is at the desk).
    pub fn operators_defined(&self) -> Result<bool, DeskError> {
        Ok(!self.store.operators()?.is_empty())
    }

    pub fn operator_list(&self) -> Result<Vec<OperatorRow>, DeskError> {
        Ok(self
            .store
            .operators()?
            .into_iter()
            .map(|o| OperatorRow {
                name: o.name,
                role: o.role,
            })
            .collect())
    }

    /// Who is signed in, with the role the store holds for them now.
    pub fn signed_in(&self) -> Result<Option<OperatorRow>, DeskError> {
        let Some(name) = self.store.acting() else {
            return Ok(None);
        };
        Ok(self.store.operator_named(&name)?.map(|o| OperatorRow {
            name: o.name,
            role: o.role,
        }))
    }

    /// Check the PIN and sign in: the changes that follow are recorded as this operator's.
    /// After [`MAX_TRIES`] wrong PINs for a name within [`LOCK_MINUTES`], that name is
    /// refused until the minutes pass, whatever the PIN: a 4-digit PIN cannot be guessed.
    pub fn sign_in(&self, name: &str, pin: &str) -> Result<OperatorRow, DeskError> {
        let name = name.trim();
        if self.refused_lately(name)? >= MAX_TRIES {
            return Err(DeskError::SignInLocked {
                minutes: LOCK_MINUTES,
            });
        }
        let found = self.store.operator_named(name)?;
        let Some(op) = found.filter(|o| pin_matches(pin, &o.pin_hash)) else {
            self.record_refusal(name);
            return Err(DeskError::WrongPin);
        };
        self.store.act_as(Some(op.name.clone()));
        Ok(OperatorRow {
            name: op.name,
            role: op.role,
        })
    }

    /// Wrong PINs for this name within the lock's minutes, as the log holds them.
    fn refused_lately(&self, name: &str) -> Result<usize, DeskError> {
        let filter = crate::store::AuditFilter {
            since: Some(Timestamp(self.now.0 - i64::from(LOCK_MINUTES) * 60_000)),
            limit: 1000,
            ..Default::default()
        };
        let refused = self.store.audit(&filter)?;
        Ok(refused
            .iter()
            .filter(|op| matches!(&op.change, Change::SignInRefused { name: n } if n == name))
            .count())
    }

    /// The refusal goes in the log (audited, synced). A store opened for reading cannot
    /// record it; the refusal stands all the same.
    fn record_refusal(&self, name: &str) {
        let name: String = name
            .chars()
            .take(crate::domain::operator::MAX_OPERATOR_NAME)
            .collect();
        let change = Change::SignInRefused { name };
        if let Err(e) = self.store.commit_at(vec![change], self.now) {
            tracing::warn!(error = %e, "a refused sign-in could not be recorded");
        }
    }

    pub fn sign_out(&self) {
        self.store.act_as(None);
    }

    /// Whether an operator with this role may be added now (asked before a PIN is):
    /// the first one must be a manager, so someone can manage the rest.
    pub fn may_add_operator(&self, role: Role) -> Result<(), DeskError> {
        if self.operators_defined()? {
            self.allow(Permission::ManageOperators)
        } else if role != Role::Manager {
            Err(DeskError::FirstOperatorManager)
        } else {
            Ok(())
        }
    }

    pub fn add_operator(&self, a: AddOperator) -> Result<OperatorRow, DeskError> {
        self.may_add_operator(a.role)?;
        let name = check_operator_name(&a.name)?;
        check_pin(&a.pin)?;
        if self.store.operator_named(&name)?.is_some() {
            return Err(DeskError::OperatorExists(name));
        }
        let operator = Operator {
            name: name.clone(),
            role: a.role,
            pin_hash: hash_pin(&a.pin)?,
        };
        self.commit(vec![Change::OperatorSet { operator }])?;
        Ok(OperatorRow { name, role: a.role })
    }

    /// An operator who may no longer sign in. The last manager stays.
    pub fn remove_operator(&self, name: &str) -> Result<OperatorRow, DeskError> {
        self.allow(Permission::ManageOperators)?;
        let all = self.store.operators()?;
        let Some(op) = all.iter().find(|o| o.name == name.trim()) else {
            return Err(DeskError::NoSuchOperator(name.trim().to_string()));
        };
        let managers = all.iter().filter(|o| o.role == Role::Manager).count();
        if op.role == Role::Manager && managers == 1 {
            return Err(DeskError::LastManager);
        }
        self.commit(vec![Change::OperatorRemove {
            name: op.name.clone(),
        }])?;
        Ok(OperatorRow {
            name: op.name.clone(),
            role: op.role,
        })
    }

    /// Whether the one at the desk may do this: anyone when the store has no operators;
    /// otherwise someone signed in whose role (as the store holds it now) allows it.
    /// One read of the operators per guarded action (every change passes here).
    pub fn allow(&self, p: Permission) -> Result<(), DeskError> {
        let operators = self.store.operators()?;
        if operators.is_empty() {
            return Ok(());
        }
        let acting = self.store.acting();
        match operators.iter().find(|o| Some(&o.name) == acting.as_ref()) {
            None => Err(DeskError::SignInNeeded),
            Some(o) if o.role.may(p) => Ok(()),
            Some(_) => Err(DeskError::NotAllowed(p)),
        }
    }
}

impl From<OperatorProblem> for DeskError {
    fn from(e: OperatorProblem) -> Self {
        DeskError::OperatorInput(e)
    }
}

/// Argon2id with OWASP's minimum (19 MiB, 2 passes): slow enough to stop guessing a
/// stolen store's PINs cheaply, quick enough for a desk (tens of milliseconds).
fn hasher() -> Result<Argon2<'static>, DeskError> {
    let params = Params::new(19 * 1024, 2, 1, None).map_err(|_| DeskError::PinHash)?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

fn hash_pin(pin: &str) -> Result<String, DeskError> {
    let mut salt = [0u8; 16];
    getrandom::getrandom(&mut salt).map_err(|_| DeskError::PinHash)?;
    let salt = SaltString::encode_b64(&salt).map_err(|_| DeskError::PinHash)?;
    let hash = hasher()?
        .hash_password(pin.as_bytes(), &salt)
        .map_err(|_| DeskError::PinHash)?;
    Ok(hash.to_string())
}

/// A hash that does not parse (or asks for absurd costs) matches no PIN.
fn pin_matches(pin: &str, phc: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(phc) else {
        return false;
    };
    // The hash came from the log, maybe from a forged bundle: bound its costs.
    let sane = Params::try_from(&parsed)
        .is_ok_and(|p| p.m_cost() <= 64 * 1024 && p.t_cost() <= 8 && p.p_cost() <= 4);
    if !sane {
        return false;
    }
    let Ok(h) = hasher() else {
        return false;
    };
    h.verify_password(pin.as_bytes(), &parsed).is_ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_pin_matches_its_hash_only() {
        let h = super::hash_pin("2468").unwrap_or_default();
        assert!(h.starts_with("$argon2id$"), "{h}");
        assert!(!h.contains("2468"));
        assert!(super::pin_matches("2468", &h));
        assert!(!super::pin_matches("2469", &h));
        assert!(!super::pin_matches("2468", "not a hash"));
    }
}
