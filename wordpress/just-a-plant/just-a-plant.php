<?php
/**
 * Plugin Name:       Just a Plant?
 * Description:       A private, accessible myth-or-fact quiz and explainer about kratom and opioid recovery, for recovery centers' sites: a block and a [just_a_plant] shortcode. The widget is served from this plugin's own folder; nothing about visitors is stored or sent anywhere.
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Just a Plant? contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       just-a-plant
 *
 * @package JustAPlant
 */

/*
 * This plugin is free software: you can redistribute it and/or modify it under the terms of
 * the GNU General Public License as published by the Free Software Foundation, either version 2
 * of the License, or (at your option) any later version. The widget it carries (widget/) is
 * MIT OR Apache-2.0, which (as MIT) is compatible with the GPL.
 */

defined( 'ABSPATH' ) || exit;

define( 'JUST_A_PLANT_FILE', __FILE__ );

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/oembed.php';

add_action( 'init', 'just_a_plant_register' );
add_filter( 'script_loader_tag', 'just_a_plant_script_tag', 10, 2 );
add_action( 'admin_menu', 'just_a_plant_settings_menu' );
add_action( 'admin_init', 'just_a_plant_settings_register' );
add_filter( 'oembed_fetch_url', 'just_a_plant_oembed_provider_address', 10, 2 );
add_filter( 'oembed_dataparse', 'just_a_plant_oembed_addresses', 9, 3 );
