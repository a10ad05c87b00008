//! frontdesk: a keyboard-first front desk for restaurants, salons and hotels.
//!
//! Layers, each usable without the ones above it:
//! `domain` (types and rules) -> `store` (redb, operation log) -> `search` (member index)
//! -> `sync` (bundles) -> `app` + `ui` (terminal) -> `cli`.

pub mod app;
pub mod catalog;
pub mod cli;
pub mod csvio;
pub mod demo;
pub mod desk;
pub mod domain;
pub mod keymap;
pub mod logging;
pub mod membership;
pub mod search;
pub mod store;
pub mod sync;
pub mod ui;
