/**
 * The IOP blocks in the editor, in plain JavaScript on WordPress's own globals (no build step).
 * Each block's attributes come from its block.json (registered on the server); this draws a
 * sidebar control for each and previews the real element, which the editor page loads as a module.
 * The page itself is rendered on the server (includes/blocks.php), so `save` returns nothing.
 */
( function ( wp, data ) {
	'use strict';
	if ( ! wp || ! data ) {
		return;
	}
	var h = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var components = wp.components;
	// JSON values get a larger box.
	var LONG = [ 'content', 'resources', 'crisis-resources', 'articles' ];

	function kebab( key ) {
		return key.replace( /[A-Z]/g, function ( c ) {
			return '-' + c.toLowerCase();
		} );
	}

	function control( key, schema, value, fallback, set ) {
		var name = kebab( key );
		var label = data.labels[ name ];
		var common = {
			key: key,
			label: label.label,
			help: label.help,
			__nextHasNoMarginBottom: true,
		};
		if ( schema.type === 'boolean' ) {
			return h( components.ToggleControl, Object.assign( common, {
				checked: !! value,
				onChange: function ( checked ) {
					set( key, checked || undefined );
				},
			} ) );
		}
		if ( schema.enum ) {
			return h( components.SelectControl, Object.assign( common, {
				value: value || '',
				options: [ '' ].concat( schema.enum ).map( function ( choice ) {
					return { value: choice, label: data.choices[ choice ] || choice };
				} ),
				onChange: function ( choice ) {
					set( key, choice || undefined );
				},
			} ) );
		}
		var Text = LONG.indexOf( name ) >= 0 ? components.TextareaControl : components.TextControl;
		return h( Text, Object.assign( common, {
			value: value || '',
			placeholder: fallback || '',
			onChange: function ( text ) {
				set( key, text === '' ? undefined : text );
			},
		} ) );
	}

	/** The element's attributes: the block's, else the settings page's. */
	function elementProps( name, widget, attributes, schemas ) {
		var props = {};
		if ( data.language === 'en' || data.language === 'es' ) {
			props.lang = data.language;
		}
		Object.keys( schemas ).forEach( function ( key ) {
			var attr = kebab( key );
			var value = attributes[ key ];
			if ( value === undefined || value === '' ) {
				value = widget.defaults[ attr ];
			}
			if ( value === true ) {
				props[ attr ] = '';
			} else if ( typeof value === 'string' && value !== '' ) {
				props[ attr ] = value;
			}
		} );
		if ( widget.tag === 'iop-article-cards' && ! props.articles && ! props.src ) {
			props.src = data.feed;
		}
		return props;
	}

	Object.keys( data.widgets ).forEach( function ( name ) {
		var widget = data.widgets[ name ];
		wp.blocks.registerBlockType( name, {
			edit: function ( props ) {
				var all = wp.blocks.getBlockType( name ).attributes;
				var schemas = {};
				Object.keys( all ).forEach( function ( key ) {
					if ( data.labels[ kebab( key ) ] ) {
						schemas[ key ] = all[ key ];
					}
				} );
				var set = function ( key, value ) {
					var change = {};
					change[ key ] = value;
					props.setAttributes( change );
				};
				var controls = Object.keys( schemas ).map( function ( key ) {
					return control( key, schemas[ key ], props.attributes[ key ], widget.defaults[ kebab( key ) ], set );
				} );
				return h(
					Fragment,
					null,
					h(
						InspectorControls,
						null,
						h( components.PanelBody, { title: wp.blocks.getBlockType( name ).title },
							Object.keys( widget.defaults ).length ? h( 'p', null, data.notes.settings ) : null,
							controls
						)
					),
					h( 'div', useBlockProps(), h( widget.tag, elementProps( name, widget, props.attributes, schemas ) ) )
				);
			},
			save: function () {
				return null;
			},
		} );
	} );
}( window.wp, window.iopWidgetsEditor ) );
