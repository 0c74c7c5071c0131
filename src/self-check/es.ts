import { COMMON_ES } from '../core/es.js';
import { QUESTIONS_ES } from './es-questions.js';
import { REASONS_ES } from './es-reasons.js';
import type { SelfCheckTexts } from './texts.js';

/** First mention of the program on a screen a visitor lands on (start, result); "IOP" after that. */
const IOP = 'programa ambulatorio intensivo (IOP, por sus siglas en inglés)';

/**
 * The self-check in Spanish, loaded only on Spanish pages: the questions (es-questions.ts, the
 * PHQ-9 and GAD-7 in their validated Spanish versions, verbatim), the result's reasons
 * (es-reasons.ts) and the screens' words below. Ours are in plain, neutral US Spanish: "usted"
 * for adults and parents, "tú" in every string a teen reads (youth mode, and in parent mode the
 * handover and the interrupt). Strings shared by every audience (buttons, links, errors of the
 * instruments, headings that are one string) use infinitives or impersonal wording, so they fit
 * "tú" and "usted" alike.
 */
export const SELF_CHECK_ES: SelfCheckTexts = {
  ...COMMON_ES,
  questions: QUESTIONS_ES,
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
        `Averigüe si un ${IOP} le convendría a su hijo o hija de 12 a 17 años. Toma unos 3 minutos.`,
        // Each pronoun names who it is: "su" is always the parent's, the young person is "el o la joven".
        'Las primeras preguntas son sobre cómo se ha sentido su hijo o hija, y las contesta el o la joven. Para esa parte, por favor, entréguele el dispositivo al o a la joven. Antes de contestar, el o la joven leerá que usted verá las respuestas.',
        'Después, usted contestará las preguntas sobre la atención que recibe su hijo o hija y sobre la vida en casa.',
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
      // Read by the young person (tú): the button opens the result meant for the adult.
      showAdult: 'Mostrarle esto a la persona adulta que está contigo',
    },
    results: {
      'get-help-now': {
        adult: {
          heading: 'Por favor, busque ayuda ahora',
          summary:
            'Usted respondió que ha tenido pensamientos de que estaría mejor muerto(a) o de lastimarse. Por favor, hable con alguien ahora: llame o envíe un mensaje de texto al 988. Para español, al llamar oprima 2, y por mensaje de texto escriba AYUDA. Si cree que podría lastimarse o quitarse la vida, llame al 911.',
        },
        youth: {
          heading: 'Por favor, busca ayuda ahora',
          summary:
            'Respondiste que has tenido pensamientos de que estarías mejor muerto(a) o de lastimarte. Por favor, habla con alguien ahora: llama o envía un mensaje de texto al 988. Para español, al llamar oprime 2, y por mensaje de texto escribe AYUDA. Cuéntaselo también a un adulto de confianza. Si crees que podrías lastimarte o quitarte la vida, llama al 911.',
        },
        parent: {
          heading: 'Su hijo(a) necesita ayuda ahora',
          summary:
            'Su hijo(a) respondió que ha tenido pensamientos de que estaría mejor muerto(a) o de lastimarse. Quédese con él o ella y busque ayuda ahora: siga los pasos que aparecen abajo.',
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
          summary:
            'Podrías necesitar más apoyo del que da la terapia semanal, sin dejar de vivir en casa. Un IOP para adolescentes podría ser un buen siguiente paso.',
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
          'Usted respondió que ha tenido pensamientos de que estaría mejor muerto(a) o de lastimarse. Eso ya es motivo suficiente para hablar pronto con un profesional, sin importar sus otras respuestas. También puede llamar o enviar un mensaje de texto al 988 a cualquier hora. Para español, al llamar oprima 2, y por mensaje de texto escriba AYUDA.',
      },
      youth: {
        heading: 'Por favor, habla pronto con alguien sobre estos pensamientos',
        headingToday: 'Por favor, habla hoy mismo con alguien sobre estos pensamientos',
        summary:
          'Respondiste que has tenido pensamientos de que estarías mejor muerto(a) o de lastimarte. Eso ya es motivo suficiente para hablar pronto con un profesional, sin importar tus otras respuestas. Por favor, cuéntaselo a un adulto de confianza. Recuerda que puedes llamar o enviar un mensaje de texto al 988 a cualquier hora. Para español, al llamar oprime 2, y por mensaje de texto escribe AYUDA.',
      },
      parent: {
        heading: 'Por favor, hable pronto con su hijo(a) sobre estos pensamientos',
        headingToday: 'Por favor, hable hoy mismo con su hijo(a) y con un profesional sobre estos pensamientos',
        summary:
          'Su hijo(a) respondió que ha tenido pensamientos de que estaría mejor muerto(a) o de lastimarse. Eso ya es motivo suficiente para buscarle pronto una cita con un profesional, sin importar las otras respuestas. Por ahora, guarde bajo llave las armas de fuego y los medicamentos. Usted y su hijo(a) pueden llamar o enviar un mensaje de texto juntos al 988 a cualquier hora. Para español, al llamar oprima 2, y por mensaje de texto escriba AYUDA.',
      },
    },
    selfHarmFit: {
      adult: {
        heading: 'Para empezar, hable pronto con un profesional',
        summary: `Un terapeuta o su médico puede hablar con usted sobre estos pensamientos. También puede ayudarle a elegir la atención adecuada, como sesiones de terapia o un ${IOP}.`,
      },
      youth: {
        heading: 'Para empezar, habla pronto con un profesional',
        summary: `Con tu mamá, tu papá u otro adulto de confianza, ve pronto con un terapeuta o con tu médico. Pueden hablar contigo sobre estos pensamientos. También pueden ayudarte a elegir la atención adecuada: terapia o un ${IOP} para adolescentes.`,
      },
      parent: {
        heading: 'Para empezar, lleve pronto a su hijo(a) con un profesional',
        summary: `Un terapeuta o el médico de su hijo(a) puede hablar con él o ella sobre estos pensamientos. También puede ayudarle a elegir la atención adecuada: terapia o un ${IOP} para adolescentes.`,
      },
    },
    crisisLabel: 'Hay ayuda disponible ahora',
    fitHeading: {
      adult: 'Qué tipo de atención podría convenirle',
      youth: 'Qué tipo de atención podría convenirte',
      parent: 'Qué tipo de atención podría convenirle a su hijo(a)',
    },
    reasonsHeading: 'En qué se basa este resultado',
    reasons: REASONS_ES,
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
    urgentEvaluationHeading: 'Qué es una evaluación urgente',
    urgentEvaluation: {
      adult:
        'Un médico o un profesional de salud mental habla con usted sobre lo que está pasando y sobre qué tan seguro(a) está. Juntos deciden qué atención le conviene ahora, como la hospitalización parcial (un programa durante la mayor parte del día) o quedarse en el hospital. En una sala de emergencias pueden hacerlo a cualquier hora.',
      youth:
        'Un profesional de salud mental habla contigo y con un adulto de confianza sobre lo que pasa y qué tan seguro(a) estás. Juntos deciden qué atención te conviene ahora, como un programa durante la mayor parte del día o quedarte en el hospital. En una sala de emergencias pueden hacerlo a cualquier hora.',
      parent:
        'Un profesional de salud mental habla con usted y con su hijo(a) sobre lo que pasa y qué tan seguro(a) está su hijo(a). Juntos deciden qué atención le conviene ahora, como la hospitalización parcial (un programa durante la mayor parte del día) o quedarse en el hospital. En una sala de emergencias pueden hacerlo a cualquier hora.',
    },
    nextStepsHeading: 'Próximos pasos',
    nextSteps: {
      'get-help-now': {
        adult: [
          'Llame o envíe un mensaje de texto al 988 ahora. Para español, al llamar oprima 2, y por mensaje de texto escriba AYUDA. Es gratis y atiende a cualquier hora del día o de la noche.',
          'Si cree que podría lastimarse o quitarse la vida, llame al 911 o vaya a la sala de emergencias más cercana.',
          'Si puede, quédese con alguien de confianza mientras busca ayuda.',
        ],
        youth: [
          'Llama o envía un mensaje de texto al 988 ahora. Para español, al llamar oprime 2, y por mensaje de texto escribe AYUDA. Es gratis y atiende a cualquier hora del día o de la noche.',
          'Cuéntaselo de inmediato a tu mamá, tu papá u otro adulto de confianza, y quédate con esa persona.',
          'Si crees que podrías lastimarte o quitarte la vida, llama al 911.',
        ],
        parent: [
          'Quédese con su hijo(a). No lo(a) deje solo(a) en este momento.',
          'Saque de la casa o guarde bajo llave las armas de fuego y los medicamentos. Haga lo mismo con cualquier otra cosa con la que su hijo(a) pueda lastimarse.',
          'Llame o envíe un mensaje de texto al 988 ahora, junto con su hijo(a). Para español, al llamar oprima 2, y por mensaje de texto escriba AYUDA. Es gratis y atiende a cualquier hora del día o de la noche.',
          'Si hay un peligro inmediato, llame al 911.',
        ],
      },
      'more-support-than-iop': {
        adult: [
          'Hoy mismo, llame a su médico o vaya a una sala de emergencias. También puede llamar al 988 (oprima 2 para español) para que le ayuden a encontrar atención.',
        ],
        youth: [
          'Hoy mismo, con tu mamá, tu papá u otro adulto de confianza, llama a tu médico o ve a una sala de emergencias. También puedes llamar al 988 (oprime 2 para español) para que te ayuden a encontrar atención.',
        ],
        parent: [
          'Hoy mismo, llame al médico de su hijo(a) o vaya a una sala de emergencias. También puede llamar al 988 (oprima 2 para español) para que le ayuden a encontrar atención.',
        ],
      },
      'iop-may-fit': {
        adult: ['Hable con nuestro equipo de admisión. Pueden decirle si un IOP le conviene y cómo sería para usted.'],
        youth: [
          'Muéstrale este resultado a tu mamá, tu papá u otro adulto de confianza, y hablen juntos con nuestro equipo de admisión. Pueden decirles si un IOP te conviene y cómo sería para ti.',
        ],
        parent: ['Hable con nuestro equipo de admisión. Pueden decirle si un IOP le conviene a su hijo(a) y cómo sería para su familia.'],
      },
      'weekly-therapy-may-fit': {
        adult: ['Hable con un terapeuta o con su médico. También podemos ayudarle a encontrar la atención adecuada.'],
        youth: [
          'Habla con tu mamá, tu papá u otro adulto de confianza sobre ver a un terapeuta o a tu médico. También podemos ayudarte a encontrar la atención adecuada.',
        ],
        parent: ['Hable con un terapeuta o con el médico de su hijo(a). También podemos ayudarle a encontrar la atención adecuada.'],
      },
      'no-clear-need': {
        adult: ['Si quiere hablar de esto, aquí estamos.'],
        youth: ['Si quieres hablar de esto, aquí estamos.'],
        parent: ['Si quiere hablar de esto, aquí estamos.'],
      },
    },
    call: (phone: string) => `Llamar al ${phone}`,
    callForEvaluation: (phone: string) => `Llamar al ${phone} para pedir una evaluación`,
    contact: (clinicName?: string | null) => (clinicName ? `Comunicarse con ${clinicName}` : 'Hablar con nuestro equipo de admisión'),
    score: (tool: string, anxiety: boolean, score: number, max: number, meaning: string) =>
      `${tool} (${anxiety ? 'ansiedad' : 'estado de ánimo'}): ${score} de ${max}, ${meaning}`,
    selfHarmScore: (answer: string) => `PHQ-9, pregunta 9 (pensamientos de muerte o de lastimarse): ${answer}`,
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
