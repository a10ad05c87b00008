//! frontdesk: a keyboard-first front desk for restaurants, salons and hotels.
//!
//! Layers, each usable without the ones above it:
//! `domain` (types and rules) -> `store` (redb, operation log) -> `search` (member index)
//! -> `sync` (bundles) -> `app` + `ui` (terminal) -> `cli`.

pub mod domain;
pub mod store;
pub mod sync;
