/**
 * Words every widget shares, in Spanish: each widget's Spanish file includes them, so they load
 * with it and English pages never download them (CONTRIBUTING.md, "a new language").
 */
export const COMMON_ES = {
  notice: 'Nota para el administrador del sitio: no se pudo usar parte de la configuración. Encontrará los detalles en la consola del navegador.',
};
