import type { UiTexts } from './texts.js';

/**
 * The result's reasons in Spanish, one per reason assess() can give, for each reader ("usted" for
 * adults and parents, "tú" for teens). Kept apart from the other words of es.ts to keep each
 * file readable.
 */
export const REASONS_ES: UiTexts['reasons'] = {
  // The answer given, word for word and first, so the frequency goes with the thoughts (rule 7).
  'self-harm-nearly-every-day': {
    adult: 'Casi todos los días, usted tuvo pensamientos de que estaría mejor muerto(a) o de lastimarse.',
    youth: 'Casi todos los días tuviste pensamientos de que estarías mejor muerto(a) o de lastimarte.',
    parent: 'Casi todos los días su hijo(a) tuvo pensamientos de que estaría mejor muerto(a) o de lastimarse.',
  },
  'self-harm-more-than-half': {
    adult: 'Más de la mitad de los días, usted tuvo pensamientos de que estaría mejor muerto(a) o de lastimarse.',
    youth: 'Más de la mitad de los días tuviste pensamientos de que estarías mejor muerto(a) o de lastimarte.',
    parent: 'Más de la mitad de los días su hijo(a) tuvo pensamientos de que estaría mejor muerto(a) o de lastimarse.',
  },
  'self-harm-several-days': {
    adult: 'Varios días, usted tuvo pensamientos de que estaría mejor muerto(a) o de lastimarse. Por favor, cuénteselo a un profesional.',
    youth: 'Varios días tuviste pensamientos de que estarías mejor muerto(a) o de lastimarte. Por favor, cuéntaselo a un profesional.',
    parent: 'Varios días su hijo(a) tuvo pensamientos de que estaría mejor muerto(a) o de lastimarse. Por favor, hable de esto con un profesional.',
  },
  'unsafe-at-home': {
    adult: 'Usted dijo que en este momento no puede mantenerse a salvo ni cuidarse en casa.',
    youth: 'Dijiste que en este momento no puedes mantenerte a salvo ni cuidarte en casa.',
    parent: 'Usted dijo que en este momento su hijo(a) no puede estar a salvo ni bien cuidado(a) en casa.',
  },
  'unsure-safe-at-home': {
    adult: 'No está seguro(a) de poder mantenerse a salvo en casa. Por favor, hable de esto pronto con un profesional.',
    youth: 'No estás seguro(a) de poder mantenerte a salvo en casa. Por favor, cuéntaselo pronto a un adulto de confianza y a un profesional.',
    parent: 'Usted no está seguro(a) de que su hijo(a) pueda estar a salvo en casa. Por favor, hable de esto pronto con un profesional.',
  },
  'severe-unsure-safety': {
    adult: 'Sus respuestas indican síntomas graves y no está seguro(a) de poder mantenerse a salvo en casa.',
    youth: 'Tus respuestas indican síntomas graves y no estás seguro(a) de poder mantenerte a salvo en casa.',
    parent: 'Las respuestas de su hijo(a) indican síntomas graves y usted no está seguro(a) de que pueda estar a salvo en casa.',
  },
  'depression-severe': {
    adult: 'Sus respuestas sobre el estado de ánimo indican síntomas graves. Un profesional debería atenderle pronto.',
    youth: 'Tus respuestas sobre el estado de ánimo indican síntomas graves. Un profesional debería atenderte pronto.',
    parent: 'Las respuestas de su hijo(a) sobre el estado de ánimo indican síntomas graves. Un profesional debería atender pronto a su hijo(a).',
  },
  'anxiety-severe': {
    adult: 'Sus respuestas sobre la preocupación y la ansiedad indican síntomas graves. Un profesional debería atenderle pronto.',
    youth: 'Tus respuestas sobre la preocupación y la ansiedad indican síntomas graves. Un profesional debería atenderte pronto.',
    parent: 'Las respuestas de su hijo(a) sobre la preocupación y la ansiedad indican síntomas graves. Un profesional debería atender pronto a su hijo(a).',
  },
  'depression-elevated': {
    adult: 'Sus respuestas sobre el estado de ánimo indican síntomas moderados.',
    youth: 'Tus respuestas sobre el estado de ánimo indican síntomas moderados.',
    parent: 'Las respuestas de su hijo(a) sobre el estado de ánimo indican síntomas moderados.',
  },
  'anxiety-elevated': {
    adult: 'Sus respuestas sobre la preocupación y la ansiedad indican síntomas moderados.',
    youth: 'Tus respuestas sobre la preocupación y la ansiedad indican síntomas moderados.',
    parent: 'Las respuestas de su hijo(a) sobre la preocupación y la ansiedad indican síntomas moderados.',
  },
  'daily-life-very-hard': {
    adult: 'Estos problemas le complican mucho el trabajo, la vida en casa o la relación con otras personas.',
    youth: 'Estos problemas te complican mucho la escuela o el trabajo, la vida en casa o la relación con otras personas.',
    parent: 'Estos problemas le complican mucho a su hijo(a) la escuela, la vida en casa o la relación con otras personas.',
  },
  'daily-life-somewhat-hard': {
    adult: 'Estos problemas le complican un poco la vida diaria.',
    youth: 'Estos problemas te complican un poco la vida diaria.',
    parent: 'Estos problemas le complican un poco la vida diaria a su hijo(a).',
  },
  'leaving-hospital': {
    adult: 'Hace poco salió del hospital o de un programa de hospitalización parcial.',
    youth: 'Hace poco saliste del hospital o de un programa de hospitalización parcial.',
    parent: 'Hace poco su hijo(a) salió del hospital o de un programa de hospitalización parcial.',
  },
  'weekly-not-enough': {
    adult: 'La terapia semanal no ha sido suficiente.',
    youth: 'La terapia semanal no ha sido suficiente.',
    parent: 'La terapia semanal no ha sido suficiente para su hijo(a).',
  },
  'hard-to-attend': {
    adult: 'Le sería difícil participar entre 9 y 15 horas por semana. Pregunte si hay horarios por la tarde o por la noche.',
    youth: 'Te sería difícil participar varias horas por semana. Pregunta si hay horarios después de la escuela.',
    parent: 'A su hijo(a) le sería difícil participar varias horas por semana. Pregunte si hay horarios después de la escuela.',
  },
  'little-support': {
    adult: 'Tiene pocas personas que le apoyen. Las sesiones de grupo de un IOP pueden ayudarle con eso.',
    youth: 'Tienes pocas personas que te apoyen. Las sesiones de grupo de un IOP pueden ayudarte con eso.',
    parent: 'Su hijo(a) tiene pocas personas que le apoyen. Las sesiones de grupo de un IOP pueden ayudar con eso.',
  },
  'mild-symptoms': {
    adult: 'Sus respuestas muestran síntomas leves.',
    youth: 'Tus respuestas muestran síntomas leves.',
    parent: 'Las respuestas de su hijo(a) muestran síntomas leves.',
  },
  'few-symptoms': {
    adult: 'Sus respuestas muestran pocos síntomas o ninguno en las últimas 2 semanas.',
    youth: 'Tus respuestas muestran pocos síntomas o ninguno en las últimas 2 semanas.',
    parent: 'Las respuestas de su hijo(a) muestran pocos síntomas o ninguno en las últimas 2 semanas.',
  },
};
