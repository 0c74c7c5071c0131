import { COMMON_ES } from '../core/es.js';
import type { CardsTexts } from './texts.js';

/**
 * The article cards' own words in Spanish, loaded only on Spanish pages (articles stay as
 * written). Buttons are infinitives ("Ver", "Mostrar"), as everywhere in the widgets; the count
 * agrees with the number instead of the gerund "Mostrando".
 */
export const CARDS_ES: CardsTexts = {
  ...COMMON_ES,
  loading: 'Cargando artículos…',
  failed: 'Lo sentimos, no se pudieron cargar los artículos en este momento.',
  retry: 'Intentar de nuevo',
  empty: 'Todavía no hay artículos.',
  topics: 'Temas',
  articles: 'Artículos',
  previous: 'Ver artículos anteriores',
  next: 'Ver artículos siguientes',
  showing: (shown, total) => (total === 1 ? 'Se muestra 1 artículo' : `Se ${shown === 1 ? 'muestra' : 'muestran'} ${shown} de ${total} artículos`),
  more: (count) => `Mostrar ${count} ${count === 1 ? 'artículo' : 'artículos'} más`,
  minutes: (count) => `${count} min de lectura`,
};
