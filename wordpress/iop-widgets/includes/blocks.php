<?php
/**
 * The four blocks, registered from their block.json, rendered on the server by the same code as
 * the shortcodes. The editor script (blocks/editor.js, plain JavaScript on WordPress's globals, no
 * build step) draws a sidebar control per attribute and previews the real element.
 *
 * @package iop-widgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'iop_widgets_register_blocks', 20 );
add_action( 'enqueue_block_editor_assets', 'iop_widgets_editor_assets' );

function iop_widgets_register_blocks(): void {
	wp_register_script(
		'iop-widgets-editor',
		plugins_url( 'blocks/editor.js', IOP_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components' ),
		IOP_WIDGETS_VERSION,
		true
	);
	foreach ( array_keys( iop_widgets_widgets() ) as $widget ) {
		register_block_type(
			IOP_WIDGETS_DIR . "/blocks/{$widget}",
			array(
				'render_callback' => static function ( array $attributes ) use ( $widget ): string {
					$given = array();
					foreach ( iop_widgets_attributes( $widget ) as $name => $schema ) {
						$given[ $name ] = $attributes[ $schema['key'] ] ?? null;
					}
					return iop_widgets_element( $widget, $given, get_block_wrapper_attributes() );
				},
			)
		);
	}
}

/** What the editor needs: labels in the site's language, the settings as defaults, the tags. */
function iop_widgets_editor_assets(): void {
	$settings = iop_widgets_settings();
	$widgets  = array();
	foreach ( iop_widgets_widgets() as $widget => $definition ) {
		$defaults = array();
		foreach ( $definition['settings'] as $name => $key ) {
			$defaults[ $name ] = $settings[ $key ];
		}
		$widgets[ "iop-widgets/{$widget}" ] = array(
			'tag'      => $definition['tag'],
			'defaults' => $defaults,
		);
	}
	$data = array(
		'widgets'  => $widgets,
		'labels'   => iop_widgets_labels(),
		'choices'  => iop_widgets_choice_labels(),
		'language' => $settings['language'],
		// The preview reads the site's posts from its own feed; the page itself gets them from
		// the server (render.php), with no request.
		'feed'     => get_feed_link( 'rss2' ),
		'notes'    => array(
			'settings' => __( 'Empty fields use Settings, IOP widgets.', 'iop-widgets' ),
		),
	);
	wp_add_inline_script( 'iop-widgets-editor', 'window.iopWidgetsEditor = ' . wp_json_encode( $data ) . ';', 'before' );
	wp_enqueue_script( iop_widgets_script_handle( 'iop-widgets.js' ) );
	wp_enqueue_style( 'iop-widgets' );
}
