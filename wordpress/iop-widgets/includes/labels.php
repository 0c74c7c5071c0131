<?php
/**
 * Labels of the block sidebar controls, one per element attribute, translated here so the editor
 * script needs no translation files of its own. Every attribute in custom-elements.json must have
 * one (scripts/check/wordpress.mjs).
 *
 * @package iop-widgets
 */

defined( 'ABSPATH' ) || exit;

/** @return array<string, array{label: string, help?: string}> keyed by element attribute. */
function iop_widgets_labels(): array {
	return array(
		'layout'           => array( 'label' => __( 'Layout', 'iop-widgets' ) ),
		'heading'          => array(
			'label' => __( 'Heading', 'iop-widgets' ),
			'help'  => __( 'Replaces the standard heading.', 'iop-widgets' ),
		),
		'heading-level'    => array(
			'label' => __( 'Heading level', 'iop-widgets' ),
			'help'  => __( '2 to 6, to fit the page outline.', 'iop-widgets' ),
		),
		'benefits'         => array(
			'label' => __( 'Benefits to show', 'iop-widgets' ),
			'help'  => __( 'Ids in order, e.g. structure evidence-based peer-support skills transitions family individualized. All when empty.', 'iop-widgets' ),
		),
		'open'             => array(
			'label' => __( 'Open at start', 'iop-widgets' ),
			'help'  => __( 'Benefit ids open at start (accordion).', 'iop-widgets' ),
		),
		'cta-label'        => array( 'label' => __( 'Button text', 'iop-widgets' ) ),
		'cta-href'         => array(
			'label' => __( 'Button link', 'iop-widgets' ),
			'help'  => __( 'https:, tel:, mailto: or a link on this site. Empty: the one from Settings, IOP widgets.', 'iop-widgets' ),
		),
		'content'          => array(
			'label' => __( 'Your own texts (JSON)', 'iop-widgets' ),
			'help'  => __( '{"heading": "…", "about": ["…"], "benefits": [{"id": "family", "title": "…", "body": "…"}]}', 'iop-widgets' ),
		),
		'theme'            => array( 'label' => __( 'Color theme', 'iop-widgets' ) ),
		'mode'             => array( 'label' => __( 'Questions', 'iop-widgets' ) ),
		'audience'         => array( 'label' => __( 'Who answers', 'iop-widgets' ) ),
		'clinic-name'      => array( 'label' => __( 'Clinic name', 'iop-widgets' ) ),
		'phone'            => array( 'label' => __( 'Phone', 'iop-widgets' ) ),
		'quick-exit-url'   => array(
			'label' => __( 'Quick exit page', 'iop-widgets' ),
			'help'  => __( 'An https: page the "Exit this page" button opens, e.g. a weather site. Off when empty.', 'iop-widgets' ),
		),
		'remember'         => array(
			'label' => __( 'Keep progress on reload', 'iop-widgets' ),
			'help'  => __( 'Stored in this browser tab only, until it is closed.', 'iop-widgets' ),
		),
		'crisis-resources' => array(
			'label' => __( 'Crisis resources (JSON)', 'iop-widgets' ),
			'help'  => __( 'For clinics outside the US. Empty: the ones from Settings, IOP widgets.', 'iop-widgets' ),
		),
		'compact'          => array( 'label' => __( 'One line', 'iop-widgets' ) ),
		'urgent'           => array(
			'label' => __( 'For someone in crisis now', 'iop-widgets' ),
			'help'  => __( 'Call and text links first, as large buttons.', 'iop-widgets' ),
		),
		'resources'        => array(
			'label' => __( 'Crisis resources (JSON)', 'iop-widgets' ),
			'help'  => __( 'For clinics outside the US. Empty: the ones from Settings, IOP widgets.', 'iop-widgets' ),
		),
		'articles'         => array(
			'label' => __( 'Articles (JSON)', 'iop-widgets' ),
			'help'  => __( 'Empty: your latest posts.', 'iop-widgets' ),
		),
		'src'              => array(
			'label' => __( 'Feed URL', 'iop-widgets' ),
			'help'  => __( 'A JSON Feed, RSS or Atom URL. Empty: your latest posts.', 'iop-widgets' ),
		),
		'limit'            => array( 'label' => __( 'How many cards', 'iop-widgets' ) ),
		'sort'             => array( 'label' => __( 'Order', 'iop-widgets' ) ),
		'tags'             => array(
			'label' => __( 'Topics selected at start', 'iop-widgets' ),
			'help'  => __( 'Comma-separated.', 'iop-widgets' ),
		),
		'show-more'        => array( 'label' => __( 'Show more button', 'iop-widgets' ) ),
		'timeout'          => array( 'label' => __( 'Feed timeout (seconds)', 'iop-widgets' ) ),
		'max-bytes'        => array(
			'label' => __( 'Largest feed (bytes)', 'iop-widgets' ),
			'help'  => __( 'A feed larger than this is not read. Default 1000000.', 'iop-widgets' ),
		),
	);
}

/** Names of the choices of the select controls. */
function iop_widgets_choice_labels(): array {
	return array(
		''              => __( 'Default', 'iop-widgets' ),
		'accordion'     => __( 'Accordion', 'iop-widgets' ),
		'grid'          => __( 'Grid', 'iop-widgets' ),
		'list'          => __( 'List', 'iop-widgets' ),
		'carousel'      => __( 'Carousel', 'iop-widgets' ),
		'light'         => __( 'Light', 'iop-widgets' ),
		'dark'          => __( 'Dark', 'iop-widgets' ),
		'auto'          => __( 'Follow the visitor’s system', 'iop-widgets' ),
		'high-contrast' => __( 'High contrast', 'iop-widgets' ),
		'brief'         => __( 'Brief, longer when needed', 'iop-widgets' ),
		'full'          => __( 'Full PHQ-9 and GAD-7', 'iop-widgets' ),
		'adult'         => __( 'Adult', 'iop-widgets' ),
		'youth'         => __( 'Young person (12-17)', 'iop-widgets' ),
		'parent'        => __( 'Parent or caregiver', 'iop-widgets' ),
		'newest'        => __( 'Newest first', 'iop-widgets' ),
		'oldest'        => __( 'Oldest first', 'iop-widgets' ),
		'given'         => __( 'As given', 'iop-widgets' ),
		/* translators: %d: a heading level, 2 to 6 (h2-h6). */
		'2'             => sprintf( __( 'Level %d', 'iop-widgets' ), 2 ),
		'3'             => sprintf( __( 'Level %d', 'iop-widgets' ), 3 ),
		'4'             => sprintf( __( 'Level %d', 'iop-widgets' ), 4 ),
		'5'             => sprintf( __( 'Level %d', 'iop-widgets' ), 5 ),
		'6'             => sprintf( __( 'Level %d', 'iop-widgets' ), 6 ),
	);
}
