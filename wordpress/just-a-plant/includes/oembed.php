<?php
/**
 * oEmbed: a pasted address of the widget's page (this plugin's widget/index.html, or the widget
 * on any site) embeds the widget in a frame. The widget's page names its provider document
 * (oembed.json) in its head, and that document's frame and link address the page, both relative
 * (the widget's folder works from any path); WordPress takes addresses in full, so these filters
 * resolve them against the pasted address. WordPress then frames the widget sandboxed, with
 * `#?secret=…`, which the widget leaves alone, and sizes the frame by the widget's messages.
 *
 * @package JustAPlant
 */

defined( 'ABSPATH' ) || exit;

/**
 * The provider document's address in full: a relative one (as the widget's page gives) is
 * resolved against the pasted address.
 *
 * @param string $provider The provider's address, as discovered.
 * @param string $url      The pasted address.
 * @return string The provider's address.
 */
function just_a_plant_oembed_provider_address( $provider, $url ) {
	return just_a_plant_is_relative( $provider ) ? WP_Http::make_absolute_url( $provider, $url ) : $provider;
}

/**
 * The embed's frame and link addresses in full: relative ones are resolved against the pasted
 * address (before WordPress sandboxes the frame, at priority 10).
 *
 * @param string|false $html The embed's HTML.
 * @param object       $data The provider's answer.
 * @param string       $url  The pasted address.
 * @return string|false The embed's HTML.
 */
function just_a_plant_oembed_addresses( $html, $data, $url ) {
	if ( ! is_string( $html ) ) {
		return $html;
	}
	return preg_replace_callback(
		'/ (src|href)="([^"]*)"/',
		function ( $attribute ) use ( $url ) {
			$address = html_entity_decode( $attribute[2], ENT_QUOTES );
			if ( ! just_a_plant_is_relative( $address ) ) {
				return $attribute[0];
			}
			return sprintf( ' %s="%s"', $attribute[1], esc_url( WP_Http::make_absolute_url( $address, $url ) ) );
		},
		$html
	);
}

/**
 * Whether an address is relative: no scheme, and not from the root of another host.
 *
 * @param string $address The address.
 * @return bool
 */
function just_a_plant_is_relative( $address ) {
	return '' !== $address && ! preg_match( '/^([a-z][a-z0-9+.-]*:|\/\/)/i', $address );
}
