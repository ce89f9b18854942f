// Round orders recorded from seeds, shared by the native and the browser tests so that both
// prove the same seed gives the same order on every platform (share links will carry seeds).
// Each entry: (seed, order of a 12-statement round drawn from 16, opening with statement 0).
const ROUND_ORDER_GOLDEN: [(u32, [usize; 12]); 3] = [
    (0, [0, 3, 13, 15, 6, 7, 1, 4, 11, 12, 10, 5]),
    (42, [0, 2, 3, 15, 13, 8, 11, 9, 1, 12, 4, 14]),
    (4_000_000_000, [0, 7, 5, 3, 9, 8, 1, 10, 2, 15, 14, 13]),
];

fn assert_round_orders_match_the_golden_record() {
    use just_a_plant::quiz::state::{round_order, RoundRules};
    let rules = RoundRules {
        length: 12,
        opening: 0,
    };
    for (seed, order) in ROUND_ORDER_GOLDEN {
        assert_eq!(round_order(16, rules, seed), order, "seed {seed}");
    }
}
