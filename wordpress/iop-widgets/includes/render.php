<?php
/**
 * The elements as HTML, for blocks and shortcodes alike, and their scripts: enqueued only when a
 * widget is rendered, as module scripts served from the plugin.
 *
 * @package iop-widgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'iop_widgets_register_assets' );
add_action( 'init', 'iop_widgets_register_shortcodes' );
add_filter( 'script_loader_tag', 'iop_widgets_module_tag', 10, 2 );

/** Script handle of each file in assets/js, the one for every widget included. */
function iop_widgets_script_handle( string $file ): string {
	return 'iop-widgets-' . basename( $file, '.js' );
}

function iop_widgets_register_assets(): void {
	$files = array( 'iop-widgets.js' );
	foreach ( iop_widgets_widgets() as $widget ) {
		$files[] = $widget['file'];
	}
	foreach ( $files as $file ) {
		// In the footer: the module runs after the page is parsed anyway, and blocks render
		// after wp_head in classic themes.
		wp_register_script( iop_widgets_script_handle( $file ), plugins_url( "assets/js/{$file}", IOP_WIDGETS_FILE ), array(), IOP_WIDGETS_VERSION, true );
	}
	// Brand colors: a style with no file, printed only when a widget is.
	wp_register_style( 'iop-widgets', false, array(), IOP_WIDGETS_VERSION );
	$css = iop_widgets_color_css( iop_widgets_settings() );
	if ( '' !== $css ) {
		wp_add_inline_style( 'iop-widgets', $css );
	}
}

/** The widgets are ES modules: WordPress 6.1 prints classic script tags, so the type is changed here. */
function iop_widgets_module_tag( string $tag, string $handle ): string {
	if ( ! str_starts_with( $handle, 'iop-widgets-' ) || 'iop-widgets-editor' === $handle ) {
		return $tag;
	}
	$tag = (string) preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}

/**
 * The brand colors as custom properties on the widgets. The high-contrast preset keeps its own.
 *
 * @param array<string, string> $settings
 */
function iop_widgets_color_css( array $settings ): string {
	$tags  = implode( ',', array_map( static fn( $w ) => $w['tag'], iop_widgets_widgets() ) );
	$light = sanitize_hex_color( $settings['color_light'] );
	$dark  = sanitize_hex_color( $settings['color_dark'] );
	$css   = '';
	if ( $light ) {
		$css .= ":where({$tags}):not([theme=dark],[theme=high-contrast]){--iop-color-primary:{$light}}";
	}
	if ( $dark ) {
		$css .= ":where({$tags})[theme=dark]{--iop-color-primary:{$dark}}";
		$css .= "@media (prefers-color-scheme:dark){:where({$tags})[theme=auto]{--iop-color-primary:{$dark}}}";
	}
	return $css;
}

/** Remembers that a widget is on the page, so its script and the colors are printed. */
function iop_widgets_enqueue( string $widget ): void {
	static $shown = array();
	$widgets          = iop_widgets_widgets();
	$shown[ $widget ] = true;
	// One widget (with what its file includes): its own file. More: the file with all of them,
	// so Lit and the shared code load once.
	$file = 'iop-widgets.js';
	foreach ( array_keys( $shown ) as $candidate ) {
		if ( array() === array_diff( array_keys( $shown ), array( $candidate ), $widgets[ $candidate ]['includes'] ) ) {
			$file = $widgets[ $candidate ]['file'];
			break;
		}
	}
	foreach ( $widgets as $other ) {
		wp_dequeue_script( iop_widgets_script_handle( $other['file'] ) );
	}
	wp_dequeue_script( iop_widgets_script_handle( 'iop-widgets.js' ) );
	wp_enqueue_script( iop_widgets_script_handle( $file ) );
	wp_enqueue_style( 'iop-widgets' );
}

/**
 * Attribute values for the element: what the block or shortcode gives, else the settings.
 *
 * @param array<string, mixed> $given Keyed by element attribute name.
 * @return array<string, string|bool>
 */
function iop_widgets_values( string $widget, array $given ): array {
	$settings   = iop_widgets_settings();
	$definition = iop_widgets_widgets()[ $widget ];
	$values     = array();
	foreach ( iop_widgets_attributes( $widget ) as $name => $schema ) {
		$value = $given[ $name ] ?? null;
		if ( 'boolean' === $schema['type'] ) {
			$values[ $name ] = true === $value || ( is_string( $value ) && in_array( strtolower( trim( $value ) ), array( '1', 'true', 'yes', 'on' ), true ) );
			continue;
		}
		$value = is_scalar( $value ) ? trim( (string) $value ) : '';
		if ( '' === $value && isset( $definition['settings'][ $name ] ) ) {
			$value = $settings[ $definition['settings'][ $name ] ];
		}
		if ( isset( $schema['enum'] ) && ! in_array( $value, $schema['enum'], true ) ) {
			$value = '';
		}
		if ( '' !== $value && isset( $definition['urls'][ $name ] ) ) {
			$value = esc_url_raw( $value, $definition['urls'][ $name ] );
		}
		$values[ $name ] = $value;
	}
	return $values;
}

/**
 * The element's HTML. Every value is escaped here; the element checks them again.
 *
 * @param array<string, mixed> $given Keyed by element attribute name.
 */
function iop_widgets_element( string $widget, array $given, string $wrapper_attributes = '' ): string {
	$definition = iop_widgets_widgets()[ $widget ];
	$values     = iop_widgets_values( $widget, $given );
	$language   = iop_widgets_settings()['language'];
	$inner      = '';

	if ( 'article-cards' === $widget && '' === $values['articles'] && '' === $values['src'] ) {
		[ $values['articles'], $inner ] = iop_widgets_site_articles( $values );
	}

	$html = '<' . $definition['tag'];
	if ( in_array( $language, array( 'en', 'es' ), true ) ) {
		$html .= ' lang="' . esc_attr( $language ) . '"';
	}
	foreach ( $values as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( is_string( $value ) && '' !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	$html .= '>' . $inner . '</' . $definition['tag'] . '>';

	iop_widgets_enqueue( $widget );
	return '' === $wrapper_attributes ? $html : "<div {$wrapper_attributes}>{$html}</div>";
}

/**
 * The site's latest posts as the cards' `articles` JSON, and as plain links inside the element
 * that show before the script runs (and to search engines).
 *
 * @param array<string, string|bool> $values
 * @return array{0: string, 1: string}
 */
function iop_widgets_site_articles( array $values ): array {
	$limit = (int) $values['limit'];
	$count = $limit > 0 && ! $values['show-more'] ? min( $limit, 100 ) : 24;
	$posts = get_posts(
		array(
			'numberposts'      => $count,
			'post_status'      => 'publish',
			// So that a limit with the oldest first shows the oldest posts.
			'order'            => 'oldest' === $values['sort'] ? 'ASC' : 'DESC',
			'suppress_filters' => false,
		)
	);
	$plain    = static fn( string $html ): string => trim( html_entity_decode( wp_strip_all_tags( $html ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
	$articles = array();
	$links    = '';
	foreach ( $posts as $post ) {
		$article = array(
			'title'       => $plain( get_the_title( $post ) ),
			'url'         => (string) get_permalink( $post ),
			'excerpt'     => $plain( get_the_excerpt( $post ) ),
			'date'        => (string) get_the_date( 'Y-m-d', $post ),
			'author'      => (string) get_the_author_meta( 'display_name', (int) $post->post_author ),
			'tags'        => array_values( array_map( static fn( $t ) => $plain( $t->name ), get_the_tags( $post->ID ) ?: array() ) ),
			'readingTime' => max( 1, (int) round( str_word_count( wp_strip_all_tags( $post->post_content ) ) / 200 ) ),
		);
		$thumbnail = get_post_thumbnail_id( $post );
		$image     = $thumbnail ? wp_get_attachment_image_src( $thumbnail, 'medium_large' ) : false;
		if ( $image ) {
			$article['image']       = $image[0];
			$article['imageWidth']  = (int) $image[1];
			$article['imageHeight'] = (int) $image[2];
			$article['imageAlt']    = $plain( (string) get_post_meta( $thumbnail, '_wp_attachment_image_alt', true ) );
		}
		$articles[] = array_filter( $article, static fn( $v ) => '' !== $v && array() !== $v );
		$links     .= '<a href="' . esc_url( $article['url'] ) . '">' . esc_html( $article['title'] ) . '</a> ';
	}
	return array( (string) wp_json_encode( $articles, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ), $links );
}

function iop_widgets_register_shortcodes(): void {
	foreach ( iop_widgets_widgets() as $widget => $definition ) {
		add_shortcode(
			$definition['shortcode'],
			static function ( $atts ) use ( $widget ): string {
				return iop_widgets_element( $widget, iop_widgets_shortcode_values( $widget, is_array( $atts ) ? $atts : array() ) );
			}
		);
	}
}

/**
 * Shortcode attributes keyed like the element's: `cta-href="…"` or `cta_href="…"`, and a
 * boolean by its name alone (`[iop_self_check remember]`) or `remember="true"`.
 *
 * @param array<int|string, string> $atts
 * @return array<string, string>
 */
function iop_widgets_shortcode_values( string $widget, array $atts ): array {
	$given = array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$given[ str_replace( '_', '-', strtolower( $value ) ) ] = 'true';
		} else {
			$given[ str_replace( '_', '-', strtolower( $key ) ) ] = $value;
		}
	}
	return array_intersect_key( $given, iop_widgets_attributes( $widget ) );
}
