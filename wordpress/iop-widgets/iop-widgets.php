<?php
/**
 * Plugin Name:       IOP widgets
 * Plugin URI:        https://github.com/iop-widgets/iop-widgets
 * Description:       Blocks and shortcodes for mental-health clinics: an IOP explainer, a private "Is an IOP right for me?" self-check, crisis help and your posts as cards.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            iop-widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       iop-widgets
 * Domain Path:       /languages
 *
 * @package iop-widgets
 */

defined( 'ABSPATH' ) || exit;

const IOP_WIDGETS_VERSION = '0.1.0';
define( 'IOP_WIDGETS_FILE', __FILE__ );
define( 'IOP_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/widgets.php';
require_once __DIR__ . '/includes/labels.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/blocks.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'iop-widgets', false, dirname( plugin_basename( IOP_WIDGETS_FILE ) ) . '/languages' );
	},
	1
);
