<?php
/**
 * The four widgets: their element, script file, shortcode, which attributes take their default
 * from the settings page, and which are links. Their attributes themselves are read from each
 * block's block.json, the one list blocks and shortcodes share (checked against the elements'
 * custom-elements.json by scripts/check/wordpress.mjs).
 *
 * @package iop-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * @return array<string, array{tag: string, file: string, shortcode: string, settings: array<string, string>, urls: array<string, string[]>, includes: string[]}>
 */
function iop_widgets_widgets(): array {
	$web = array( 'http', 'https' );
	$cta = array( 'http', 'https', 'tel', 'mailto' );
	return array(
		'benefits'      => array(
			'tag'       => 'iop-benefits',
			'file'      => 'iop-benefits.js',
			'shortcode' => 'iop_benefits',
			'settings'  => array(
				'cta-label' => 'cta_label',
				'cta-href'  => 'cta_href',
			),
			'urls'      => array( 'cta-href' => $cta ),
			'includes'  => array(),
		),
		'self-check'    => array(
			'tag'       => 'iop-self-check',
			'file'      => 'iop-self-check.js',
			'shortcode' => 'iop_self_check',
			'settings'  => array(
				'clinic-name'      => 'clinic_name',
				'phone'            => 'phone',
				'cta-href'         => 'cta_href',
				'cta-label'        => 'cta_label',
				'quick-exit-url'   => 'quick_exit_url',
				'crisis-resources' => 'crisis_resources',
			),
			'urls'      => array(
				'cta-href'       => $cta,
				'quick-exit-url' => $web,
			),
			// Its file registers <iop-crisis-help> too.
			'includes'  => array( 'crisis-help' ),
		),
		'crisis-help'   => array(
			'tag'       => 'iop-crisis-help',
			'file'      => 'iop-crisis-help.js',
			'shortcode' => 'iop_crisis_help',
			'settings'  => array( 'resources' => 'crisis_resources' ),
			'urls'      => array(),
			'includes'  => array(),
		),
		'article-cards' => array(
			'tag'       => 'iop-article-cards',
			'file'      => 'iop-article-cards.js',
			'shortcode' => 'iop_article_cards',
			'settings'  => array(),
			'urls'      => array( 'src' => $web ),
			'includes'  => array(),
		),
	);
}

/**
 * A block's attributes from its block.json, keyed by the element's attribute name.
 *
 * @return array<string, array{key: string, type: string, enum?: string[]}>
 */
function iop_widgets_attributes( string $widget ): array {
	static $cache = array();
	if ( ! isset( $cache[ $widget ] ) ) {
		$json       = wp_json_file_decode( IOP_WIDGETS_DIR . "/blocks/{$widget}/block.json", array( 'associative' => true ) );
		$attributes = array();
		foreach ( (array) ( $json['attributes'] ?? array() ) as $key => $schema ) {
			$attributes[ iop_widgets_kebab( $key ) ] = array( 'key' => $key ) + $schema;
		}
		$cache[ $widget ] = $attributes;
	}
	return $cache[ $widget ];
}

/** clinicName -> clinic-name: block attributes are camelCase, the element's are kebab-case. */
function iop_widgets_kebab( string $key ): string {
	return strtolower( (string) preg_replace( '/[A-Z]/', '-$0', $key ) );
}
