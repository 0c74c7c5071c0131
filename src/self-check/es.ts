import { COMMON_ES } from '../core/es.js';
import type { SelfCheckTexts } from './texts.js';

const NOT_SURE = { value: 'unsure', label: { adult: 'No estoy seguro(a)' } };

/** First mention of the program on a screen a visitor lands on (start, result); "IOP" after that. */
const IOP = 'programa ambulatorio intensivo (IOP, por sus siglas en inglés)';

/**
 * The self-check in Spanish, loaded only on Spanish pages. The PHQ-9 and GAD-7 wording, answers
 * and attribution are the validated Spanish versions, verbatim (they stay in "usted" for every
 * audience). The rest is ours, in plain, neutral US Spanish: "usted" for adults and parents, "tú"
 * in every string a teen reads (youth mode, and in parent mode the handover and the interrupt).
 * Strings shared by every audience (buttons, links, errors of the instruments, headings that are
 * one string) use infinitives or impersonal wording, so they fit "tú" and "usted" alike.
 */
export const SELF_CHECK_ES: SelfCheckTexts = {
  ...COMMON_ES,
  questions: {
    phqStem: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
    gadStem: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
    frequency: ['Ningún día', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días'],
    phq9: [
      'Poco interés o placer en hacer cosas',
      'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
      'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
      'Se ha sentido cansado(a) o con poca energía',
      'Sin apetito o ha comido en exceso',
      'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
      'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
      '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
      'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
    ],
    gad7: [
      'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta',
      'No ha sido capaz de parar o controlar su preocupación',
      'Se ha preocupado demasiado por motivos diferentes',
      'Ha tenido dificultad para relajarse',
      'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)',
      'Se ha molestado o irritado fácilmente',
      'Ha tenido miedo de que algo terrible fuera a pasar',
    ],
    difficultyQuestion:
      'Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?',
    difficulty: ['No ha sido difícil', 'Un poco difícil', 'Muy difícil', 'Extremadamente difícil'],
    attribution:
      'Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.',
    // One string for adults and teens alike: impersonal, so it is neither "usted" nor "tú".
    screenerError: 'Falta elegir qué tan seguido se ha presentado este problema',
    difficultyError: 'Falta elegir qué tanta dificultad han causado estos problemas',
    parentHandover: 'Madre, padre o cuidador(a): a partir de aquí, las preguntas son para usted.',
    context: {
      care: {
        text: {
          adult: '¿Qué tipo de atención recibe ahora?',
          youth: '¿Qué tipo de atención recibes ahora?',
          parent: '¿Qué tipo de atención recibe su hijo(a) ahora?',
        },
        options: [
          { value: 'none', label: { adult: 'Ninguna por ahora' } },
          { value: 'weekly', label: { adult: 'Terapia o consejería semanal' } },
          {
            value: 'hospital',
            label: {
              adult: 'Salí hace poco del hospital o de un programa de hospitalización parcial',
              parent: 'Mi hijo(a) salió hace poco del hospital o de un programa de hospitalización parcial',
            },
          },
          { value: 'other', label: { adult: 'Otro tipo de atención' } },
        ],
        error: {
          adult: 'Elija qué tipo de atención recibe ahora',
          youth: 'Elige qué tipo de atención recibes ahora',
          parent: 'Elija qué tipo de atención recibe su hijo(a) ahora',
        },
      },
      'weekly-enough': {
        text: {
          adult: '¿La terapia semanal le ha ayudado lo suficiente?',
          youth: '¿La terapia semanal te ha ayudado lo suficiente?',
          parent: '¿La terapia semanal ha ayudado lo suficiente a su hijo(a)?',
        },
        options: [
          { value: 'yes', label: { adult: 'Sí, ha sido suficiente' } },
          { value: 'no', label: { adult: 'No, necesito más apoyo', parent: 'No, mi hijo(a) necesita más apoyo' } },
          NOT_SURE,
        ],
        error: {
          adult: 'Elija si la terapia semanal le ha ayudado lo suficiente',
          youth: 'Elige si la terapia semanal te ha ayudado lo suficiente',
          parent: 'Elija si la terapia semanal ha ayudado lo suficiente a su hijo(a)',
        },
      },
      'safe-home': {
        text: {
          adult: '¿Puede mantenerse a salvo y cuidarse en casa?',
          youth: '¿Puedes mantenerte a salvo y cuidarte en casa?',
          parent: '¿Su hijo(a) puede estar a salvo y bien cuidado(a) en casa?',
        },
        caption: { adult: 'Por ejemplo: comer, dormir y pasar el día sin estar en peligro.' },
        options: [{ value: 'yes', label: { adult: 'Sí' } }, { value: 'no', label: { adult: 'No' } }, NOT_SURE],
        error: {
          adult: 'Elija si puede mantenerse a salvo en casa',
          youth: 'Elige si puedes mantenerte a salvo en casa',
          parent: 'Elija si su hijo(a) puede estar a salvo en casa',
        },
      },
      attend: {
        text: {
          adult: '¿Podría participar aproximadamente entre 9 y 15 horas por semana?',
          youth: '¿Podrías participar aproximadamente entre 6 y 12 horas por semana, por ejemplo, después de la escuela?',
          parent: '¿Su hijo(a) podría participar aproximadamente entre 6 y 12 horas por semana, por ejemplo, después de la escuela?',
        },
        caption: {
          adult: 'Por lo general son unas 3 horas al día, de 3 a 5 días por semana.',
          youth: 'Los programas para adolescentes suelen reunirse unas 3 horas después de la escuela, algunos días por semana.',
          parent: 'Los programas para adolescentes suelen reunirse unas 3 horas después de la escuela, algunos días por semana.',
        },
        options: [
          { value: 'yes', label: { adult: 'Sí' } },
          { value: 'maybe', label: { adult: 'Tal vez, con algunos cambios' } },
          { value: 'no', label: { adult: 'No' } },
        ],
        error: {
          adult: 'Elija si podría participar entre 9 y 15 horas por semana',
          youth: 'Elige si podrías participar entre 6 y 12 horas por semana',
          parent: 'Elija si su hijo(a) podría participar entre 6 y 12 horas por semana',
        },
      },
      support: {
        text: {
          adult: '¿Tiene familia, amigos u otras personas que le apoyen?',
          youth: '¿Tienes familia, amigos u otros adultos que te apoyen?',
          parent: '¿Su hijo(a) tiene familia, amigos u otras personas que le apoyen?',
        },
        options: [
          { value: 'yes', label: { adult: 'Sí' } },
          { value: 'some', label: { adult: 'Algo de apoyo' } },
          { value: 'no', label: { adult: 'No' } },
        ],
        error: {
          adult: 'Elija si tiene personas que le apoyen',
          youth: 'Elige si tienes personas que te apoyen',
          parent: 'Elija si su hijo(a) tiene personas que le apoyen',
        },
      },
    },
  },
  ui: {
    title: { adult: '¿Es un IOP adecuado para mí?', youth: '¿Es un IOP adecuado para mí?', parent: '¿Es un IOP adecuado para mi hijo(a)?' },
    start: {
      adult: [
        `Conteste unas preguntas para ver si un ${IOP} podría ser adecuado para usted. Sus respuestas también pueden mostrar si otro tipo de atención le convendría más. Toma unos 3 minutos.`,
      ],
      youth: [
        `Contesta unas preguntas para ver si un ${IOP} para adolescentes podría ayudarte. Este cuestionario es para jóvenes de 12 a 17 años y toma unos 3 minutos.`,
        'Te puede ayudar ver los resultados con tu mamá, tu papá u otro adulto de confianza.',
      ],
      parent: [
        `Averigüe si un ${IOP} podría ser adecuado para su hijo(a) de 12 a 17 años. Toma unos 3 minutos.`,
        'Las primeras preguntas son sobre cómo se ha sentido su hijo(a), y las contesta él o ella. Por favor, entréguele el dispositivo para esa parte. A su hijo(a) se le avisará que usted verá lo que conteste.',
        'Después, usted contestará las preguntas sobre la atención que recibe y la vida en casa.',
      ],
    },
    privacy: {
      adult: 'Sus respuestas se quedan en este dispositivo. No se envía ni se guarda nada.',
      youth: 'Tus respuestas se quedan en este dispositivo. No se envía ni se guarda nada.',
      parent: 'Las respuestas se quedan en este dispositivo. No se envía ni se guarda nada.',
    },
    privacyRemember: {
      adult:
        'Sus respuestas se quedan en este dispositivo y nunca se envían. Esta pestaña del navegador las guarda para que no pierda su lugar si vuelve a cargar la página. Las guarda solo hasta que vea su resultado, oprima “Empezar de nuevo” o cierre la pestaña.',
      youth:
        'Tus respuestas se quedan en este dispositivo y nunca se envían. Esta pestaña del navegador las guarda para que no pierdas tu lugar si vuelves a cargar la página. Las guarda solo hasta que veas tu resultado, oprimas “Empezar de nuevo” o cierres la pestaña.',
      parent:
        'Las respuestas se quedan en este dispositivo y nunca se envían. Esta pestaña del navegador las guarda para que no pierda su lugar si vuelve a cargar la página. Las guarda solo hasta que vea el resultado, oprima “Empezar de nuevo” o cierre la pestaña.',
    },
    handover: {
      heading: 'Para ti, que vas a contestar',
      body: 'Estas preguntas son para que las contestes tú, sobre ti. La persona adulta que te dio este dispositivo verá tus respuestas y el resultado.',
    },
    notDiagnosis: {
      adult:
        'Este es un cuestionario de detección, no un diagnóstico. Ningún cuestionario en línea puede dar un diagnóstico ni decidir qué atención necesita. Use sus resultados para empezar a hablar con un profesional.',
      youth:
        'Este es un cuestionario de detección, no un diagnóstico. Ningún cuestionario en línea puede dar un diagnóstico ni decidir qué atención necesitas. Usa tus resultados para empezar a hablar con un profesional.',
      parent:
        'Este es un cuestionario de detección, no un diagnóstico. Ningún cuestionario en línea puede dar un diagnóstico ni decidir qué atención necesita su hijo(a). Use los resultados para empezar a hablar con un profesional.',
    },
    startButton: 'Empezar',
    continue: 'Continuar',
    back: 'Volver',
    question: (n: number, total: number) => `Pregunta ${n} de ${total}`,
    errorTitle: 'Hay un problema',
    errorPrefix: 'Error:',
    interrupt: {
      // One heading for every audience (a teen reads it in youth and parent mode): impersonal.
      heading: 'Es importante buscar apoyo ahora mismo',
      body: {
        adult: [
          'Usted respondió que ha tenido pensamientos de que estaría mejor muerto(a) o de lastimarse. Merece recibir apoyo de inmediato.',
          'Puede hablar con alguien ahora mismo, gratis, a cualquier hora del día o de la noche. No se le ha avisado a nadie: sus respuestas se quedan en este dispositivo. Si está en peligro en este momento, llame al 911.',
        ],
        youth: [
          'Respondiste que has tenido pensamientos de que estarías mejor muerto(a) o de lastimarte. Mereces recibir apoyo de inmediato.',
          'Puedes hablar con alguien ahora mismo, gratis, a cualquier hora del día o de la noche. Por favor, cuéntaselo también a un adulto de confianza, como tu mamá, tu papá, otro familiar o un consejero de tu escuela. No se le ha avisado a nadie: tus respuestas se quedan en este dispositivo. Si estás en peligro en este momento, llama al 911.',
        ],
        // Read by the young person, who was told the adult will see the answers: nothing was sent,
        // and the adult with them will see them (rule 12 without a promise that is not true here).
        parent: [
          'Respondiste que has tenido pensamientos de que estarías mejor muerto(a) o de lastimarte. Mereces recibir apoyo de inmediato.',
          'Puedes hablar con alguien ahora mismo, gratis, a cualquier hora del día o de la noche. Tus respuestas no se han enviado a ningún lugar: se quedan en este dispositivo, donde las verá la persona adulta que está contigo.',
          'Por favor, cuéntaselo también a un adulto de confianza. Si es la persona que está contigo, puedes mostrarle esta pantalla. Si estás en peligro en este momento, llama al 911.',
        ],
      },
      continue: 'Seguir con el cuestionario',
    },
    results: {
      'get-help-now': {
        adult: {
          heading: 'Por favor, busque ayuda ahora',
          summary:
            'La mayoría de los días, usted ha tenido pensamientos de que estaría mejor muerto(a) o de lastimarse. Por favor, hable con alguien ahora: llame o envíe un mensaje de texto al 988. Al llamar, oprima 2 para español. Si cree que podría lastimarse o quitarse la vida, llame al 911.',
        },
        youth: {
          heading: 'Por favor, busca ayuda ahora',
          summary:
            'La mayoría de los días, has tenido pensamientos de que estarías mejor muerto(a) o de lastimarte. Por favor, habla con alguien ahora: llama o envía un mensaje de texto al 988. Al llamar, oprime 2 para español. Cuéntaselo también a un adulto de confianza. Si crees que podrías lastimarte o quitarte la vida, llama al 911.',
        },
        parent: {
          heading: 'Su hijo(a) necesita ayuda ahora',
          summary:
            'La mayoría de los días, su hijo(a) ha tenido pensamientos de que estaría mejor muerto(a) o de lastimarse. Quédese con él o ella y busque ayuda ahora: siga los pasos que aparecen abajo.',
        },
      },
      'more-support-than-iop': {
        adult: {
          heading: `Podría necesitar más apoyo del que da un ${IOP}`,
          summary:
            'Podría necesitar más horas de atención o un lugar seguro donde quedarse, como la hospitalización parcial o el hospital. Por favor, pida que un profesional le evalúe hoy mismo.',
        },
        youth: {
          heading: `Podrías necesitar más apoyo del que da un ${IOP}`,
          summary:
            'Podrías necesitar más horas de atención o un lugar seguro donde quedarte, como la hospitalización parcial o el hospital. Por favor, cuéntaselo a tu mamá, tu papá u otro adulto de confianza, y pide que un profesional te evalúe hoy mismo.',
        },
        parent: {
          heading: `Su hijo(a) podría necesitar más apoyo del que da un ${IOP}`,
          summary:
            'Su hijo(a) podría necesitar más horas de atención o un lugar seguro donde quedarse, como la hospitalización parcial o el hospital. Por favor, pida que un profesional evalúe a su hijo(a) hoy mismo.',
        },
      },
      'iop-may-fit': {
        adult: {
          heading: `Un ${IOP} podría convenirle`,
          summary: 'Podría necesitar más apoyo del que da la terapia semanal, sin dejar de vivir en casa. Un IOP podría ser un buen siguiente paso.',
        },
        youth: {
          heading: `Un ${IOP} podría convenirte`,
          summary: 'Podrías necesitar más apoyo del que da la terapia semanal, sin dejar de vivir en casa. Un IOP para adolescentes podría ser un buen siguiente paso.',
        },
        parent: {
          heading: `Un ${IOP} podría convenirle a su hijo(a)`,
          summary:
            'Su hijo(a) podría necesitar más apoyo del que da la terapia semanal, sin dejar de vivir en casa. Un IOP para adolescentes podría ser un buen siguiente paso.',
        },
      },
      'weekly-therapy-may-fit': {
        adult: {
          heading: 'Por ahora, la terapia semanal podría ser suficiente',
          summary: `Las sesiones semanales con un terapeuta o consejero suelen ser un buen punto de partida. Si las cosas se ponen más difíciles, un ${IOP} puede dar más apoyo.`,
        },
        youth: {
          heading: 'Por ahora, la terapia semanal podría ser suficiente',
          summary: `Las sesiones semanales con un terapeuta o consejero suelen ser un buen punto de partida. Si las cosas se ponen más difíciles, un ${IOP} puede dar más apoyo.`,
        },
        parent: {
          heading: 'Por ahora, la terapia semanal podría ser suficiente para su hijo(a)',
          summary: `Las sesiones semanales con un terapeuta o consejero suelen ser un buen punto de partida. Si las cosas se ponen más difíciles, un ${IOP} puede dar más apoyo.`,
        },
      },
      'no-clear-need': {
        adult: {
          heading: `Por ahora, sus respuestas no indican que necesite un ${IOP}`,
          summary: 'Si algo todavía le preocupa o le molesta, puede hablar con un profesional cuando quiera.',
        },
        youth: {
          heading: `Por ahora, tus respuestas no indican que necesites un ${IOP}`,
          summary: 'Si algo todavía te preocupa o te molesta, puedes hablar con un profesional cuando quieras.',
        },
        parent: {
          heading: `Por ahora, las respuestas no indican que su hijo(a) necesite un ${IOP}`,
          summary: 'Si algo todavía les preocupa a usted o a su hijo(a), pueden hablar con un profesional cuando quieran.',
        },
      },
    },
    selfHarmResult: {
      adult: {
        heading: 'Por favor, hable pronto con alguien sobre estos pensamientos',
        headingToday: 'Por favor, hable hoy mismo con alguien sobre estos pensamientos',
        summary:
          'Usted respondió que ha tenido pensamientos de que estaría mejor muerto(a) o de lastimarse. Eso ya es motivo suficiente para hablar pronto con un profesional, sin importar sus otras respuestas. También puede llamar o enviar un mensaje de texto al 988 a cualquier hora. Al llamar, oprima 2 para español.',
      },
      youth: {
        heading: 'Por favor, habla pronto con alguien sobre estos pensamientos',
        headingToday: 'Por favor, habla hoy mismo con alguien sobre estos pensamientos',
        summary:
          'Respondiste que has tenido pensamientos de que estarías mejor muerto(a) o de lastimarte. Eso ya es motivo suficiente para hablar pronto con un profesional, sin importar tus otras respuestas. Por favor, cuéntaselo a un adulto de confianza. Recuerda que puedes llamar o enviar un mensaje de texto al 988 a cualquier hora. Al llamar, oprime 2 para español.',
      },
      parent: {
        heading: 'Por favor, hable pronto con su hijo(a) sobre estos pensamientos',
        headingToday: 'Por favor, hable hoy mismo con su hijo(a) y con un profesional sobre estos pensamientos',
        summary:
          'Su hijo(a) respondió que ha tenido pensamientos de que estaría mejor muerto(a) o de lastimarse. Eso ya es motivo suficiente para buscarle pronto una cita con un profesional, sin importar las otras respuestas. Usted y su hijo(a) pueden llamar o enviar un mensaje de texto juntos al 988 a cualquier hora. Al llamar, oprima 2 para español.',
      },
    },
    crisisLabel: 'Hay ayuda disponible ahora',
    fitHeading: {
      adult: 'Qué tipo de atención podría convenirle',
      youth: 'Qué tipo de atención podría convenirte',
      parent: 'Qué tipo de atención podría convenirle a su hijo(a)',
    },
    reasonsHeading: 'En qué se basa este resultado',
    reasons: {
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
        adult: 'Sus síntomas son graves y no está seguro(a) de poder mantenerse a salvo en casa.',
        youth: 'Tus síntomas son graves y no estás seguro(a) de poder mantenerte a salvo en casa.',
        parent: 'Los síntomas de su hijo(a) son graves y usted no está seguro(a) de que pueda estar a salvo en casa.',
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
    },
    scoresHeading: 'Detalles para un profesional de salud',
    bands: { minimal: 'mínimo', mild: 'leve', moderate: 'moderado', 'moderately-severe': 'moderadamente grave', severe: 'grave' },
    positive: 'igual o por encima del nivel que requiere una revisión más a fondo',
    negative: 'por debajo del nivel que requiere una revisión más a fondo',
    whatIsIopHeading: 'Cómo es un IOP en el día a día',
    whatIsIop: {
      adult:
        'En un IOP, usted recibe terapia de grupo e individual unas 3 horas al día, de 3 a 5 días por semana. Después regresa a su casa. Muchas personas siguen trabajando o estudiando. También aprende habilidades para manejar el estrés, el estado de ánimo y la preocupación.',
      youth:
        'En un IOP, recibes terapia de grupo e individual unas 3 horas al día, muchas veces después de la escuela. Después regresas a tu casa. Tu familia también suele participar. Aprendes habilidades para manejar el estrés, el estado de ánimo y la preocupación.',
      parent:
        'En un IOP, su hijo(a) recibe terapia de grupo e individual unas 3 horas al día, muchas veces después de la escuela. Después regresa a casa. La familia también suele participar. Los adolescentes aprenden habilidades para manejar el estrés, el estado de ánimo y la preocupación.',
    },
    nextStepsHeading: 'Próximos pasos',
    nextSteps: {
      'get-help-now': {
        adult: [
          'Llame o envíe un mensaje de texto al 988 ahora. Al llamar, oprima 2 para español. Es gratis y atiende a cualquier hora del día o de la noche.',
          'Si cree que podría lastimarse o quitarse la vida, llame al 911 o vaya a la sala de emergencias más cercana.',
          'Puede volver a este cuestionario más tarde.',
        ],
        youth: [
          'Llama o envía un mensaje de texto al 988 ahora. Al llamar, oprime 2 para español. Es gratis y atiende a cualquier hora del día o de la noche.',
          'Cuéntaselo de inmediato a tu mamá, tu papá u otro adulto de confianza, y quédate con esa persona.',
          'Si crees que podrías lastimarte o quitarte la vida, llama al 911.',
        ],
        parent: [
          'Quédese con su hijo(a). No lo(a) deje solo(a) en este momento.',
          'Saque de la casa o guarde bajo llave las armas de fuego y los medicamentos. Haga lo mismo con cualquier otra cosa con la que su hijo(a) pueda lastimarse.',
          'Llame o envíe un mensaje de texto al 988 ahora, junto con su hijo(a). Al llamar, oprima 2 para español. Es gratis y atiende a cualquier hora del día o de la noche.',
          'Si hay un peligro inmediato, llame al 911.',
        ],
      },
      'more-support-than-iop': {
        adult: ['Hoy mismo, llame a su médico o vaya a una sala de emergencias. También puede llamar al 988 (oprima 2 para español) para que le ayuden a encontrar atención.'],
        youth: ['Hoy mismo, con tu mamá, tu papá u otro adulto de confianza, llama a tu médico o ve a una sala de emergencias. También puedes llamar al 988 (oprime 2 para español) para que te ayuden a encontrar atención.'],
        parent: [
          'Hoy mismo, llame al médico de su hijo(a) o vaya a una sala de emergencias. También puede llamar al 988 (oprima 2 para español) para que le ayuden a encontrar atención.',
        ],
      },
      'iop-may-fit': {
        adult: ['Hable con nuestro equipo de admisión. Pueden decirle si un IOP le conviene y cómo sería para usted.'],
        youth: ['Muéstrale este resultado a tu mamá, tu papá u otro adulto de confianza, y hablen juntos con nuestro equipo de admisión. Pueden decirles si un IOP te conviene y cómo sería para ti.'],
        parent: ['Hable con nuestro equipo de admisión. Pueden decirle si un IOP le conviene a su hijo(a) y cómo sería para su familia.'],
      },
      'weekly-therapy-may-fit': {
        adult: ['Hable con un terapeuta o con su médico. También podemos ayudarle a encontrar la atención adecuada.'],
        youth: ['Habla con tu mamá, tu papá u otro adulto de confianza sobre ver a un terapeuta o a tu médico. También podemos ayudarte a encontrar la atención adecuada.'],
        parent: ['Hable con un terapeuta o con el médico de su hijo(a). También podemos ayudarle a encontrar la atención adecuada.'],
      },
      'no-clear-need': {
        adult: ['Si quiere hablar de esto, aquí estamos.'],
        youth: ['Si quieres hablar de esto, aquí estamos.'],
        parent: ['Si quiere hablar de esto, aquí estamos.'],
      },
    },
    call: (phone: string) => `Llamar al ${phone}`,
    contact: (clinicName?: string | null) => (clinicName ? `Comunicarse con ${clinicName}` : 'Hablar con nuestro equipo de admisión'),
    score: (tool: string, anxiety: boolean, score: number, max: number, meaning: string) =>
      `${tool} (${anxiety ? 'ansiedad' : 'estado de ánimo'}): ${score} de ${max}, ${meaning}`,
    restart: 'Empezar de nuevo',
    print: 'Imprimir o guardar el resumen',
    printedOn: (date: string) => `Resumen creado el ${date} en este dispositivo.`,
    quickExit: 'Salir de esta página',
    quickExitHint: 'También sirve oprimir 3 veces la tecla Shift.',
    leaving: 'Saliendo de esta página',
    announceResult: 'El resultado está listo.',
    broken: 'Lo sentimos: no se pudo mostrar el cuestionario. Para recibir ayuda ahora, hay personas disponibles aquí:',
  },
};
