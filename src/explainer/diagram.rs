//! The reward-pathway diagram as inline SVG: the brain with the ventral tegmental area, the
//! pathway and the nucleus accumbens, and an inset of a synapse with mu-opioid receptors.
//! The step decides what is highlighted; the choice at the receptor decides how strongly the
//! receptors light up and how much dopamine signal the pathway carries.

use yew::prelude::*;

use super::model::{activation_name, dopamine_pulses, highlights, wrap_label};
use crate::content::{Activation, DiagramPart, PathwayStep, UiText};

/// Characters per line of a label in the diagram.
const LABEL_WIDTH: usize = 20;
/// Where the dopamine pulses appear around the nucleus accumbens, most important first.
const PULSES: [(u16, u16); 5] = [(96, 112), (122, 118), (72, 122), (110, 98), (84, 100)];
/// The x positions of the three receptors in the synapse inset.
const RECEPTORS: [u16; 3] = [100, 170, 240];

/// What the diagram shows: the step it highlights and the activation at the receptor.
pub struct DiagramProps {
    pub step: &'static PathwayStep,
    pub activation: Activation,
    /// A prefix for this instance's element ids.
    pub ids: AttrValue,
    /// The words, in the language spoken now.
    pub ui: &'static UiText,
}

/// The whole diagram, with a title and a description for screen readers.
pub fn pathway_diagram(props: &DiagramProps) -> Html {
    let title_id = format!("{}-diagram-title", props.ids);
    let desc_id = format!("{}-diagram-desc", props.ids);
    let marker_id = format!("{}-arrow", props.ids);
    let part = |part: DiagramPart, name: &'static str| {
        classes!(
            "jap-part",
            highlights(props.step, part).then_some("is-on"),
            name
        )
    };
    let active = props.activation != Activation::None;
    let ui = props.ui;
    html! {
        <svg class="jap-diagram" viewBox="0 0 340 440" role="img"
            aria-labelledby={format!("{title_id} {desc_id}")}
            data-activation={activation_name(props.activation)}>
            <title id={title_id}>{ ui.diagram_title }</title>
            <desc id={desc_id}>{ ui.diagram_description }</desc>
            <defs>
                <marker id={marker_id.clone()} viewBox="0 0 10 10" refX="8" refY="5"
                    markerWidth="6" markerHeight="6" orient="auto-start-reverse">
                    <path d="M0 0 10 5 0 10z" class="jap-arrowhead" />
                </marker>
            </defs>
            <path class="jap-brain" d="M40 140C24 86 76 30 160 24c86-6 152 34 160 96 6 46-26 72-64 72-12 12-26 18-40 16-44 4-96 0-124-16-14-8-22-26-24-50z" />
            <g class={part(DiagramPart::Pathway, "jap-pathway")} data-part="pathway">
                <path class="jap-pathway-line" d="M192 168C176 196 126 182 112 138"
                    marker-end={format!("url(#{marker_id})")} />
                { label(194, 140, "middle", ui.label_pathway) }
            </g>
            <g class={part(DiagramPart::Vta, "jap-vta")} data-part="vta">
                <ellipse cx="204" cy="166" rx="20" ry="11" />
                <path class="jap-leader" d="M218 176 290 204" />
                { label(330, 236, "end", ui.label_vta) }
            </g>
            <g class={part(DiagramPart::NucleusAccumbens, "jap-nac")} data-part="nucleus-accumbens">
                <ellipse cx="98" cy="128" rx="22" ry="14" />
                <path class="jap-leader" d="M90 142 60 222" />
                { label(12, 236, "start", ui.label_nucleus_accumbens) }
            </g>
            <g class={part(DiagramPart::Dopamine, "jap-dopamine")} data-part="dopamine">
                { for PULSES.iter().take(dopamine_pulses(props.activation)).map(|&(x, y)| html! {
                    <circle class="jap-pulse" cx={x.to_string()} cy={y.to_string()} r="5" />
                }) }
                { label(98, 76, "middle", ui.label_dopamine) }
            </g>
            <g class={part(DiagramPart::Synapse, "jap-synapse")} data-part="synapse">
                <rect class="jap-inset" x="10" y="262" width="320" height="170" rx="12" />
                { label(22, 286, "start", ui.label_synapse) }
                <path class="jap-terminal" d="M110 276h120a20 20 0 0 1 20 20v24a30 30 0 0 1-30 30h-100a30 30 0 0 1-30-30v-24a20 20 0 0 1 20-20z" />
                <rect class="jap-membrane" x="40" y="386" width="260" height="16" rx="6" />
            </g>
            <g class={part(DiagramPart::Receptors, "jap-receptors")} data-part="receptors">
                { for RECEPTORS.iter().map(|&x| html! {
                    <g class="jap-receptor">
                        <path d={format!("M{} 386v-26h10v14h16v-14h10v26z", x - 18)} />
                        if active {
                            <circle class="jap-molecule" cx={x.to_string()} cy="364" r="9" />
                        }
                    </g>
                }) }
                { label(170, 424, "middle", ui.label_receptors) }
            </g>
        </svg>
    }
}

/// A text label at `x`, wrapped into lines that fit the narrow diagram; `y` is the baseline
/// of the last line, and earlier lines stack above it.
fn label(x: u16, y: u16, anchor: &'static str, text: &'static str) -> Html {
    let lines = wrap_label(text, LABEL_WIDTH);
    let first_y = usize::from(y).saturating_sub(17 * (lines.len().saturating_sub(1)));
    html! {
        <text class="jap-label" x={x.to_string()} y={first_y.to_string()} text-anchor={anchor}>
            { for lines.into_iter().enumerate().map(|(index, line)| html! {
                <tspan x={x.to_string()} dy={if index == 0 { "0" } else { "17" }}>{ line }</tspan>
            }) }
        </text>
    }
}
