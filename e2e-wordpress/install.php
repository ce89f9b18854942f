<?php
/**
 * Installs the test WordPress (run with php-cli in its folder by e2e-wordpress/global-setup.js):
 * the site, its administrator, the Twenty Twenty-One theme, the plugin activated, and an author.
 * Avatars are off: they would come from another site.
 *
 * @package JustAPlant
 */

define( 'WP_INSTALLING', true );
require __DIR__ . '/wp-load.php';

/**
 * No mail about the new site: the test machine sends none.
 */
function wp_new_blog_notification() {}

require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

wp_install( 'Riverside Recovery', 'admin', 'admin@example.org', false, '', 'admin-password' );
switch_theme( 'twentytwentyone' );
update_option( 'show_avatars', 0 );
$just_a_plant_activated = activate_plugin( 'just-a-plant/just-a-plant.php' );
if ( is_wp_error( $just_a_plant_activated ) ) {
	fwrite( STDERR, $just_a_plant_activated->get_error_message() . "\n" );
	exit( 1 );
}
$just_a_plant_author = wp_insert_user(
	array(
		'user_login' => 'author',
		'user_pass'  => 'author-password',
		'user_email' => 'author@example.org',
		'role'       => 'author',
	)
);
if ( is_wp_error( $just_a_plant_author ) ) {
	fwrite( STDERR, $just_a_plant_author->get_error_message() . "\n" );
	exit( 1 );
}
// The editor's welcome guide, already seen: its pictures come from another site.
update_user_meta(
	1,
	$wpdb->get_blog_prefix() . 'persisted_preferences',
	array(
		'core/edit-post' => array( 'welcomeGuide' => false ),
		'_modified'      => gmdate( 'c' ),
	)
);
echo "installed\n";
