/**
 * The "Just a Plant?" block in the editor: its options in the sidebar, made from the plugin's
 * own list (window.justAPlant.fields, written by includes/render.php), and as its preview the
 * page's own rendering (ServerSideRender), in which the same embed script the page uses starts
 * the widget itself. No build step: plain wp.element.createElement.
 *
 * @package JustAPlant
 */
( function ( wp, settings ) {
	'use strict';

	const el = wp.element.createElement;
	const __ = wp.i18n.__;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;

	/**
	 * The control for one option: a toggle, a choice (with "Default": the center's setting, else
	 * the widget's), or a text field.
	 *
	 * @param {Object}   field         The option: key, label, hint, kind, choices.
	 * @param {Object}   attributes    The block's attributes.
	 * @param {Function} setAttributes Sets them.
	 * @return {Object} The control.
	 */
	function control( field, attributes, setAttributes ) {
		const value = attributes[ field.key ];
		const common = {
			key: field.key,
			label: field.label,
			help: field.hint,
			onChange: ( next ) => setAttributes( { [ field.key ]: next } ),
		};
		if ( field.kind === 'toggle' ) {
			return el( ToggleControl, Object.assign( common, { checked: !! value } ) );
		}
		if ( field.kind === 'choice' ) {
			const options = [ { value: '', label: __( 'Default', 'just-a-plant' ) } ].concat(
				Object.keys( field.choices ).map( ( choice ) => ( { value: choice, label: field.choices[ choice ] } ) )
			);
			return el( SelectControl, Object.assign( common, { value: value || '', options } ) );
		}
		return el( TextControl, Object.assign( common, { value: value || '' } ) );
	}

	wp.blocks.registerBlockType( 'just-a-plant/widget', {
		edit( { attributes, setAttributes } ) {
			return el(
				'div',
				useBlockProps(),
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: __( 'Widget options', 'just-a-plant' ) },
						settings.fields.map( ( field ) => control( field, attributes, setAttributes ) )
					)
				),
				el( wp.serverSideRender, { block: 'just-a-plant/widget', attributes } )
			);
		},
		save: () => null,
	} );

	// Each preview the editor shows (a new one after every change) gets the live widget, started
	// by the embed script as on the page.
	let embed = null;
	const started = new window.WeakSet();
	new window.MutationObserver( () => {
		const hosts = [ ...document.querySelectorAll( '.wp-block-just-a-plant-widget[data-just-a-plant]' ) ].filter(
			( host ) => ! started.has( host ) && ! host.shadowRoot
		);
		if ( hosts.length ) {
			hosts.forEach( ( host ) => started.add( host ) );
			embed = embed || import( settings.embed );
			embed.then( ( { mount } ) => hosts.forEach( ( host ) => host.shadowRoot || mount( host ) ) );
		}
	} ).observe( document.documentElement, { childList: true, subtree: true } );
} )( window.wp, window.justAPlant );
