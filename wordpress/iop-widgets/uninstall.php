<?php
/**
 * Deleting the plugin removes its one option (on every site of a network); it stores nothing else.
 *
 * @package iop-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $site_id ) {
		switch_to_blog( $site_id );
		delete_option( 'iop_widgets_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'iop_widgets_settings' );
}
