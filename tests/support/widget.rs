//! A widget mounted in an element of its own for browser tests, with helpers to read it, click
//! it and press keys on it the way a person would.

// Each test crate that includes this module uses only part of it.
#![allow(dead_code)]

use just_a_plant::components::location::Address;
use just_a_plant::{App, AppProps};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

pub struct Widget {
    pub root: Element,
    app: Option<yew::AppHandle<App>>,
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

impl Widget {
    /// Mounts the widget with the page's fragment set to `fragment` first.
    pub async fn mount(seed: u32, fragment: &str) -> Self {
        let config = Default::default();
        let props = AppProps {
            seed,
            config,
            address: Address::Page,
        };
        Self::mount_with(props, fragment).await
    }

    /// Mounts the widget with these props, the page's fragment set to `fragment` first.
    pub async fn mount_with(props: AppProps, fragment: &str) -> Self {
        web_sys::window()
            .unwrap()
            .location()
            .set_hash(fragment)
            .unwrap();
        let root = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&root).unwrap();
        let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        Self {
            root,
            app: Some(app),
        }
    }

    pub fn find(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    pub fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().dyn_into().unwrap())
            .collect()
    }

    pub fn text(&self, selector: &str) -> String {
        self.find(selector)
            .text_content()
            .unwrap_or_default()
            .trim()
            .to_owned()
    }

    pub fn attribute(&self, selector: &str, name: &str) -> String {
        self.find(selector).get_attribute(name).unwrap_or_default()
    }

    pub async fn click(&self, selector: &str) {
        self.find(selector)
            .dyn_into::<HtmlElement>()
            .unwrap()
            .click();
        yew::scheduler::flush().await;
    }

    /// Presses a key (like "ArrowRight") with focus on the element `selector` finds.
    pub async fn press(&self, selector: &str, key: &str) {
        let init = KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        self.find(selector).dispatch_event(&event).unwrap();
        yew::scheduler::flush().await;
    }

    /// The element that has the focus now.
    pub fn focused_now(&self) -> Option<Element> {
        document().active_element()
    }

    /// The class of the element that has the focus now.
    pub fn focused_class_now(&self) -> String {
        self.focused_now()
            .map(|e| e.class_name())
            .unwrap_or_default()
    }

    /// The class of the element that has the focus once the next frame has been painted (the
    /// widget moves focus then, not inside the render).
    pub async fn focused_class(&self) -> String {
        after_paint().await;
        self.focused_class_now()
    }
}

/// Resolves once `ms` milliseconds have passed, in a task of its own (`setTimeout`).
pub async fn timeout(ms: i32) {
    let elapsed = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(elapsed).await.unwrap();
}

/// Resolves once the browser has painted its next frame: at its animation frame, then a task.
pub async fn after_paint() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(resolve.unchecked_ref())
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    timeout(0).await;
}

impl Drop for Widget {
    /// Unmounts the app, so its listeners and timers stop, and removes its element.
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}
