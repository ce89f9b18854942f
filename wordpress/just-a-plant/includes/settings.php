<?php
/**
 * The settings page (Settings > Just a Plant?): the center's defaults (its own help contact,
 * accent colour and language), used by every widget whose shortcode or block does not say
 * otherwise. Saved through the Settings API (options.php checks the nonce and the
 * manage_options capability), each value checked by the widget's own rules.
 *
 * @package JustAPlant
 */

defined( 'ABSPATH' ) || exit;

/** The settings page's slug. */
const JUST_A_PLANT_PAGE = 'just-a-plant';

/**
 * Adds the settings page to the Settings menu, for those who may manage options.
 */
function just_a_plant_settings_menu() {
	add_options_page(
		__( 'Just a Plant? settings', 'just-a-plant' ),
		__( 'Just a Plant?', 'just-a-plant' ),
		'manage_options',
		JUST_A_PLANT_PAGE,
		'just_a_plant_settings_page'
	);
}

/**
 * Registers the option and one field for each of the center's defaults.
 */
function just_a_plant_settings_register() {
	register_setting(
		JUST_A_PLANT_PAGE,
		JUST_A_PLANT_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'just_a_plant_settings_sanitize',
			'default'           => array(),
		)
	);
	add_settings_section( 'defaults', __( 'Defaults for every widget on this site', 'just-a-plant' ), 'just_a_plant_settings_intro', JUST_A_PLANT_PAGE );
	$options = just_a_plant_options();
	foreach ( JUST_A_PLANT_SITE_OPTIONS as $key ) {
		add_settings_field(
			$key,
			esc_html( $options[ $key ]['label'] ),
			'just_a_plant_settings_field',
			JUST_A_PLANT_PAGE,
			'defaults',
			array(
				'key'       => $key,
				'label_for' => 'just-a-plant-' . str_replace( '_', '-', $key ),
			)
		);
	}
}

/**
 * What the defaults are for.
 */
function just_a_plant_settings_intro() {
	echo '<p>' . esc_html__( 'A shortcode or block that sets an option itself keeps its own. A value the widget cannot use (such as a colour too light to read on white) is not saved.', 'just-a-plant' ) . '</p>';
}

/**
 * One default's field: a choice or a text field, with its hint.
 *
 * @param array $args The option's key and the field's id.
 */
function just_a_plant_settings_field( array $args ) {
	$key      = $args['key'];
	$option   = just_a_plant_options()[ $key ];
	$defaults = (array) get_option( JUST_A_PLANT_OPTION, array() );
	$value    = $defaults[ $key ] ?? '';
	$name     = JUST_A_PLANT_OPTION . '[' . $key . ']';
	if ( isset( $option['choices'] ) ) {
		printf( '<select id="%s" name="%s">', esc_attr( $args['label_for'] ), esc_attr( $name ) );
		printf( '<option value="">%s</option>', esc_html__( 'The widget\'s default', 'just-a-plant' ) );
		foreach ( $option['choices'] as $choice => $label ) {
			printf( '<option value="%s"%s>%s</option>', esc_attr( $choice ), selected( $value, $choice, false ), esc_html( $label ) );
		}
		echo '</select>';
	} else {
		printf( '<input type="text" class="regular-text" id="%s" name="%s" value="%s">', esc_attr( $args['label_for'] ), esc_attr( $name ), esc_attr( $value ) );
	}
	if ( isset( $option['hint'] ) ) {
		printf( '<p class="description">%s</p>', esc_html( $option['hint'] ) );
	}
}

/**
 * The defaults as saved: only the center's options, each checked; one that does not pass is
 * dropped with a notice naming it.
 *
 * @param mixed $input What the form sent.
 * @return array The defaults to save.
 */
function just_a_plant_settings_sanitize( $input ) {
	$input    = is_array( $input ) ? wp_unslash( $input ) : array();
	$options  = just_a_plant_options();
	$defaults = array();
	foreach ( JUST_A_PLANT_SITE_OPTIONS as $key ) {
		$given = isset( $input[ $key ] ) && is_scalar( $input[ $key ] ) ? trim( (string) $input[ $key ] ) : '';
		$clean = just_a_plant_clean( $key, $given );
		if ( null !== $clean ) {
			$defaults[ $key ] = $clean;
		} elseif ( '' !== $given ) {
			/* translators: %s: the name of a setting. */
			add_settings_error( JUST_A_PLANT_OPTION, $key, sprintf( __( '%s: this value cannot be used, so it was not saved.', 'just-a-plant' ), esc_html( $options[ $key ]['label'] ) ) );
		}
	}
	return $defaults;
}

/**
 * The settings page, for those who may manage options.
 */
function just_a_plant_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( JUST_A_PLANT_PAGE );
	do_settings_sections( JUST_A_PLANT_PAGE );
	submit_button();
	echo '</form></div>';
}
