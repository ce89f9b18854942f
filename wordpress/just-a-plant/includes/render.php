<?php
/**
 * The widget on a page: the element the embed script mounts a widget into (its options as
 * data- attributes, the static summary inside it), the script itself (once a page, however
 * many widgets), the shortcode and the block, both rendered by just_a_plant_render().
 *
 * @package JustAPlant
 */

defined( 'ABSPATH' ) || exit;

/** The embed script's handle. */
const JUST_A_PLANT_SCRIPT = 'just-a-plant';

/**
 * Registers the embed script, the shortcode and the block (block/block.json, its attributes
 * the options; server-rendered, so the editor's preview is what the page shows).
 */
function just_a_plant_register() {
	$script = plugin_dir_path( JUST_A_PLANT_FILE ) . 'widget/embed.js';
	wp_register_script(
		JUST_A_PLANT_SCRIPT,
		plugins_url( 'widget/embed.js', JUST_A_PLANT_FILE ),
		array(),
		file_exists( $script ) ? (string) filemtime( $script ) : null,
		true
	);
	add_shortcode( 'just_a_plant', 'just_a_plant_shortcode' );

	$attributes = array();
	$fields     = array();
	foreach ( just_a_plant_options() as $key => $option ) {
		$toggle             = isset( $option['kind'] ) && 'toggle' === $option['kind'];
		$attributes[ $key ] = array( 'type' => $toggle ? 'boolean' : 'string' );
		$fields[]           = array(
			'key'     => $key,
			'label'   => $option['label'],
			'hint'    => $option['hint'] ?? '',
			'kind'    => $toggle ? 'toggle' : ( isset( $option['choices'] ) ? 'choice' : 'text' ),
			'choices' => $option['choices'] ?? array(),
		);
	}
	register_block_type(
		plugin_dir_path( JUST_A_PLANT_FILE ) . 'block',
		array(
			'attributes'      => $attributes,
			'render_callback' => 'just_a_plant_render_block',
		)
	);
	// The editor's sidebar is made from the same options, and its preview started by the same
	// embed script (block/editor.js).
	$editor = array(
		'fields' => $fields,
		'embed'  => plugins_url( 'widget/embed.js', JUST_A_PLANT_FILE ),
	);
	wp_add_inline_script( 'just-a-plant-widget-editor-script', 'window.justAPlant = ' . wp_json_encode( $editor ) . ';', 'before' );
}

/**
 * The embed script's tag: a module (embed.js imports the widget), marked so that caching and
 * optimisation plugins (LiteSpeed, WP Rocket, Autoptimize, W3 Total Cache, Cloudflare Rocket
 * Loader, PageSpeed) leave it as it is: combined, deferred or rewritten, it would not start.
 *
 * @param string $tag    The tag WordPress wrote.
 * @param string $handle The script's handle.
 * @return string The tag.
 */
function just_a_plant_script_tag( $tag, $handle ) {
	if ( JUST_A_PLANT_SCRIPT !== $handle ) {
		return $tag;
	}
	$src = wp_scripts()->registered[ JUST_A_PLANT_SCRIPT ]->src;
	$ver = wp_scripts()->registered[ JUST_A_PLANT_SCRIPT ]->ver;
	return sprintf(
		'<script type="module" src="%s" id="just-a-plant-js" data-no-optimize="1" data-no-minify="1" data-no-defer="1" data-cfasync="false" data-pagespeed-no-defer nowprocket></script>' . "\n",
		esc_url( $ver ? add_query_arg( 'ver', $ver, $src ) : $src )
	);
}

/**
 * The widget element for `$given` options (the shortcode's or the block's): the checked
 * options as data- attributes, and inside it, in the widget's language, what shows until the
 * widget starts (and for good if it cannot): the center's own contact, the short version, the
 * note that this is not medical advice, the national helpline (unless the center's contact
 * replaces it) and the crisis line, every word from the build's content export. Enqueues the
 * embed script (WordPress prints it once).
 *
 * @param array  $given   The options given.
 * @param string $wrapper Extra attributes for the element (the block's class), already escaped.
 * @return string The element.
 */
function just_a_plant_render( array $given, $wrapper = '' ) {
	$settled = just_a_plant_settle( $given );
	$locale  = just_a_plant_locale( $settled['locale'] ?? null );
	wp_enqueue_script( JUST_A_PLANT_SCRIPT );

	$attributes = '';
	foreach ( $settled as $key => $value ) {
		$attributes .= sprintf( ' data-%s="%s"', esc_attr( str_replace( '_', '-', $key ) ), esc_attr( $value ) );
	}
	$summary = $locale ? just_a_plant_summary( $locale, $settled ) : '';
	return sprintf( '<div data-just-a-plant%s %s>%s</div>', $attributes, $wrapper, $summary );
}

/**
 * The static summary in `$locale` (see just_a_plant_render()).
 *
 * @param array $locale  The locale's content.
 * @param array $settled The checked options.
 * @return string The summary, escaped.
 */
function just_a_plant_summary( array $locale, array $settled ) {
	$ui     = $locale['ui'];
	$markup = $locale['markup'];
	// The content's markup, without its classes: they style the widget, not the host page.
	$plain = function ( $html ) {
		return wp_kses_post( preg_replace( '/ class="[^"]*"/', '', $html ) );
	};
	$own = '';
	if ( isset( $settled['help_name'] ) ) {
		$name = esc_html( $settled['help_name'] );
		if ( isset( $settled['help_url'] ) ) {
			$name = '<a href="' . esc_url( $settled['help_url'], array( 'https' ) ) . '">' . $name . '</a>';
		}
		if ( isset( $settled['help_tel'] ) ) {
			$name .= ': <a href="' . esc_url( 'tel:' . $settled['help_tel'], array( 'tel' ) ) . '">' . esc_html( $settled['help_phone'] ?? $settled['help_tel'] ) . '</a>';
		}
		$own = '<p>' . $name . '</p>';
	}
	$replaced = '' !== $own && 'replace' === ( $settled['help_mode'] ?? 'add' );
	return sprintf(
		'<div lang="%s">%s<p><strong>%s</strong> %s</p>%s%s%s</div>',
		esc_attr( $locale['code'] ),
		$own,
		esc_html( $ui['page_summary_question'] ),
		esc_html( $ui['page_summary'] ),
		$plain( $markup['note'] ),
		$replaced ? '' : $plain( $markup['help_national'] ),
		$plain( $markup['crisis_line'] )
	);
}

/**
 * The `[just_a_plant]` shortcode: its attributes are the options (`sections="quiz"`,
 * `help_name="…"`, `kiosk="true"`…).
 *
 * @param array|string $attributes The shortcode's attributes ('' when it has none).
 * @return string The widget element.
 */
function just_a_plant_shortcode( $attributes ) {
	$known = array_fill_keys( array_keys( just_a_plant_options() ), '' );
	return just_a_plant_render( shortcode_atts( $known, (array) $attributes, 'just_a_plant' ) );
}

/**
 * The block, rendered on the server (on the page, and as the editor's preview).
 *
 * @param array $attributes The block's attributes.
 * @return string The widget element.
 */
function just_a_plant_render_block( $attributes ) {
	return just_a_plant_render( (array) $attributes, get_block_wrapper_attributes() );
}
