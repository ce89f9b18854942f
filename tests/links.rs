//! Native tests of the link codec: every place round-trips through its fragment, links stay
//! short, and no fragment at all (random, mutated, tampered, oversized) can panic it.
#![cfg(not(target_arch = "wasm32"))]

use just_a_plant::components::location::Place;
use just_a_plant::content::{places, Locale, ENGLISH};
use just_a_plant::route::{is_own, seed_text, Link, LinkError, Places, Route, MAX_FRAGMENT};

const IDS: [&str; 3] = ["just-a-plant", "same-receptor", "withdrawal-is-real"];
const PLACES: Places<'static> = Places {
    steps: 7,
    statement_ids: &IDS,
    locales: &["en", "es"],
};

fn parse(fragment: &str) -> Result<Option<Route>, LinkError> {
    Route::parse(fragment, PLACES)
}

fn parse_link(fragment: &str) -> Result<Option<Link>, LinkError> {
    Link::parse(fragment, PLACES)
}

/// Every link to every place, in each language and in none.
fn every_link() -> Vec<Link> {
    let places = every_place();
    [None, Some(0), Some(1)]
        .into_iter()
        .flat_map(|locale| places.iter().map(move |&route| Link { route, locale }))
        .collect()
}

/// Every place a link can lead to in `PLACES`, with a spread of seeds.
fn every_place() -> Vec<Route> {
    let mut rng = fastrand::Rng::with_seed(1);
    let seeds = [0, 1, 35, 36, u32::MAX]
        .into_iter()
        .chain((0..2000).map(|_| rng.u32(..)));
    (0..7)
        .map(Route::Explainer)
        .chain([Route::Quiz { seed: None }])
        .chain(seeds.map(|seed| Route::Quiz { seed: Some(seed) }))
        .chain((0..IDS.len()).map(Route::Statement))
        .chain(
            (1..=99).flat_map(|total| (0..=total).map(move |score| Route::Score { score, total })),
        )
        .collect()
}

#[test]
fn links_read_as_people_would_type_them() {
    assert_eq!(parse("#explainer/3"), Ok(Some(Route::Explainer(2))));
    assert_eq!(parse("#explainer"), Ok(Some(Route::Explainer(0))));
    assert_eq!(parse("#quiz"), Ok(Some(Route::Quiz { seed: None })));
    assert_eq!(
        parse("#quiz/1/zz"),
        Ok(Some(Route::Quiz {
            seed: Some(36 * 36 - 1)
        }))
    );
    assert_eq!(parse("#s/1/same-receptor"), Ok(Some(Route::Statement(1))));
    assert_eq!(
        parse("#r/1/9-12"),
        Ok(Some(Route::Score {
            score: 9,
            total: 12
        }))
    );
    assert_eq!(
        parse("quiz"),
        Ok(Some(Route::Quiz { seed: None })),
        "the # is optional"
    );
}

#[test]
fn no_fragment_means_no_link() {
    assert_eq!(parse(""), Ok(None));
    assert_eq!(parse("#"), Ok(None));
}

#[test]
fn every_valid_place_round_trips_through_its_fragment() {
    let places = every_place();
    assert!(places.len() > 6000);
    for place in places {
        let fragment = place.fragment(PLACES);
        assert_eq!(parse(&fragment), Ok(Some(place)), "{fragment}");
    }
}

#[test]
fn a_link_can_name_its_language_first() {
    let spanish = |route| {
        Ok(Some(Link {
            route,
            locale: Some(1),
        }))
    };
    assert_eq!(
        parse_link("#es/s/1/just-a-plant"),
        spanish(Route::Statement(0))
    );
    assert_eq!(parse_link("#es/explainer/3"), spanish(Route::Explainer(2)));
    assert_eq!(parse_link("es/quiz"), spanish(Route::Quiz { seed: None }));
    let english = Link {
        route: Route::Score {
            score: 9,
            total: 12,
        },
        locale: Some(0),
    };
    assert_eq!(english.fragment(PLACES), "#en/r/1/9-12");
}

#[test]
fn a_link_without_a_language_opens_in_none() {
    let quiz = Link {
        route: Route::Quiz { seed: None },
        locale: None,
    };
    assert_eq!(parse_link("#quiz"), Ok(Some(quiz)));
    assert_eq!(quiz.fragment(PLACES), "#quiz");
    assert_eq!(parse_link(""), Ok(None));
}

#[test]
fn a_language_this_widget_does_not_speak_is_passed_over() {
    let quiz = Ok(Some(Link {
        route: Route::Quiz { seed: None },
        locale: None,
    }));
    assert_eq!(parse_link("#fr/quiz"), quiz);
    assert_eq!(parse_link("#haw/quiz"), quiz);
    // Not a language code: four letters, capitals, or a place after a bad one.
    assert_eq!(parse_link("#abcd/quiz"), Err(LinkError::Malformed));
    assert_eq!(parse_link("#ES/quiz"), Err(LinkError::Malformed));
    assert_eq!(parse_link("#es/fr/quiz"), Err(LinkError::Malformed));
    assert_eq!(
        parse_link("#es/s/9/just-a-plant"),
        Err(LinkError::NewerVersion)
    );
}

#[test]
fn every_link_in_every_language_round_trips() {
    let links = every_link();
    assert!(links.len() > 18_000);
    for link in links {
        let fragment = link.fragment(PLACES);
        assert!(fragment.len() <= MAX_FRAGMENT, "{fragment}");
        assert_eq!(parse_link(&fragment), Ok(Some(link)), "{fragment}");
    }
}

#[test]
fn every_statement_of_the_real_content_has_a_link() {
    let real = places();
    for index in 0..real.statement_ids.len() {
        let fragment = Route::Statement(index).fragment(real);
        assert_eq!(
            Route::parse(&fragment, real),
            Ok(Some(Route::Statement(index)))
        );
    }
}

#[test]
fn a_score_link_is_short_and_carries_the_score_only() {
    let link = Route::Score {
        score: 12,
        total: 12,
    }
    .fragment(PLACES);
    assert_eq!(link, "#r/1/12-12");
    let longest = every_place()
        .into_iter()
        .filter(|place| matches!(place, Route::Score { .. }))
        .map(|place| place.fragment(PLACES).len())
        .max()
        .unwrap();
    assert!(longest <= 60, "{longest}");
    assert!(
        Route::Quiz {
            seed: Some(u32::MAX)
        }
        .fragment(PLACES)
        .len()
            <= 60
    );
}

#[test]
fn seeds_are_written_in_lowercase_base_36() {
    assert_eq!(seed_text(0), "0");
    assert_eq!(seed_text(35), "z");
    assert_eq!(seed_text(36), "10");
    assert_eq!(seed_text(u32::MAX), "1z141z3");
}

#[test]
fn the_widgets_own_fragments_are_told_from_a_host_pages() {
    // Every link the widget writes is its own, and so is a broken one it might have written.
    for link in every_link() {
        let fragment = link.fragment(PLACES);
        assert!(is_own(&fragment), "{fragment}");
    }
    for own in [
        "#explainer/99",
        "#quiz/9/zz",
        "#es/s/1/nope",
        "#fr/r/1/x",
        "explainer",
    ] {
        assert!(is_own(own), "{own}");
    }
    // A host page's anchors, WordPress's oEmbed secret, other scripts' state: not the widget's.
    let foreign = [
        "",
        "#",
        "#content",
        "#comments",
        "#respond",
        "#top",
        "#main-content",
        "#es",
        "#?secret=AbC123",
        "#!/shop/item",
        "#access_token=x",
        "#en/comments",
        "#quizzes",
        "#explainers/2",
        "#S/1/just-a-plant",
    ];
    for fragment in foreign {
        assert!(!is_own(fragment), "{fragment}");
    }
}

#[test]
fn tampered_links_are_refused_as_malformed() {
    for fragment in [
        "#explainer/0",
        "#explainer/8",
        "#explainer/-1",
        "#explainer/+3",
        "#explainer/3/4",
        "#explainer/",
        "#explainer/three",
        "#explainer/99999999999999999999999",
        "#Quiz",
        "#quiz/",
        "#quiz/1",
        "#quiz/1/",
        "#quiz/1/ZZ",
        "#quiz/1/1z141z4",
        "#quiz/1/zzzzzzzz",
        "#quiz/0/abc",
        "#quiz/x/abc",
        "#s/1/",
        "#s/1/not-a-statement",
        "#s/1/just-a-plant/extra",
        "#s//just-a-plant",
        "#r/1/13-12",
        "#r/1/0-0",
        "#r/1/5-100",
        "#r/1/9",
        "#r/1/9-",
        "#r/1/-12",
        "#r/1/9-12-3",
        "#r/1/ 9-12",
        "#<script>alert(1)</script>",
        "#s/1/<img src=x onerror=alert(1)>",
        "#%E2%80%8B",
        "##quiz",
    ] {
        assert_eq!(parse(fragment), Err(LinkError::Malformed), "{fragment:?}");
    }
}

#[test]
fn links_from_a_newer_version_are_refused_as_such() {
    for fragment in ["#quiz/2/abc", "#s/9/just-a-plant", "#r/17/9-12"] {
        assert_eq!(parse(fragment), Err(LinkError::NewerVersion), "{fragment}");
    }
}

#[test]
fn oversized_links_are_refused_before_they_are_read() {
    let long = format!("#s/1/{}", "a".repeat(MAX_FRAGMENT));
    assert_eq!(parse(&long), Err(LinkError::TooLong));
    assert_eq!(parse(&"é".repeat(1_000_000)), Err(LinkError::TooLong));
}

/// Characters that links use, and some that they never should.
const ALPHABET: &[char] = &[
    '#', '/', '-', '1', '2', '9', '0', 'a', 'e', 'q', 'r', 's', 'u', 'z', 'x', 'p', 'l', 'n', 'i',
    'Z', ' ', '%', '<', '>', '"', '\'', '\\', '\0', 'é', '🌿', '\u{202e}',
];

fn random_text(rng: &mut fastrand::Rng, max: usize) -> String {
    (0..rng.usize(0..=max))
        .map(|_| ALPHABET[rng.usize(..ALPHABET.len())])
        .collect()
}

/// A valid link with one to three random edits: cut, insert, replace or duplicate.
fn mutate(rng: &mut fastrand::Rng, link: &str) -> String {
    let mut chars: Vec<char> = link.chars().collect();
    for _ in 0..rng.usize(1..=3) {
        let at = rng.usize(0..=chars.len());
        match rng.u8(0..4) {
            0 => chars.truncate(at),
            1 => chars.insert(at, ALPHABET[rng.usize(..ALPHABET.len())]),
            2 if at < chars.len() => chars[at] = ALPHABET[rng.usize(..ALPHABET.len())],
            _ => {
                let copy = chars.clone();
                chars.extend(copy);
            }
        }
    }
    chars.into_iter().collect()
}

#[test]
fn a_million_random_and_mutated_fragments_never_panic_and_only_valid_ones_open() {
    let valid: Vec<String> = every_link()
        .iter()
        .map(|link| link.fragment(PLACES))
        .collect();
    let mut rng = fastrand::Rng::with_seed(2026);
    let (mut opened, mut refused) = (0_u32, 0_u32);
    let runs = 1_000_000;
    for run in 0..runs {
        let fragment = if run % 2 == 0 {
            random_text(&mut rng, 40)
        } else {
            let link = &valid[rng.usize(..valid.len())];
            mutate(&mut rng, link)
        };
        match parse_link(&fragment) {
            Ok(Some(link)) => {
                opened += 1;
                let again = parse_link(&link.fragment(PLACES));
                assert_eq!(again, Ok(Some(link)), "{fragment:?} opened {link:?}");
                if let Route::Explainer(step) = link.route {
                    assert!(step < PLACES.steps);
                }
                assert!(link.locale.is_none_or(|index| index < PLACES.locales.len()));
            }
            Ok(None) => {}
            Err(_) => refused += 1,
        }
    }
    println!(
        "link fuzz: {runs} fragments, {opened} opened a place, {refused} refused, none panicked"
    );
    assert_eq!(runs, 1_000_000);
    assert!(
        opened > 1000 && refused > 500_000,
        "{opened} opened, {refused} refused"
    );
}

#[test]
fn an_address_names_the_place_and_the_language_or_keeps_the_language_spoken() {
    let spanish = Locale::from_code("es").unwrap();
    let linked = Place::from_fragment("#es/explainer/3", Route::START, *ENGLISH);
    assert_eq!(
        (linked.route, linked.locale.code, linked.problem),
        (Route::Explainer(2), "es", None)
    );
    let unnamed = Place::from_fragment("#quiz", Route::START, spanish);
    assert_eq!(
        (unnamed.route, unnamed.locale.code),
        (Route::Quiz { seed: None }, "es")
    );
    let empty = Place::from_fragment("", Route::Explainer(4), spanish);
    assert_eq!(
        (empty.route, empty.locale.code),
        (Route::Explainer(4), "es")
    );
    let broken = Place::from_fragment("#es/explainer/99", Route::Explainer(4), *ENGLISH);
    assert_eq!(
        (broken.route, broken.locale.code, broken.problem),
        (Route::START, "en", Some(LinkError::Malformed))
    );
    assert_eq!(linked.link().fragment(places()), "#es/explainer/3");
}

#[test]
fn a_source_link_encodes_its_quote_as_a_uri_component_dashes_too() {
    use just_a_plant::components::source_quote::passage_address;
    use just_a_plant::content::{Locale, Quote};
    let quote = Quote {
        text: "Kratom’s compounds bind to mu-opioid receptors, (weakly) 7*",
        passage: 3,
    };
    assert_eq!(
        passage_address("../", quote),
        "../source.html#p3:~:text=Kratom%E2%80%99s%20compounds%20bind%20to%20mu%2Dopioid%20receptors%2C%20(weakly)%207*"
    );
    // Every quote the widget links reads back whole from its address, and the text directive
    // holds no character that would end it or split it.
    let quotes = Locale::spoken().into_iter().flat_map(|locale| {
        let steps = locale.steps.iter().map(|step| step.source);
        steps.chain(locale.statements.iter().map(|statement| statement.source))
    });
    for quote in quotes {
        let address = passage_address("", quote);
        let (_, text) = address.split_once(":~:text=").expect("a text directive");
        assert!(
            text.bytes()
                .all(|byte| byte.is_ascii_alphanumeric() || b"%_.!~*'()".contains(&byte)),
            "{text}"
        );
        let bytes: Vec<u8> = text
            .split('%')
            .enumerate()
            .flat_map(|(index, part)| match index {
                0 => part.as_bytes().to_vec(),
                _ => {
                    let (hex, rest) = part.split_at(2);
                    let mut decoded = vec![u8::from_str_radix(hex, 16).expect("two hex digits")];
                    decoded.extend_from_slice(rest.as_bytes());
                    decoded
                }
            })
            .collect();
        assert_eq!(String::from_utf8(bytes).as_deref(), Ok(quote.text));
    }
}
