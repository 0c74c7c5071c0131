import type { CardsTexts } from './texts.js';

/** The article cards' own words in Spanish, loaded only on Spanish pages (articles stay as written). */
export const CARDS_ES: CardsTexts = {
  loading: 'Cargando artículos…',
  failed: 'Lo sentimos, no se pudieron cargar los artículos en este momento.',
  retry: 'Intentar de nuevo',
  empty: 'Todavía no hay artículos.',
  topics: 'Temas',
  articles: 'Artículos',
  previous: 'Artículos anteriores',
  next: 'Artículos siguientes',
  showing: (shown, total) => `Mostrando ${shown} de ${total} artículos`,
  more: (count) => `Mostrar ${count} más`,
  minutes: (count) => `${count} min de lectura`,
  notice: 'Nota para el administrador del sitio: no se pudo usar parte de la configuración. La consola del navegador tiene los detalles.',
};
