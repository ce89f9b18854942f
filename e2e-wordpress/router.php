<?php
/**
 * The router for PHP's built-in server in the WordPress tests (e2e-wordpress/global-setup.js):
 * sends the plugin's widget files as the plugin's readme tells hosts to (with
 * `Access-Control-Allow-Origin: *`, for WordPress's sandboxed oEmbed frame, and their types),
 * leaves every other file to the server and runs WordPress for the rest.
 *
 * @package JustAPlant
 */

$just_a_plant_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
$just_a_plant_file = realpath( __DIR__ . $just_a_plant_path );
$just_a_plant_dir  = realpath( __DIR__ . '/wp-content/plugins/just-a-plant/widget' );

if ( $just_a_plant_file && $just_a_plant_dir && 0 === strpos( $just_a_plant_file . '/', $just_a_plant_dir . '/' ) ) {
	if ( is_dir( $just_a_plant_file ) ) {
		$just_a_plant_file .= '/index.html';
	}
	$just_a_plant_types = array(
		'html'        => 'text/html; charset=utf-8',
		'js'          => 'text/javascript',
		'wasm'        => 'application/wasm',
		'css'         => 'text/css',
		'json'        => 'application/json',
		'png'         => 'image/png',
		'webmanifest' => 'application/manifest+json',
		'txt'         => 'text/plain',
	);
	$just_a_plant_ext = pathinfo( $just_a_plant_file, PATHINFO_EXTENSION );
	if ( ! is_file( $just_a_plant_file ) || ! isset( $just_a_plant_types[ $just_a_plant_ext ] ) ) {
		http_response_code( 404 );
		return true;
	}
	header( 'Access-Control-Allow-Origin: *' );
	header( 'Content-Type: ' . $just_a_plant_types[ $just_a_plant_ext ] );
	header( 'Content-Length: ' . filesize( $just_a_plant_file ) );
	readfile( $just_a_plant_file );
	return true;
}

if ( '/' !== $just_a_plant_path && is_file( __DIR__ . $just_a_plant_path ) ) {
	return false;
}
if ( is_dir( __DIR__ . $just_a_plant_path ) && is_file( __DIR__ . rtrim( $just_a_plant_path, '/' ) . '/index.php' ) ) {
	return false;
}
require __DIR__ . '/index.php';
