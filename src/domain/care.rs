//! Care lists.
