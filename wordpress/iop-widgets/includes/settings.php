<?php
/**
 * Settings, IOP widgets: the clinic's details, set once, that every block and shortcode starts
 * from. One option (an array) through the Settings API; sanitized on save, escaped on output.
 *
 * @package iop-widgets
 */

defined( 'ABSPATH' ) || exit;

const IOP_WIDGETS_OPTION = 'iop_widgets_settings';

/** Colors the widgets' presets draw the brand color against (src/core/styles.ts). */
const IOP_WIDGETS_SURFACES = array(
	'light' => array( '#ffffff' ),
	'dark'  => array( '#15191e', '#0c2226' ),
);

/** @return array<string, string> */
function iop_widgets_default_settings(): array {
	return array(
		'clinic_name'      => '',
		'phone'            => '',
		'cta_href'         => '',
		'cta_label'        => '',
		'quick_exit_url'   => '',
		'language'         => 'page',
		'color_light'      => '',
		'color_dark'       => '',
		'crisis_resources' => '',
	);
}

/** @return array<string, string> the saved settings, every key present. */
function iop_widgets_settings(): array {
	$saved = get_option( IOP_WIDGETS_OPTION, array() );
	$all   = iop_widgets_default_settings();
	foreach ( $all as $key => $default ) {
		if ( is_array( $saved ) && isset( $saved[ $key ] ) && is_string( $saved[ $key ] ) ) {
			$all[ $key ] = $saved[ $key ];
		}
	}
	return $all;
}

add_action( 'admin_init', 'iop_widgets_register_settings' );
add_action( 'admin_menu', 'iop_widgets_add_settings_page' );
add_action( 'admin_init', 'iop_widgets_privacy_policy' );
add_filter( 'plugin_action_links_' . plugin_basename( IOP_WIDGETS_FILE ), 'iop_widgets_action_links' );

function iop_widgets_register_settings(): void {
	register_setting(
		'iop_widgets',
		IOP_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'iop_widgets_sanitize_settings',
			'default'           => iop_widgets_default_settings(),
			'show_in_rest'      => false,
		)
	);

	add_settings_section( 'iop_widgets_clinic', __( 'Your clinic', 'iop-widgets' ), '__return_false', 'iop-widgets' );
	add_settings_section( 'iop_widgets_look', __( 'Language and colors', 'iop-widgets' ), '__return_false', 'iop-widgets' );
	add_settings_section(
		'iop_widgets_crisis',
		__( 'Crisis resources', 'iop-widgets' ),
		static function () {
			echo '<p>' . esc_html__( 'Leave empty in the US: the widgets show 988, Crisis Text Line and 911. Elsewhere, list your country’s lines as JSON; only tel:, sms: and https: links are kept.', 'iop-widgets' ) . '</p>';
		},
		'iop-widgets'
	);

	$fields = array(
		'clinic_name'      => array( __( 'Clinic name', 'iop-widgets' ), 'iop_widgets_clinic', 'text', '' ),
		'phone'            => array( __( 'Phone', 'iop-widgets' ), 'iop_widgets_clinic', 'tel', __( 'Shown on the self-check result as a call link.', 'iop-widgets' ) ),
		'cta_href'         => array( __( 'Intake link', 'iop-widgets' ), 'iop_widgets_clinic', 'text', __( 'Where “Talk with our intake team” goes: a page of this site, https:, tel: or mailto:.', 'iop-widgets' ) ),
		'cta_label'        => array( __( 'Intake link text', 'iop-widgets' ), 'iop_widgets_clinic', 'text', __( 'Empty: “Talk with our intake team”.', 'iop-widgets' ) ),
		'quick_exit_url'   => array( __( 'Quick exit page', 'iop-widgets' ), 'iop_widgets_clinic', 'url', __( 'Adds “Exit this page” to the self-check, which opens this https: page. Off when empty.', 'iop-widgets' ) ),
		'language'         => array( __( 'Language', 'iop-widgets' ), 'iop_widgets_look', 'language', '' ),
		'color_light'      => array( __( 'Brand color, light', 'iop-widgets' ), 'iop_widgets_look', 'color', __( 'Links and buttons on a white background, e.g. #135d66.', 'iop-widgets' ) ),
		'color_dark'       => array( __( 'Brand color, dark', 'iop-widgets' ), 'iop_widgets_look', 'color', __( 'Links and buttons in the dark theme, on a near-black background, e.g. #8fd3dc.', 'iop-widgets' ) ),
		'crisis_resources' => array( __( 'Crisis resources (JSON)', 'iop-widgets' ), 'iop_widgets_crisis', 'json', '[{"name": "Samaritans", "description": "…", "actions": [{"label": "Call 116 123", "href": "tel:116123"}]}]' ),
	);
	foreach ( $fields as $key => [ $label, $section, $kind, $help ] ) {
		add_settings_field(
			"iop_widgets_{$key}",
			$label,
			'iop_widgets_render_field',
			'iop-widgets',
			$section,
			array(
				'label_for' => "iop_widgets_{$key}",
				'key'       => $key,
				'kind'      => $kind,
				'help'      => $help,
			)
		);
	}
}

function iop_widgets_add_settings_page(): void {
	add_options_page(
		__( 'IOP widgets', 'iop-widgets' ),
		__( 'IOP widgets', 'iop-widgets' ),
		'manage_options',
		'iop-widgets',
		'iop_widgets_render_settings_page'
	);
}

function iop_widgets_action_links( array $links ): array {
	$url = admin_url( 'options-general.php?page=iop-widgets' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'iop-widgets' ) . '</a>' );
	return $links;
}

function iop_widgets_render_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( 'Set your clinic’s details once: every IOP block and shortcode starts from them, and each block can still change them.', 'iop-widgets' ) . '</p>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'iop_widgets' );
	do_settings_sections( 'iop-widgets' );
	submit_button();
	echo '</form></div>';
}

/** @param array{key: string, kind: string, help: string, label_for: string} $args */
function iop_widgets_render_field( array $args ): void {
	$settings = iop_widgets_settings();
	$key      = $args['key'];
	$id       = $args['label_for'];
	$name     = IOP_WIDGETS_OPTION . "[{$key}]";
	$value    = $settings[ $key ];
	$help_id  = "{$id}_help";

	switch ( $args['kind'] ) {
		case 'language':
			$choices = array(
				'page' => __( 'Follow the page (the site’s language)', 'iop-widgets' ),
				'en'   => __( 'English', 'iop-widgets' ),
				'es'   => __( 'Spanish', 'iop-widgets' ),
			);
			echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '">';
			foreach ( $choices as $choice => $label ) {
				echo '<option value="' . esc_attr( $choice ) . '"' . selected( $value, $choice, false ) . '>' . esc_html( $label ) . '</option>';
			}
			echo '</select>';
			break;
		case 'json':
			echo '<textarea id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" rows="6" class="large-text code" aria-describedby="' . esc_attr( $help_id ) . '">' . esc_textarea( $value ) . '</textarea>';
			echo '<p class="description" id="' . esc_attr( $help_id ) . '">' . esc_html__( 'Example:', 'iop-widgets' ) . ' ' . esc_html( $args['help'] ) . '</p>';
			return;
		case 'color':
			echo '<input type="text" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="' . esc_attr( $value ) . '" class="regular-text code" pattern="#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?" aria-describedby="' . esc_attr( $help_id ) . '">';
			$which = 'color_dark' === $key ? 'dark' : 'light';
			$ratio = '' === $value ? null : iop_widgets_lowest_contrast( $value, IOP_WIDGETS_SURFACES[ $which ] );
			if ( null !== $ratio && $ratio < 4.5 ) {
				printf(
					'<div class="notice notice-warning inline iop-widgets-contrast"><p>%s</p></div>',
					esc_html(
						sprintf(
							/* translators: %s: a contrast ratio such as 3.2 */
							__( 'Low contrast: %s:1 against the widget’s background, below the 4.5:1 that WCAG asks for text. Some visitors will not be able to read links and buttons in this color.', 'iop-widgets' ),
							number_format_i18n( $ratio, 1 )
						)
					)
				);
			}
			break;
		default:
			$type = in_array( $args['kind'], array( 'tel', 'url' ), true ) ? $args['kind'] : 'text';
			echo '<input type="' . esc_attr( $type ) . '" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="' . esc_attr( $value ) . '" class="regular-text"' . ( '' === $args['help'] ? '' : ' aria-describedby="' . esc_attr( $help_id ) . '"' ) . '>';
	}
	if ( '' !== $args['help'] ) {
		echo '<p class="description" id="' . esc_attr( $help_id ) . '">' . esc_html( $args['help'] ) . '</p>';
	}
}

/**
 * Keeps only what the widgets can use; a value that cannot be used is dropped with a message
 * (the previous crisis resources stay, so a typo never removes a clinic's crisis lines).
 *
 * @param mixed $input What the form posted.
 * @return array<string, string>
 */
function iop_widgets_sanitize_settings( $input ): array {
	// options.php has already unslashed the form.
	$input = is_array( $input ) ? $input : array();
	$text  = static fn( string $key ): string => isset( $input[ $key ] ) && is_scalar( $input[ $key ] ) ? (string) $input[ $key ] : '';
	$clean = iop_widgets_default_settings();

	foreach ( array( 'clinic_name', 'phone', 'cta_label' ) as $key ) {
		$clean[ $key ] = sanitize_text_field( $text( $key ) );
	}

	$links = array(
		'cta_href'       => array( 'http', 'https', 'tel', 'mailto' ),
		'quick_exit_url' => array( 'http', 'https' ),
	);
	foreach ( $links as $key => $protocols ) {
		$raw = trim( $text( $key ) );
		$url = '' === $raw ? '' : esc_url_raw( $raw, $protocols );
		if ( '' !== $raw && ( '' === $url || ( 'quick_exit_url' === $key && ! preg_match( '#^https?://#i', $url ) ) ) ) {
			$url = '';
			add_settings_error( IOP_WIDGETS_OPTION, "iop_widgets_{$key}", __( 'A link was left out: only links to a page, https:, tel: or mailto: are kept (the quick exit page must start with https:).', 'iop-widgets' ) );
		}
		$clean[ $key ] = $url;
	}

	$language          = $text( 'language' );
	$clean['language'] = in_array( $language, array( 'page', 'en', 'es' ), true ) ? $language : 'page';

	foreach ( array( 'color_light', 'color_dark' ) as $key ) {
		$raw           = trim( $text( $key ) );
		$clean[ $key ] = (string) sanitize_hex_color( $raw );
		if ( '' !== $raw && '' === $clean[ $key ] ) {
			add_settings_error( IOP_WIDGETS_OPTION, "iop_widgets_{$key}", __( 'A color was left out: write it as #rrggbb.', 'iop-widgets' ) );
		}
	}

	$raw = trim( $text( 'crisis_resources' ) );
	if ( '' !== $raw ) {
		$resources = iop_widgets_clean_resources( $raw );
		if ( null === $resources ) {
			add_settings_error( IOP_WIDGETS_OPTION, 'iop_widgets_crisis_resources', __( 'The crisis resources were not saved: they must be a JSON list of resources, each with a name and at least one tel:, sms: or https: link. The previous ones are kept.', 'iop-widgets' ) );
			$resources = iop_widgets_settings()['crisis_resources'];
		}
		$clean['crisis_resources'] = $resources;
	}
	return $clean;
}

/** The crisis resources JSON with only the fields and links the widgets use, or null. */
function iop_widgets_clean_resources( string $json ): ?string {
	$list = json_decode( $json, true );
	if ( ! is_array( $list ) || ! array_is_list( $list ) ) {
		return null;
	}
	$clean = array();
	foreach ( $list as $item ) {
		if ( ! is_array( $item ) || ! isset( $item['name'] ) || ! is_string( $item['name'] ) || ! is_array( $item['actions'] ?? null ) ) {
			continue;
		}
		$actions = array();
		foreach ( $item['actions'] as $action ) {
			$href = is_array( $action ) && is_string( $action['href'] ?? null ) ? trim( $action['href'] ) : '';
			if ( is_string( $action['label'] ?? null ) && preg_match( '#^(tel:|sms:|https://)\S#i', $href ) ) {
				$actions[] = array(
					'label' => sanitize_text_field( $action['label'] ),
					'href'  => esc_url_raw( $href, array( 'tel', 'sms', 'https' ) ),
				);
			}
		}
		$actions = array_values( array_filter( $actions, static fn( $a ) => '' !== $a['href'] && '' !== $a['label'] ) );
		if ( ! $actions ) {
			continue;
		}
		$resource = array( 'name' => sanitize_text_field( $item['name'] ) );
		foreach ( array( 'description', 'note' ) as $field ) {
			if ( is_string( $item[ $field ] ?? null ) ) {
				$resource[ $field ] = sanitize_text_field( $item[ $field ] );
			}
		}
		$resource['actions'] = $actions;
		$clean[]             = $resource;
	}
	return $clean ? (string) wp_json_encode( $clean, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) : null;
}

/** The lowest WCAG contrast ratio of a #rgb/#rrggbb color against the given colors. */
function iop_widgets_lowest_contrast( string $color, array $against ): ?float {
	$luminance = static function ( string $hex ): ?float {
		$hex = ltrim( $hex, '#' );
		if ( 3 === strlen( $hex ) ) {
			$hex = $hex[0] . $hex[0] . $hex[1] . $hex[1] . $hex[2] . $hex[2];
		}
		if ( ! preg_match( '/^[0-9a-f]{6}$/i', $hex ) ) {
			return null;
		}
		$channels = array_map(
			static function ( string $pair ): float {
				$c = hexdec( $pair ) / 255;
				return $c <= 0.04045 ? $c / 12.92 : ( ( $c + 0.055 ) / 1.055 ) ** 2.4;
			},
			str_split( $hex, 2 )
		);
		return 0.2126 * $channels[0] + 0.7152 * $channels[1] + 0.0722 * $channels[2];
	};
	$l = $luminance( $color );
	if ( null === $l ) {
		return null;
	}
	$lowest = INF;
	foreach ( $against as $other ) {
		$o      = (float) $luminance( $other );
		$lowest = min( $lowest, ( max( $l, $o ) + 0.05 ) / ( min( $l, $o ) + 0.05 ) );
	}
	return round( $lowest, 2 );
}

function iop_widgets_privacy_policy(): void {
	if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
		return;
	}
	$content = '<p class="privacy-policy-tutorial">' . esc_html__( 'IOP widgets stores nothing about visitors and adds no tracking, cookies or requests to other sites. You may not need to add anything to your policy for it.', 'iop-widgets' ) . '</p>'
		. '<p>' . esc_html__( 'The answers to the “Is an IOP right for me?” self-check stay in the visitor’s browser: they are never sent to this site or anyone else. If the “Keep progress on reload” option is on, the answers are kept in the browser tab’s session storage until the tab is closed.', 'iop-widgets' ) . '</p>';
	wp_add_privacy_policy_content( __( 'IOP widgets', 'iop-widgets' ), wp_kses_post( $content ) );
}
