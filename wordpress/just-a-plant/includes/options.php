<?php
/**
 * The widget's options, as the shortcode, the block and the settings page name them, each
 * checked by the same rules the widget applies to its data- attributes (src/config.rs
 * `Config::from_attributes`): a value that does not pass is dropped, never echoed, and the
 * widget uses its default.
 *
 * @package JustAPlant
 */

defined( 'ABSPATH' ) || exit;

/** The option holding the center's defaults. */
const JUST_A_PLANT_OPTION = 'just_a_plant_defaults';

/** The options a center sets once, on the settings page, for every widget on the site. */
const JUST_A_PLANT_SITE_OPTIONS = array( 'locale', 'accent', 'help_name', 'help_phone', 'help_tel', 'help_url', 'help_mode' );

/**
 * The widget's checked content (widget/content.json, the build's export): every word a
 * visitor sees outside the widget comes from it. Read once a request.
 *
 * @return array The export: `locales`, each with `code`, `ui` and `markup`.
 */
function just_a_plant_content() {
	static $content = null;
	if ( null === $content ) {
		$file    = plugin_dir_path( JUST_A_PLANT_FILE ) . 'widget/content.json';
		$json    = is_readable( $file ) ? file_get_contents( $file ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin.
		$content = $json ? json_decode( $json, true ) : null;
		if ( ! is_array( $content ) || empty( $content['locales'] ) ) {
			$content = array( 'locales' => array() );
		}
	}
	return $content;
}

/**
 * The content in one language: the one with `code`, else the first (the widget's default).
 *
 * @param string|null $code A language code, or null for the default.
 * @return array|null The locale's `code`, `ui` and `markup`; null without a built widget.
 */
function just_a_plant_locale( $code ) {
	$locales = just_a_plant_content()['locales'];
	foreach ( $locales as $locale ) {
		if ( $locale['code'] === $code ) {
			return $locale;
		}
	}
	return $locales ? $locales[0] : null;
}

/**
 * Every option: its label for the editor and the settings page, its kind (`choice`, `toggle`
 * or `text`), its choices, a hint, and the rule its value must pass. Keys are the shortcode's
 * attributes; the widget's attribute is `data-` and the key with `-` for `_`.
 *
 * @return array Option key => description.
 */
function just_a_plant_options() {
	$languages = array();
	foreach ( just_a_plant_content()['locales'] as $locale ) {
		$languages[ $locale['code'] ] = $locale['ui']['language_name'];
	}
	return array(
		'sections'     => array(
			'label'   => __( 'Sections', 'just-a-plant' ),
			'choices' => array(
				'both'      => __( 'Explainer and quiz', 'just-a-plant' ),
				'explainer' => __( 'Explainer only', 'just-a-plant' ),
				'quiz'      => __( 'Quiz only', 'just-a-plant' ),
			),
		),
		'start'        => array(
			'label' => __( 'Opens at', 'just-a-plant' ),
			'hint'  => __( '"quiz", or a step of the explainer such as "explainer/3".', 'just-a-plant' ),
			'check' => 'just_a_plant_check_start',
		),
		'locale'       => array(
			'label'   => __( 'Language', 'just-a-plant' ),
			'hint'    => __( 'Without one, the visitor\'s browser language.', 'just-a-plant' ),
			'choices' => $languages,
		),
		'theme'        => array(
			'label'   => __( 'Colour scheme', 'just-a-plant' ),
			'choices' => array(
				'light' => __( 'Light', 'just-a-plant' ),
				'dark'  => __( 'Dark', 'just-a-plant' ),
				'auto'  => __( 'The visitor\'s own', 'just-a-plant' ),
			),
		),
		'accent'       => array(
			'label' => __( 'Accent colour', 'just-a-plant' ),
			'hint'  => __( 'Like #0b5c8a: dark enough for text on white (contrast 4.5:1).', 'just-a-plant' ),
			'check' => 'just_a_plant_check_accent',
		),
		'font'         => array(
			'label' => __( 'Font', 'just-a-plant' ),
			'hint'  => __( 'Font family names, as in CSS.', 'just-a-plant' ),
			'check' => 'just_a_plant_check_font',
		),
		'radius'       => array(
			'label' => __( 'Corner radius', 'just-a-plant' ),
			'hint'  => __( 'A length like 8px or 0.5em.', 'just-a-plant' ),
			'check' => 'just_a_plant_check_radius',
		),
		'help_name'    => array(
			'label' => __( 'Your help contact: name', 'just-a-plant' ),
			'hint'  => __( 'Shown with a phone number or an address (or both).', 'just-a-plant' ),
			'check' => just_a_plant_check_length( 80 ),
		),
		'help_phone'   => array(
			'label' => __( 'Phone number, as people read it', 'just-a-plant' ),
			'check' => just_a_plant_check_length( 40 ),
		),
		'help_tel'     => array(
			'label' => __( 'Phone number to dial', 'just-a-plant' ),
			'hint'  => __( '+ and digits, like +15555550100.', 'just-a-plant' ),
			'check' => 'just_a_plant_check_tel',
		),
		'help_url'     => array(
			'label' => __( 'Web address', 'just-a-plant' ),
			'hint'  => __( 'An https:// address.', 'just-a-plant' ),
			'check' => 'just_a_plant_check_url',
		),
		'help_mode'    => array(
			'label'   => __( 'Your contact and the national helpline', 'just-a-plant' ),
			'choices' => array(
				'add'     => __( 'Show both', 'just-a-plant' ),
				'replace' => __( 'Show only yours', 'just-a-plant' ),
			),
		),
		'kiosk'        => array(
			'label' => __( 'Kiosk mode (lobby tablets: resets when idle)', 'just-a-plant' ),
			'kind'  => 'toggle',
		),
		'idle_seconds' => array(
			'label' => __( 'Kiosk idle time, in seconds', 'just-a-plant' ),
			'hint'  => __( 'A whole number from 10 to 3600.', 'just-a-plant' ),
			'check' => 'just_a_plant_check_idle_seconds',
		),
	);
}

/**
 * A value checked against its option's rule.
 *
 * @param string $key   An option's key.
 * @param mixed  $value What the author, the block or the settings gave.
 * @return string|null The value as the widget should get it, or null to leave it out.
 */
function just_a_plant_clean( $key, $value ) {
	$options = just_a_plant_options();
	if ( ! isset( $options[ $key ] ) || ! is_scalar( $value ) ) {
		return null;
	}
	$option = $options[ $key ];
	if ( isset( $option['kind'] ) && 'toggle' === $option['kind'] ) {
		return in_array( $value, array( true, 1, '1', 'true', 'yes', 'on' ), true ) ? 'true' : null;
	}
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return null;
	}
	if ( isset( $option['choices'] ) ) {
		return array_key_exists( $value, $option['choices'] ) ? $value : null;
	}
	return call_user_func( $option['check'], $value ) ? $value : null;
}

/**
 * The options a widget gets: the center's defaults where the shortcode or block says nothing,
 * each checked. The help contact goes as a whole: a widget that names any part of one gets
 * none of the defaults'. A name without a number to dial or an address is left out (the widget
 * would show only the national helpline).
 *
 * @param array $given The shortcode's or block's attributes.
 * @return array Option key => checked value, only the options that have one.
 */
function just_a_plant_settle( array $given ) {
	$defaults = (array) get_option( JUST_A_PLANT_OPTION, array() );
	$own_help = false;
	foreach ( $given as $key => $value ) {
		$own_help = $own_help || ( 0 === strpos( (string) $key, 'help_' ) && '' !== $value && null !== $value );
	}
	$settled = array();
	foreach ( array_keys( just_a_plant_options() ) as $key ) {
		$value = $given[ $key ] ?? '';
		if ( ( '' === $value || null === $value || false === $value ) && ! ( $own_help && 0 === strpos( $key, 'help_' ) ) ) {
			$value = $defaults[ $key ] ?? '';
		}
		$clean = just_a_plant_clean( $key, $value );
		if ( null !== $clean ) {
			$settled[ $key ] = $clean;
		}
	}
	if ( ! isset( $settled['help_name'] ) || ! ( isset( $settled['help_tel'] ) || isset( $settled['help_url'] ) ) ) {
		unset( $settled['help_name'], $settled['help_phone'], $settled['help_tel'], $settled['help_url'], $settled['help_mode'] );
	}
	return $settled;
}

/**
 * A check that a value is at most `$most` characters long.
 *
 * @param int $most The most characters.
 * @return callable The check.
 */
function just_a_plant_check_length( $most ) {
	return function ( $value ) use ( $most ) {
		return mb_strlen( $value, 'UTF-8' ) <= $most;
	};
}

/**
 * Whether a place is one the widget can open at: the quiz, or a step of the explainer.
 *
 * @param string $value The place.
 * @return bool
 */
function just_a_plant_check_start( $value ) {
	$steps = count( just_a_plant_locale( null )['steps'] ?? array() );
	if ( 'quiz' === $value || 'explainer' === $value ) {
		return true;
	}
	return 1 === preg_match( '/^explainer\/([1-9][0-9]{0,2})$/', $value, $step ) && (int) $step[1] <= $steps;
}

/**
 * Whether a colour is `#rgb` or `#rrggbb` and reads on white at 4.5:1 or more (WCAG AA).
 *
 * @param string $value The colour.
 * @return bool
 */
function just_a_plant_check_accent( $value ) {
	if ( ! preg_match( '/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/', $value, $hex ) ) {
		return false;
	}
	$digits = 3 === strlen( $hex[1] ) ? preg_replace( '/(.)/', '$1$1', $hex[1] ) : $hex[1];
	$weights   = array( 0.2126, 0.7152, 0.0722 );
	$luminance = 0.0;
	foreach ( $weights as $i => $weight ) {
		$channel    = hexdec( substr( $digits, 2 * $i, 2 ) ) / 255;
		$linear     = $channel <= 0.04045 ? $channel / 12.92 : pow( ( $channel + 0.055 ) / 1.055, 2.4 );
		$luminance += $weight * $linear;
	}
	return 1.05 / ( $luminance + 0.05 ) >= 4.5;
}

/**
 * Whether a font is family names: letters, digits, spaces, commas, quotes and hyphens.
 *
 * @param string $value The font.
 * @return bool
 */
function just_a_plant_check_font( $value ) {
	return strlen( $value ) <= 100 && 1 === preg_match( '/^[A-Za-z0-9 ,\'"-]+$/', $value );
}

/**
 * Whether a radius is a length: up to 64 px, em or rem (at most three decimals), or 0.
 *
 * @param string $value The radius.
 * @return bool
 */
function just_a_plant_check_radius( $value ) {
	return '0' === $value || ( 1 === preg_match( '/^([0-9]{1,3})(\.[0-9]{1,3})?(px|em|rem)$/', $value, $length ) && (int) $length[1] <= 64 );
}

/**
 * Whether a number to dial is + and 3 to 15 digits.
 *
 * @param string $value The number.
 * @return bool
 */
function just_a_plant_check_tel( $value ) {
	return 1 === preg_match( '/^\+[0-9]{3,15}$/', $value );
}

/**
 * Whether an address is https://, up to 300 characters, with no quote, angle bracket,
 * backquote, backslash, space or control character.
 *
 * @param string $value The address.
 * @return bool
 */
function just_a_plant_check_url( $value ) {
	return strlen( $value ) <= 300 && 1 === preg_match( '/^https:\/\/[!#-&(-;=?-\[\]-_a-~]+$/', $value );
}

/**
 * Whether a kiosk idle time is a whole number of seconds from 10 to 3600.
 *
 * @param string $value The time.
 * @return bool
 */
function just_a_plant_check_idle_seconds( $value ) {
	return 1 === preg_match( '/^[0-9]{1,4}$/', $value ) && (int) $value >= 10 && (int) $value <= 3600;
}
