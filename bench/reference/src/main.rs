//! The benchmark's reference page: a minimal Yew counter.

use yew::prelude::*;

#[component]
fn Counter() -> Html {
    let count = use_state(|| 0_u32);
    let onclick = {
        let count = count.clone();
        move |_| count.set(*count + 1)
    };
    html! {
        <main>
            <p class="count">{ *count }</p>
            <button type="button" {onclick}>{ "Add one" }</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<Counter>::new().render();
}
