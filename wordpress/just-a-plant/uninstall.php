<?php
/**
 * Uninstall: removes the plugin's one option (the center's defaults). The plugin stores
 * nothing about visitors, so there is nothing else to remove.
 *
 * @package JustAPlant
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'just_a_plant_defaults' );
