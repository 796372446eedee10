//! Timelines worked by hand.
