<?php
/**
 * The block editor script's dependencies (block/editor.js needs no build step).
 *
 * @package JustAPlant
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
	'version'      => '1.0.0',
);
