//! The standalone page's entry point: mount the widget.

fn main() {
    just_a_plant::start();
}
