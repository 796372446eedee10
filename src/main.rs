//! Launches Rumbo on the platform it was built for (web by default; `src/app/platform/` holds what differs); the
//! app lives in the library's `app` module.

fn main() {
    rumbo::app::launch();
}
